import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  InstrumentStateEvent,
  LiveClientToServerEvents,
  LiveReading,
  LiveServerToClientEvents,
} from '@factoryops/contracts';
import { type Simulator, startSimulator } from '@factoryops/simulator';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { ConnectionManager } from '../src/modules/instruments/connection-manager.js';
import { createTestApp, type TestApp } from './test-app.js';

type LiveClient = Socket<LiveServerToClientEvents, LiveClientToServerEvents>;

/** Simulator → driver → poller → ingest → PostgreSQL and /live, end to end over real TCP. */
describe('server-side monitoring', () => {
  let t: TestApp;
  let simulator: Simulator;
  let instrument: { id: string; sensors: { id: string; channel: number }[] };
  let asManager: string;
  let viewerToken: string;
  const sockets: LiveClient[] = [];

  const until = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 8000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const liveClient = async (token: string) => {
    const socket: LiveClient = io(`${t.url}/live`, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return socket;
  };

  beforeAll(async () => {
    simulator = await startSimulator({ instruments: 1, instrumentOptions: { samplePeriodMs: 200 } });
    t = await createTestApp({ INSTRUMENT_POLLING: 'true' });
    asManager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    viewerToken = (await t.login(await t.createUser({ roles: ['viewer'] }))).accessToken;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t.close();
    await simulator.close();
  });

  it('polls a newly added instrument on the server, stores its readings and streams them live', async () => {
    const viewer = await liveClient(viewerToken);
    const states: InstrumentStateEvent[] = [];
    const readings: LiveReading[] = [];
    viewer.on('instrument:state', (event) => states.push(event));
    viewer.on('reading', (reading) => readings.push(reading));

    const endpoint = simulator.endpoints[0];
    instrument = (
      await request(t.http)
        .post('/api/v1/instruments')
        .set('authorization', asManager)
        .send({ name: 'Lab climate', host: '127.0.0.1', port: endpoint.port, pollIntervalSeconds: 1 })
        .expect(201)
    ).body;
    const ack = await viewer.emitWithAck('subscribe', { instrumentIds: [instrument.id] });
    expect(ack).toEqual({ ok: true });

    await until('a live reading of each channel', () => new Set(readings.map((r) => r.sensorId)).size === 2);
    expect(states.map((s) => s.state)).toContain('connected');
    const reading = readings[0];
    expect(reading.instrumentId).toBe(instrument.id);
    expect(reading.temperature).toBeGreaterThan(15);
    expect(reading.temperatureRaw).toBe(reading.temperature);

    await until('stored readings', async () => {
      const rows = await t.dataSource.query('SELECT count(*)::int AS n FROM readings');
      return rows[0].n >= 2;
    });
    const stored = await t.dataSource.query(
      'SELECT sensor_id, temperature_raw, temperature, certificate_id FROM readings ORDER BY time LIMIT 1',
    );
    expect(stored[0].certificate_id).toBeNull();
    expect(stored[0].temperature).toBe(stored[0].temperature_raw);

    const saved = await request(t.http)
      .get(`/api/v1/instruments/${instrument.id}`)
      .set('authorization', asManager)
      .expect(200);
    expect(saved.body).toMatchObject({
      model: '1620',
      serial: 'A6300',
      firmware: '1.10',
      connection: { state: 'connected' },
    });
    expect(saved.body.sensors.map((s: { name: string }) => s.name)).toEqual(['Lab 1A', 'Lab 1B']);
  });

  it('shows the error with its reason when the instrument fails, and recovers', async () => {
    const viewer = await liveClient(viewerToken);
    const states: InstrumentStateEvent[] = [];
    viewer.on('instrument:state', (event) => states.push(event));
    await viewer.emitWithAck('subscribe', { instrumentIds: [instrument.id] });
    await simulator.endpoints[0].setFault('refuse');
    await until('the error state', () => states.some((s) => s.state === 'error'));
    expect(states.find((s) => s.state === 'error')?.message).toMatch(/closed the connection|refused/);
    await simulator.endpoints[0].setFault('none');
    await until('connected again', () => states.at(-1)?.state === 'connected', 10_000);
  });

  it('refuses live subscriptions without measurements.view, and connection commands without instruments.operate', async () => {
    const admin = await t.login(await t.createUser({ roles: ['admin'] }));
    const key = await request(t.http)
      .post('/api/v1/api-keys')
      .set('authorization', admin.authorization)
      .send({ name: 'Ingest only', permissions: ['measurements.ingest'] })
      .expect(201);
    const machine = await liveClient(key.body.secret);
    const ack = await machine.emitWithAck('subscribe', { instrumentIds: [instrument.id] });
    expect(ack.ok).toBe(false);
    await request(t.http)
      .post(`/api/v1/instruments/${instrument.id}/disconnect`)
      .set('authorization', `Bearer ${viewerToken}`)
      .expect(403);
  });

  it('tests a connection before the settings are saved: the identity, or why not', async () => {
    const reached = await request(t.http)
      .post('/api/v1/instruments/test-connection')
      .set('authorization', asManager)
      .send({ host: '127.0.0.1', port: simulator.endpoints[0].port })
      .expect(200);
    expect(reached.body).toMatchObject({
      reachable: true,
      identity: 'HART,1620,A6300,1.10',
      channelNames: ['Lab 1A', 'Lab 1B'],
      error: null,
    });
    expect(Math.abs(reached.body.clockOffsetSeconds)).toBeLessThan(5);
    const closed = await request(t.http)
      .post('/api/v1/instruments/test-connection')
      .set('authorization', asManager)
      .send({ host: '127.0.0.1', port: 1 })
      .expect(200);
    expect(closed.body).toMatchObject({
      reachable: false,
      identity: null,
      error: 'Connection to 127.0.0.1:1 refused',
    });
    await request(t.http)
      .post('/api/v1/instruments/test-connection')
      .set('authorization', `Bearer ${viewerToken}`)
      .send({ host: '127.0.0.1' })
      .expect(403);
  });

  it('takes connection commands over the socket from those allowed to operate', async () => {
    const viewer = await liveClient(viewerToken);
    expect(
      (await viewer.emitWithAck('command', { command: 'disconnect', instrumentId: instrument.id })).ok,
    ).toBe(false);
    const tech = await t.login(await t.createUser({ roles: ['technician'] }));
    const operator = await liveClient(tech.accessToken);
    const states: InstrumentStateEvent[] = [];
    operator.on('instrument:state', (event) => states.push(event));
    await operator.emitWithAck('subscribe', { instrumentIds: [instrument.id] });
    expect(
      await operator.emitWithAck('command', { command: 'disconnect', instrumentId: instrument.id }),
    ).toEqual({ ok: true });
    await until('disconnected', () => states.some((s) => s.state === 'disconnected'));
    expect((await operator.emitWithAck('command', { command: 'connect', instrumentId: 'nope' })).ok).toBe(
      false,
    );
    expect(await operator.emitWithAck('command', { command: 'connect-all' })).toEqual({ ok: true });
    await until('connected again', () => states.at(-1)?.state === 'connected');
  });

  it('disconnects and reconnects on command', async () => {
    const tech = await t.login(await t.createUser({ roles: ['technician'] }));
    await request(t.http)
      .post(`/api/v1/instruments/${instrument.id}/disconnect`)
      .set('authorization', tech.authorization)
      .expect(200);
    await until('disconnected', async () => {
      const rows = await t.dataSource.query('SELECT connection_state FROM instruments WHERE id = $1', [
        instrument.id,
      ]);
      return rows[0].connection_state === 'disconnected';
    });
    await request(t.http)
      .post(`/api/v1/instruments/${instrument.id}/connect`)
      .set('authorization', tech.authorization)
      .expect(200);
    await until('connected', async () => {
      const rows = await t.dataSource.query('SELECT connection_state FROM instruments WHERE id = $1', [
        instrument.id,
      ]);
      return rows[0].connection_state === 'connected';
    });
  });
});

describe('one poller per instrument across API processes', () => {
  it('lets only one of two apps on the same database poll an instrument, and the other take over', async () => {
    const simulator = await startSimulator({ instruments: 1 });
    const env = { INSTRUMENT_POLLING: 'true', INSTRUMENT_CLAIM_SECONDS: '1' };
    const first = await createTestApp(env);
    const second = await createTestApp(env, undefined, { sameDatabaseAs: first });
    try {
      const manager = (await first.login(await first.createUser({ roles: ['manager'] }))).authorization;
      const created = await request(first.http)
        .post('/api/v1/instruments')
        .set('authorization', manager)
        .send({
          name: 'Shared',
          host: '127.0.0.1',
          port: simulator.endpoints[0].port,
          pollIntervalSeconds: 1,
        })
        .expect(201);
      const id: string = created.body.id;
      const pollers = () => [first, second].map((app) => app.app.get(ConnectionManager).isPolling(id));
      const deadline = Date.now() + 5000;
      while (!pollers().includes(true) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      // The second app learns of the instrument only by claiming; give it a few claim rounds.
      await new Promise((r) => setTimeout(r, 2500));
      expect(pollers().filter(Boolean)).toHaveLength(1);
      expect(pollers()).toEqual([true, false]);

      await first.close();
      const takeover = Date.now() + 8000;
      while (!second.app.get(ConnectionManager).isPolling(id) && Date.now() < takeover) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(second.app.get(ConnectionManager).isPolling(id)).toBe(true);
    } finally {
      await second.close();
      await first.close().catch(() => undefined);
      await simulator.close();
    }
  });
});
