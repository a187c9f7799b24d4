import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './test-app.js';

describe('push ingest (http-push devices)', () => {
  let t: TestApp;
  let key: string;
  let sensorId: string;
  let flukeSensorId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const admin = (await t.login(await t.createUser({ roles: ['admin'] }))).authorization;
    const push = await request(t.http)
      .post('/api/v1/instruments')
      .set('authorization', admin)
      .send({ name: 'Cold store logger', driver: 'http-push' })
      .expect(201);
    sensorId = push.body.sensors[0].id;
    const fluke = await request(t.http)
      .post('/api/v1/instruments')
      .set('authorization', admin)
      .send({ name: 'Polled', host: '127.0.0.1', enabled: false })
      .expect(201);
    flukeSensorId = fluke.body.sensors[0].id;
    key = (
      await request(t.http)
        .post('/api/v1/api-keys')
        .set('authorization', admin)
        .send({ name: 'Logger', permissions: ['measurements.ingest'] })
        .expect(201)
    ).body.secret;
  });
  afterAll(() => t.close());

  const push = (readings: unknown[], auth = key) =>
    request(t.http).post('/api/v1/ingest/readings').set('x-api-key', auth).send({ readings });
  const stored = async () =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM readings'))[0].n as number;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

  it('accepts a good batch with 202 and stores it', async () => {
    const base = Date.parse('2026-11-23T10:00:00Z');
    const readings = Array.from({ length: 5 }, (_, i) => ({
      sensorId,
      time: new Date(base + i * 60_000).toISOString(),
      temperature: 4.2 + i / 10,
      humidity: 71,
    }));
    const response = await push(readings).expect(202);
    expect(response.body).toEqual({ accepted: 5, rejected: [] });
    await settle();
    expect(await stored()).toBe(5);
    // Sent again: duplicates (same sensor and time) are ignored, not doubled.
    await push(readings).expect(202);
    await settle();
    expect(await stored()).toBe(5);
  });

  it('keeps the good items of a mixed batch and names each bad one by index', async () => {
    const before = await stored();
    const response = await push([
      { sensorId, time: '2026-11-23T11:00:00Z', temperature: 5, humidity: 70 },
      { sensorId, time: 'yesterday', temperature: 5, humidity: 70 },
      { sensorId, time: '2026-11-23T11:01:00Z', temperature: 'warm', humidity: 170 },
      { sensorId: flukeSensorId, time: '2026-11-23T11:02:00Z', temperature: 5, humidity: 70 },
      { sensorId, time: '2026-11-23T11:03:00Z', temperature: 5, humidity: 70, extra: true },
      'not an object',
    ]).expect(202);
    expect(response.body.accepted).toBe(1);
    expect(response.body.rejected.map((r: { index: number }) => r.index)).toEqual([1, 2, 3, 4, 5]);
    expect(response.body.rejected[1].reason).toMatch(/temperature: .*; humidity: /);
    expect(response.body.rejected[2].reason).toMatch(/no active sensor of an http-push instrument/);
    expect(response.body.rejected[3].reason).toMatch(/extra: Unknown field/);
    await settle();
    expect(await stored()).toBe(before + 1);
  });

  it('takes 10,000 readings in one request and refuses more, or none', async () => {
    const base = Date.parse('2026-01-01T00:00:00Z');
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      sensorId,
      time: new Date(base + i * 1000).toISOString(),
      temperature: 4,
      humidity: 70,
    }));
    expect((await push(many).expect(202)).body.accepted).toBe(10_000);
    const tooMany = await push([...many, many[0]]).expect(400);
    expect(tooMany.body.errors[0]).toEqual({
      path: 'readings',
      message: 'Send at most 10000 readings per request',
    });
    await push([]).expect(400);
  });

  it('serves the recent stored readings per sensor for the dashboard', async () => {
    const now = Date.now();
    await push([
      { sensorId, time: new Date(now - 10 * 60_000).toISOString(), temperature: 4.1, humidity: 70 },
      { sensorId, time: new Date(now - 5 * 60_000).toISOString(), temperature: 4.3, humidity: 69 },
      { sensorId, time: new Date(now - 90 * 60_000).toISOString(), temperature: 9, humidity: 50 },
    ]).expect(202);
    await settle();
    const viewer = await t.login(await t.createUser({ roles: ['viewer'] }));
    const recent = await request(t.http)
      .get('/api/v1/readings/recent?minutes=30')
      .set('authorization', viewer.authorization)
      .expect(200);
    const series = recent.body.items.find((s: { sensorId: string }) => s.sensorId === sensorId);
    const temperatures = series.points.map((p: { temperature: number }) => p.temperature);
    expect(temperatures).toEqual(expect.arrayContaining([4.1, 4.3]));
    expect(temperatures).not.toContain(9);
    const times = series.points.map((p: { time: string }) => p.time);
    expect([...times].sort()).toEqual(times);
    await request(t.http)
      .get('/api/v1/readings/recent?minutes=0')
      .set('authorization', viewer.authorization)
      .expect(400);
  });

  it('needs measurements.ingest', async () => {
    const viewer = await t.login(await t.createUser({ roles: ['viewer'] }));
    await request(t.http)
      .post('/api/v1/ingest/readings')
      .set('authorization', viewer.authorization)
      .send({ readings: [] })
      .expect(403);
    await request(t.http).post('/api/v1/ingest/readings').send({ readings: [] }).expect(401);
  });
});
