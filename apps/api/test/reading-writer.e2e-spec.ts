import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig } from '../src/config/app-config.js';
import { parseEnv } from '../src/config/env.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { type ReadingRow, ReadingWriter } from '../src/modules/measurements/reading-writer.js';
import { createTestApp, type TestApp } from './test-app.js';

/** A TCP relay in front of PostgreSQL that can be cut (connections dropped and refused) and restored. */
async function databaseRelay(target: URL) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(target);
  url.port = String(port);
  return {
    url: url.toString(),
    async cut() {
      await new Promise((resolve) => {
        server.close(resolve);
        for (const socket of sockets) socket.destroy();
      });
    },
    restore: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('reading writer through a database outage', () => {
  let t: TestApp;
  let relay: Awaited<ReturnType<typeof databaseRelay>>;
  let viaRelay: DataSource;
  let sensorId: string;
  let dataDir: string;
  const writers: ReadingWriter[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const admin = (await t.login(await t.createUser({ roles: ['admin'] }))).authorization;
    const instrument = await request(t.http)
      .post('/api/v1/instruments')
      .set('authorization', admin)
      .send({ name: 'Logger', driver: 'http-push' })
      .expect(201);
    sensorId = instrument.body.sensors[0].id;
    relay = await databaseRelay(new URL(t.databaseUrl));
    viaRelay = await new DataSource(dataSourceOptions(relay.url)).initialize();
  });
  afterEach(async () => {
    await relay.restore().catch(() => undefined);
    for (const writer of writers.splice(0)) await writer.onModuleDestroy();
    await t.dataSource.query('DELETE FROM readings');
  });
  afterAll(async () => {
    await viaRelay.destroy();
    await relay.close();
    await t.close();
  });

  const writerFor = async (memoryRows: number, directory?: string) => {
    dataDir = directory ?? (await mkdtemp(path.join(os.tmpdir(), 'factoryops-writer-')));
    const env = parseEnv({ DATA_DIR: dataDir, INGEST_MEMORY_ROWS: String(memoryRows) });
    const writer = new ReadingWriter(viaRelay, new AppConfig(env, relay.url, 'unused'));
    writers.push(writer);
    return writer;
  };
  const readings = (count: number, from = Date.parse('2026-11-23T10:00:00Z')): ReadingRow[] =>
    Array.from({ length: count }, (_, i) => ({
      sensorId,
      time: new Date(from + i * 1000),
      receivedAt: new Date(),
      temperatureRaw: 21 + i / 10,
      humidityRaw: 45,
      temperature: 21 + i / 10,
      humidity: 45,
      certificateId: null,
    }));
  const stored = async () =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM readings'))[0].n as number;
  const spoolFiles = async () => (await readdir(path.join(dataDir, 'spool')).catch(() => [])).sort();

  it('keeps readings in memory, spills them to disk past the limit, and stores them all once the database is back', async () => {
    const writer = await writerFor(3);
    await relay.cut();
    for (const row of readings(2)) writer.enqueue(row);
    await writer.flush();
    expect(await spoolFiles()).toEqual([]); // within the memory limit

    for (const row of readings(3, Date.parse('2026-11-23T11:00:00Z'))) writer.enqueue(row);
    await writer.flush();
    expect(await spoolFiles()).toEqual([expect.stringMatching(/\.copy$/)]);
    expect(await stored()).toBe(0);

    await relay.restore();
    writer.enqueue(readings(1, Date.parse('2026-11-23T12:00:00Z'))[0]);
    await writer.flush();
    expect(await stored()).toBe(6);
    expect(await spoolFiles()).toEqual([]);
  });

  it('spools what it could not write at shutdown and writes it on the next start', async () => {
    const first = await writerFor(1000);
    await relay.cut();
    for (const row of readings(4)) first.enqueue(row);
    await first.onModuleDestroy();
    expect(await spoolFiles()).toHaveLength(1);

    await relay.restore();
    const next = await writerFor(1000, dataDir);
    await next.onApplicationBootstrap();
    await next.flush();
    expect(await stored()).toBe(4);
    expect(await spoolFiles()).toEqual([]);
  });

  it('ignores readings it already stored, and sets aside a spooled file the database refuses', async () => {
    const writer = await writerFor(1000);
    const rows = readings(3);
    for (const row of rows) writer.enqueue(row);
    await writer.flush();
    for (const row of [...rows, ...readings(2, Date.parse('2026-11-24T00:00:00Z'))]) writer.enqueue(row);
    await writer.flush();
    expect(await stored()).toBe(5);

    await mkdir(path.join(dataDir, 'spool'), { recursive: true });
    await writeFile(path.join(dataDir, 'spool', '1700000000000-1.copy'), `${sensorId}\tnot a time\t\n`);
    writer.enqueue(readings(1, Date.parse('2026-11-25T00:00:00Z'))[0]);
    await writer.flush();
    expect(await stored()).toBe(6);
    expect(await spoolFiles()).toEqual(['1700000000000-1.copy.rejected']);
  });
});
