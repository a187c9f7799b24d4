import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { History } from '@factoryops/contracts';
import request from 'supertest';
import { checkOutClient } from '../src/database/pg-pool.js';
import { rebuildRollups } from '../src/modules/measurements/reading-rollups.js';
import { createTestApp, type TestApp } from './test-app.js';

const DAY = 86_400_000;
const INTERVAL = 60_000;
const START = Date.parse('2026-01-01T00:00:00Z');
const DAYS = 20;

/** A known signal: a daily sine, one spike, and a six-hour gap on day 10. */
function value(time: number) {
  const phase = (2 * Math.PI * (time % DAY)) / DAY;
  return { temperature: 20 + Math.sin(phase), humidity: 50 + 5 * Math.cos(phase) };
}
const SPIKE_AT = START + 7 * DAY + 13 * 3_600_000 + 17 * INTERVAL;
const inGap = (time: number) => time >= START + 10 * DAY && time < START + 10 * DAY + 6 * 3_600_000;

describe('history and CSV export', () => {
  let t: TestApp;
  let viewer: string;
  let manager: string;
  let sensorId: string;
  const times: number[] = [];

  beforeAll(async () => {
    t = await createTestApp({ SITE_TIME_ZONE: 'Europe/Paris' });
    const admin = (await t.login(await t.createUser({ roles: ['admin'] }))).authorization;
    viewer = (await t.login(await t.createUser({ roles: ['viewer'] }))).authorization;
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    sensorId = await t.createPushSensor(admin, 'Archive');
    const key = await t.createIngestKey(admin);
    const readings = [];
    for (let time = START; time < START + DAYS * DAY; time += INTERVAL) {
      if (inGap(time)) continue;
      times.push(time);
      const v = value(time);
      readings.push({
        sensorId,
        time: new Date(time).toISOString(),
        temperature: time === SPIKE_AT ? 35 : v.temperature,
        humidity: v.humidity,
      });
    }
    for (let index = 0; index < readings.length; index += 10_000)
      await request(t.http)
        .post('/api/v1/ingest/readings')
        .set('x-api-key', key)
        .send({ readings: readings.slice(index, index + 10_000) })
        .expect(202);
    // Ingest answers 202 and writes behind it (the readings and their rollups together): wait until all are stored.
    for (let stored = 0; stored < times.length; ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      [{ stored }] = await t.dataSource.query(
        'SELECT count(*)::int AS stored FROM readings WHERE sensor_id = $1',
        [sensorId],
      );
    }
  }, 120_000);
  afterAll(() => t.close());

  const history = (from: number, to: number) =>
    request(t.http)
      .get(`/api/v1/sensors/${sensorId}/history`)
      .query({ from: new Date(from).toISOString(), to: new Date(to).toISOString() })
      .set('authorization', viewer);

  /** The series is in time order and keeps the spike, drawn within the stretch of the range that holds it. */
  const expectSpikeKept = (body: History, from: number, to: number) => {
    const times = body.series.temperature.map(([time]) => time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const spike = body.series.temperature.find(([, value]) => value === 35);
    const stretch = 2 * Math.max((to - from) / 1000, 6 * 3_600_000);
    expect(Math.abs((spike?.[0] ?? Number.NaN) - SPIKE_AT)).toBeLessThanOrEqual(stretch);
  };

  it('gives exact statistics of a long range from the rollups, with the spike kept in the series', async () => {
    const from = START + 3 * DAY + 7 * INTERVAL + 30_000;
    const to = START + 17 * DAY - 11 * INTERVAL;
    const response = await history(from, to).expect(200);
    const inside = times.filter((time) => time >= from && time < to);
    const temperatures = inside.map((time) => (time === SPIKE_AT ? 35 : value(time).temperature));
    expect(response.body.source).toBe('minute');
    expect(response.body.count).toBe(inside.length);
    expect(response.body.statistics.temperature.max).toEqual({
      time: new Date(SPIKE_AT).toISOString(),
      value: 35,
    });
    expect(response.body.statistics.temperature.min.value).toBeCloseTo(Math.min(...temperatures), 9);
    expect(response.body.statistics.temperature.mean).toBeCloseTo(
      temperatures.reduce((a, b) => a + b, 0) / inside.length,
      9,
    );
    expect(response.body.statistics.temperature.first).toEqual({
      time: new Date(inside[0] as number).toISOString(),
      value: temperatures[0],
    });
    expect(response.body.coverage).toBeCloseTo(((inside.length * INTERVAL) / (to - from)) * 100, 6);
    expect(response.body.series.temperature.length).toBeLessThanOrEqual(2000);
    expectSpikeKept(response.body, from, to);
  });

  it('locates the extremes of a range read from hour buckets to the reading that reached them', async () => {
    const from = START - 10 * DAY + 17 * INTERVAL;
    const to = START + 30 * DAY - 3 * INTERVAL;
    const response = await history(from, to).expect(200);
    expect(response.body.source).toBe('hour');
    expect(response.body.count).toBe(times.length);
    expect(response.body.statistics.temperature.max).toEqual({
      time: new Date(SPIKE_AT).toISOString(),
      value: 35,
    });
    const coldest = times.reduce((best, time) =>
      value(time).temperature < value(best).temperature ? time : best,
    );
    expect(response.body.statistics.temperature.min.time).toBe(new Date(coldest).toISOString());
    expect(response.body.series.temperature.length).toBeLessThanOrEqual(2000);
    expectSpikeKept(response.body, from, to);
  });

  it('reads a range of most of a year from six-hour buckets, the extremes still located exactly', async () => {
    const from = START - 200 * DAY + 7 * INTERVAL;
    const to = START + 100 * DAY;
    const response = await history(from, to).expect(200);
    expect(response.body.source).toBe('six-hour');
    expect(response.body.count).toBe(times.length);
    expect(response.body.statistics.temperature.max).toEqual({
      time: new Date(SPIKE_AT).toISOString(),
      value: 35,
    });
    const temperatures = times.map((time) => (time === SPIKE_AT ? 35 : value(time).temperature));
    expect(response.body.statistics.temperature.mean).toBeCloseTo(
      temperatures.reduce((a, b) => a + b, 0) / times.length,
      9,
    );
    expectSpikeKept(response.body, from, to);
  });

  it('reads raw rows for a short range, time-weighted, with the gap left uncovered', async () => {
    const from = START + 10 * DAY - 3_600_000;
    const to = START + 10 * DAY + 9 * 3_600_000;
    const response = await history(from, to).expect(200);
    expect(response.body.source).toBe('raw');
    expect(response.body.count).toBe(4 * 60);
    expect(response.body.coverage).toBeCloseTo((4 / 10) * 100, 6);
  });

  it('pages stored readings with raw and corrected values', async () => {
    const response = await request(t.http)
      .get(`/api/v1/sensors/${sensorId}/readings`)
      .query({ from: new Date(START).toISOString(), to: new Date(START + DAY).toISOString(), pageSize: 3 })
      .set('authorization', viewer)
      .expect(200);
    expect(response.body.total).toBe(1440);
    expect(response.body.items).toHaveLength(3);
    expect(response.body.items[0]).toMatchObject({
      time: new Date(START + DAY - INTERVAL).toISOString(),
      certificateNumber: null,
    });
  });

  it('refuses bad ranges naming the field, and unknown sensors with 404', async () => {
    const backwards = await history(START + DAY, START).expect(400);
    expect(backwards.body.errors).toEqual([{ path: 'to', message: 'The end must be after the start' }]);
    const tooLong = await history(START, START + 6 * 366 * DAY).expect(400);
    expect(tooLong.body.errors[0].path).toBe('to');
    const invalid = await request(t.http)
      .get(`/api/v1/sensors/${sensorId}/history?from=yesterday&to=2026-01-02T00:00:00Z`)
      .set('authorization', viewer)
      .expect(400);
    expect(invalid.body.errors[0].path).toBe('from');
    // A short range reads raw rows, a long one the rollups: both know the sensor is not there.
    for (const days of [1, 400])
      await request(t.http)
        .get('/api/v1/sensors/00000000-0000-4000-8000-000000000000/history')
        .query({ from: new Date(START).toISOString(), to: new Date(START + days * DAY).toISOString() })
        .set('authorization', viewer)
        .expect(404);
  });

  it('streams a CSV with the chosen separator and decimal mark, times in the site zone', async () => {
    const response = await request(t.http)
      .get('/api/v1/readings/export.csv')
      .query({
        sensorIds: sensorId,
        from: new Date(START).toISOString(),
        to: new Date(START + 2 * INTERVAL).toISOString(),
        separator: ';',
        decimal: ',',
      })
      .set('authorization', manager)
      .expect(200);
    expect(response.headers['x-export-rows']).toBe('2');
    const lines = response.text.trim().split('\n');
    expect(lines[0]).toBe(
      'time;instrument;sensor;temperature_raw_c;temperature_c;humidity_raw_pct;humidity_pct;certificate',
    );
    expect(lines[1]).toBe('2026-01-01T01:00:00.000+01:00;Archive;Channel 1;20,0000;20,0000;55,0000;55,0000;');
    await request(t.http)
      .get('/api/v1/readings/export.csv')
      .query({
        sensorIds: sensorId,
        from: new Date(START).toISOString(),
        to: new Date(START + DAY).toISOString(),
      })
      .set('authorization', viewer)
      .expect(403);
    const clash = await request(t.http)
      .get('/api/v1/readings/export.csv')
      .query({
        sensorIds: sensorId,
        from: new Date(START).toISOString(),
        to: new Date(START + DAY).toISOString(),
        separator: ',',
        decimal: ',',
      })
      .set('authorization', manager)
      .expect(400);
    expect(clash.body.errors[0].path).toBe('decimal');
  });

  it('exports over a million rows in flat memory', async () => {
    // A second sensor with 2,100,000 readings loaded straight into the tables.
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO sensors (instrument_id, channel, name, version) SELECT instrument_id, 9, 'Bulk', 1 FROM sensors WHERE id = $1 RETURNING id`,
      [sensorId],
    );
    await t.dataSource.query(
      `INSERT INTO readings (sensor_id, time, received_at, temperature_raw, humidity_raw, temperature, humidity)
       SELECT $1, t, t, 20 + n % 7, 50, 20 + n % 7, 50 FROM generate_series(1, 2100000) n, LATERAL (SELECT timestamptz '2025-01-01' + n * interval '5 seconds' AS t) x`,
      [id],
    );
    const { client, release } = await checkOutClient(t.dataSource);
    try {
      await rebuildRollups(client, id, new Date('2025-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    } finally {
      release();
    }
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    let lines = 0;
    let bytes = 0;
    await request(t.http)
      .get('/api/v1/readings/export.csv')
      .query({ sensorIds: id, from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })
      .set('authorization', manager)
      .buffer(true)
      .parse((response, done) => {
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (const byte of chunk) if (byte === 10) lines += 1;
        });
        response.on('end', () => done(null, null));
      })
      .expect(200)
      .expect('x-export-rows', '2100000');
    clearInterval(sampler);
    expect(lines).toBe(2_100_001);
    expect(bytes).toBeGreaterThan(100_000_000);
    // The file is over 100 MB; the process grows by far less than that while streaming it.
    expect(peak - before).toBeLessThan(50 * 1024 * 1024);
  }, 120_000);
});
