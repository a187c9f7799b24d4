import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpsClientToServerEvents, OpsServerToClientEvents, Role } from '@factoryops/contracts';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import type { Logger } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/common/logger.js';
import { AppConfig } from '../src/config/app-config.js';
import { parseEnv } from '../src/config/env.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { createDatabaseIfMissing } from '../src/database/embedded-postgres.js';
import { UsersService } from '../src/modules/auth/users.service.js';

export const TEST_PASSWORD = 'correct-horse-1';
const TEMPLATE = 'factoryops_template';

function serverUrl(): string {
  const url = process.env.FACTORYOPS_TEST_DATABASE_URL;
  if (!url) throw new Error('FACTORYOPS_TEST_DATABASE_URL is not set: run the tests through jest');
  return url;
}

/** Migrates the template database once per run; parallel test files wait on an advisory lock. */
async function migratedTemplate(): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7331)');
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
    if (found.rowCount === 0) {
      const url = new URL(serverUrl());
      url.pathname = `/${TEMPLATE}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE}_building`);
      await client.query(`CREATE DATABASE ${TEMPLATE}_building`);
      const dataSource = new DataSource(dataSourceOptions(url.toString()));
      await dataSource.initialize();
      await dataSource.runMigrations();
      await dataSource.destroy();
      await client.query(`ALTER DATABASE ${TEMPLATE}_building RENAME TO ${TEMPLATE}`);
    }
    return TEMPLATE;
  } finally {
    await client.query('SELECT pg_advisory_unlock(7331)');
    await client.end();
  }
}

export type OpsClient = Socket<OpsServerToClientEvents, OpsClientToServerEvents>;

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<NestFastifyApplication['getHttpServer']>;
  /** Base URL of the listening server, for Socket.IO clients. */
  url: string;
  databaseUrl: string;
  dataSource: DataSource;
  createUser(options?: {
    roles?: Role[];
    email?: string;
    active?: boolean;
    displayName?: string;
  }): Promise<TestUser>;
  /** Signs in and returns a bearer header for the user. */
  login(
    user: { email: string },
    password?: string,
  ): Promise<{ authorization: string; accessToken: string; refreshToken: string }>;
  /** Adds an `http-push` instrument (readings at `storageIntervalSeconds`) and returns its first sensor's id. */
  createPushSensor(authorization: string, name: string, storageIntervalSeconds?: number): Promise<string>;
  /** Creates an API key that may post readings and returns its secret. */
  createIngestKey(authorization: string): Promise<string>;
  /** Requests as one caller (a bearer header), to paths below `base`. */
  api(authorization: string, base?: string): ApiCaller;
  /** A Socket.IO client on `/ops` signed in with `accessToken`, once it is connected (disconnect it after). */
  connectOps(accessToken: string): Promise<OpsClient>;
  close(): Promise<void>;
}

export interface ApiCaller {
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  patch(path: string, body: object): request.Test;
  delete(path: string): request.Test;
}

export interface TestUser {
  id: string;
  email: string;
  roles: Role[];
}

/**
 * A fresh database (copied from the migrated template) and a running app, for one test file.
 * One app per file: passport keeps its strategies in a process-wide registry.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  logger?: Logger,
  options: { sameDatabaseAs?: TestApp } = {},
): Promise<TestApp> {
  const url = new URL(options.sameDatabaseAs?.databaseUrl ?? serverUrl());
  if (!options.sameDatabaseAs) {
    url.pathname = `/test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await createDatabaseIfMissing(url.toString(), await migratedTemplate());
  }

  const parsed = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'factoryops-app-')),
    WEB_DIST: '/nonexistent',
    INSTRUMENT_POLLING: 'false',
    ...env,
  });
  const config = new AppConfig(parsed, url.toString(), 'test-secret-that-is-long-enough-for-hs256!!');
  const app = await createApp(config, logger ?? createLogger('silent'));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const dataSource = app.get(DataSource);
  const users = app.get(UsersService);
  let counter = 0;

  return {
    app,
    http: app.getHttpServer(),
    url: `http://127.0.0.1:${address.port}`,
    databaseUrl: url.toString(),
    dataSource,
    async createUser(options = {}) {
      counter += 1;
      const created = await users.create(
        {
          email: options.email ?? `user${counter}-${randomUUID().slice(0, 6)}@test.local`,
          displayName: options.displayName ?? `Test User ${counter}`,
          roles: options.roles ?? ['viewer'],
          password: TEST_PASSWORD,
        },
        'system',
      );
      if (options.active === false) {
        await dataSource.query('UPDATE users SET active = false WHERE id = $1', [created.id]);
      }
      return { id: created.id, email: created.email, roles: created.roles };
    },
    async login(user, password = TEST_PASSWORD) {
      const response = await request(app.getHttpServer())
        .post('/api/v1/auth/login')
        .send({ email: user.email, password })
        .expect(200);
      return {
        authorization: `Bearer ${response.body.accessToken}`,
        accessToken: response.body.accessToken,
        refreshToken: response.body.refreshToken,
      };
    },
    async createPushSensor(authorization, name, storageIntervalSeconds = 60) {
      const instrument = await request(app.getHttpServer())
        .post('/api/v1/instruments')
        .set('authorization', authorization)
        .send({
          name,
          driver: 'http-push',
          pollIntervalSeconds: storageIntervalSeconds,
          storageIntervalSeconds,
        })
        .expect(201);
      return instrument.body.sensors[0].id;
    },
    async createIngestKey(authorization) {
      const key = await request(app.getHttpServer())
        .post('/api/v1/api-keys')
        .set('authorization', authorization)
        .send({ name: 'Loader', permissions: ['measurements.ingest'] })
        .expect(201);
      return key.body.secret;
    },
    api(authorization, base = '/api/v1') {
      const http = app.getHttpServer();
      return {
        get: (path) => request(http).get(`${base}${path}`).set('authorization', authorization),
        post: (path, body = {}) =>
          request(http).post(`${base}${path}`).set('authorization', authorization).send(body),
        patch: (path, body) =>
          request(http).patch(`${base}${path}`).set('authorization', authorization).send(body),
        delete: (path) => request(http).delete(`${base}${path}`).set('authorization', authorization),
      };
    },
    async connectOps(accessToken) {
      const socket: OpsClient = io(`http://127.0.0.1:${address.port}/ops`, {
        auth: { token: accessToken },
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      return socket;
    },
    async close() {
      await app.close();
    },
  };
}
