import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './test-app.js';

describe('instruments and sensors', () => {
  let t: TestApp;
  let asManager: string;
  let asViewer: string;
  beforeAll(async () => {
    t = await createTestApp();
    asManager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    asViewer = (await t.login(await t.createUser({ roles: ['viewer'] }))).authorization;
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>, auth = asManager) =>
    request(t.http).post('/api/v1/instruments').set('authorization', auth).send(body);

  it('adds a Fluke 1620A with its two sensors, with defaults, and audits it', async () => {
    const response = await create({ name: 'Lab climate', host: '127.0.0.1', location: 'Lab 1' }).expect(201);
    expect(response.body).toMatchObject({
      name: 'Lab climate',
      driver: 'fluke-1620a',
      port: 10001,
      pollIntervalSeconds: 5,
      storageIntervalSeconds: 5,
      enabled: true,
      connection: { state: 'disconnected', lastError: null },
    });
    expect(response.body.sensors.map((s: { channel: number; name: string }) => [s.channel, s.name])).toEqual([
      [1, 'Channel 1'],
      [2, 'Channel 2'],
    ]);
    const audit = await request(t.http)
      .get('/api/v1/audit')
      .query({ entityId: response.body.id })
      .set('authorization', asManager)
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({ entityType: 'instrument', action: 'create' });
  });

  it('lets viewers read, and only managers change', async () => {
    await create({ name: 'Nope', host: '127.0.0.1' }, asViewer).expect(403);
    const list = await request(t.http).get('/api/v1/instruments').set('authorization', asViewer).expect(200);
    expect(list.body.total).toBeGreaterThan(0);
  });

  it('names each bad field', async () => {
    const response = await create({
      name: '',
      driver: 'fluke-1620a',
      pollIntervalSeconds: 0,
      port: 70000,
      extra: 1,
    }).expect(400);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(
      expect.arrayContaining(['extra', 'name', 'pollIntervalSeconds', 'port']),
    );
    const noHost = await create({ name: 'No host' }).expect(400);
    expect(noHost.body.errors).toEqual([
      { path: 'host', message: 'A Fluke 1620A needs its host name or IP address' },
    ]);
    const order = await create({
      name: 'Order',
      host: 'h',
      pollIntervalSeconds: 10,
      storageIntervalSeconds: 5,
    }).expect(400);
    expect(order.body.errors[0].path).toBe('storageIntervalSeconds');
  });

  it('edits sensors and limits, refusing a minimum above the maximum', async () => {
    const instrument = (await create({ name: 'Store room', host: '127.0.0.1' }).expect(201)).body;
    const sensor = instrument.sensors[0];
    const bad = await request(t.http)
      .patch(`/api/v1/sensors/${sensor.id}`)
      .set('authorization', asManager)
      .send({ limits: { temperatureMin: 25, temperatureMax: 18 } })
      .expect(400);
    expect(bad.body.errors[0].path).toBe('limits.temperatureMax');
    const good = await request(t.http)
      .patch(`/api/v1/sensors/${sensor.id}`)
      .set('authorization', asManager)
      .send({
        name: 'Shelf A',
        limits: { temperatureMin: 15, temperatureMax: 25, humidityMax: 60 },
        version: sensor.version,
      })
      .expect(200);
    expect(good.body).toMatchObject({
      name: 'Shelf A',
      limits: { temperatureMin: 15, temperatureMax: 25, humidityMin: null, humidityMax: 60 },
    });
    await request(t.http)
      .patch(`/api/v1/sensors/${sensor.id}`)
      .set('authorization', asManager)
      .send({ name: 'Stale', version: sensor.version })
      .expect(409);
  });

  it('deletes an instrument without readings, refuses one with readings (409), and retires it instead', async () => {
    const empty = (await create({ name: 'Spare', host: '127.0.0.1' }).expect(201)).body;
    await request(t.http)
      .delete(`/api/v1/instruments/${empty.id}`)
      .set('authorization', asManager)
      .expect(204);
    await request(t.http).get(`/api/v1/instruments/${empty.id}`).set('authorization', asManager).expect(404);

    const used = (await create({ name: 'Used', host: '127.0.0.1' }).expect(201)).body;
    await t.dataSource.query(
      `INSERT INTO readings (sensor_id, time, received_at, temperature_raw, humidity_raw, temperature, humidity)
       VALUES ($1, now(), now(), 21.5, 40, 21.5, 40)`,
      [used.sensors[0].id],
    );
    const refused = await request(t.http)
      .delete(`/api/v1/instruments/${used.id}`)
      .set('authorization', asManager)
      .expect(409);
    expect(refused.body.detail).toMatch(/1 stored readings: retire it/);
    const retired = await request(t.http)
      .post(`/api/v1/instruments/${used.id}/retire`)
      .set('authorization', asManager)
      .expect(200);
    expect(retired.body).toMatchObject({ enabled: false, retiredAt: expect.any(String) });
  });

  it('answers 409 to an edit of a stale version', async () => {
    const instrument = (await create({ name: 'Versioned', host: '127.0.0.1' }).expect(201)).body;
    const url = `/api/v1/instruments/${instrument.id}`;
    await request(t.http)
      .patch(url)
      .set('authorization', asManager)
      .send({ pollIntervalSeconds: 10, version: 1 })
      .expect(200);
    await request(t.http)
      .patch(url)
      .set('authorization', asManager)
      .send({ name: 'Late', version: 1 })
      .expect(409);
  });
});

describe('kiosk links for wall displays', () => {
  it('are created by managers, watch only, list apart from API keys, and stop when revoked', async () => {
    const t = await createTestApp();
    try {
      const manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
      const viewer = (await t.login(await t.createUser({ roles: ['viewer'] }))).authorization;
      await request(t.http)
        .post('/api/v1/kiosk-links')
        .set('authorization', viewer)
        .send({ name: 'Lab TV' })
        .expect(403);
      const link = await request(t.http)
        .post('/api/v1/kiosk-links')
        .set('authorization', manager)
        .send({ name: 'Lab TV' })
        .expect(201);
      expect(link.body).toMatchObject({ kind: 'kiosk', permissions: ['measurements.view'] });
      const secret: string = link.body.secret;
      await request(t.http).get('/api/v1/instruments').set('x-api-key', secret).expect(200);
      await request(t.http)
        .post('/api/v1/instruments')
        .set('x-api-key', secret)
        .send({ name: 'x', host: '127.0.0.1' })
        .expect(403);
      const links = await request(t.http)
        .get('/api/v1/kiosk-links')
        .set('authorization', manager)
        .expect(200);
      expect(links.body.items.map((k: { name: string }) => k.name)).toEqual(['Lab TV']);
      const admin = (await t.login(await t.createUser({ roles: ['admin'] }))).authorization;
      const keys = await request(t.http).get('/api/v1/api-keys').set('authorization', admin).expect(200);
      expect(keys.body.items).toHaveLength(0);
      await request(t.http)
        .delete(`/api/v1/kiosk-links/${link.body.id}`)
        .set('authorization', manager)
        .expect(204);
      await request(t.http).get('/api/v1/instruments').set('x-api-key', secret).expect(401);
    } finally {
      await t.close();
    }
  });
});
