import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './test-app.js';

const DAY = 86_400_000;
const INTERVAL = 60_000;
const START = Date.parse('2026-03-01T00:00:00Z');
const DAYS = 3;
const LIMITS = { temperatureMin: 18, temperatureMax: 25, humidityMin: null, humidityMax: 60 };

/** A daily swing that crosses the temperature maximum in the afternoon and the humidity maximum at night. */
function value(time: number) {
  const phase = (2 * Math.PI * (time % DAY)) / DAY;
  return { temperature: 22 + 4 * Math.sin(phase), humidity: 55 + 8 * Math.cos(phase) };
}
/** An outage of six hours on the second day, and one reading 2 intervals late (no gap) after it. */
const inGap = (time: number) => time >= START + DAY + 6 * 3_600_000 && time < START + DAY + 12 * 3_600_000;
const skipped = (time: number) => time === START + 2 * DAY + 30 * INTERVAL;

/** The rule written out plainly: a reading holds until the next one, or one interval before a gap. */
function expected(times: number[], from: number, to: number) {
  const out = { temperature: 0, humidity: 0, either: 0 };
  let covered = 0;
  let kineticWeight = 0;
  const inside = times.filter((time) => time >= from && time < to);
  inside.forEach((time, index) => {
    const next = inside[index + 1] ?? times.find((t) => t >= to);
    const end = Math.min(next !== undefined && next - time <= 3 * INTERVAL ? next : time + INTERVAL, to);
    const held = end - time;
    const v = value(time);
    const temperatureOut = v.temperature > LIMITS.temperatureMax || v.temperature < LIMITS.temperatureMin;
    const humidityOut = v.humidity > LIMITS.humidityMax;
    covered += held;
    if (temperatureOut) out.temperature += held;
    if (humidityOut) out.humidity += held;
    if (temperatureOut || humidityOut) out.either += held;
    kineticWeight += held * Math.exp(-10_000 / (v.temperature + 273.15));
  });
  return {
    count: inside.length,
    coverage: (covered / (to - from)) * 100,
    outOfLimits: {
      temperature: (out.temperature / covered) * 100,
      humidity: (out.humidity / covered) * 100,
      either: (out.either / covered) * 100,
    },
    meanKineticTemperature: 10_000 / -Math.log(kineticWeight / covered) - 273.15,
  };
}

describe('analytics', () => {
  let t: TestApp;
  let viewer: string;
  let sensorId: string;
  let languageModel: Server;
  let modelAnswers: 'rewrite' | 'fail' = 'rewrite';
  const asked: string[] = [];
  const times: number[] = [];

  beforeAll(async () => {
    // An OpenAI-compatible endpoint on loopback, as a site would configure one.
    languageModel = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        if (req.url !== '/v1/chat/completions' || modelAnswers === 'fail') {
          res.writeHead(503).end();
          return;
        }
        const text = JSON.parse(body).messages[1].content as string;
        asked.push(text);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ choices: [{ message: { role: 'assistant', content: `In short: ${text}` } }] }),
        );
      });
    });
    await new Promise<void>((resolve) => languageModel.listen(0, '127.0.0.1', resolve));
    const { port } = languageModel.address() as AddressInfo;
    t = await createTestApp({ SITE_TIME_ZONE: 'UTC', SUMMARY_LLM_URL: `http://127.0.0.1:${port}/v1` });
    const admin = (await t.login(await t.createUser({ roles: ['admin'] }))).authorization;
    viewer = (await t.login(await t.createUser({ roles: ['viewer'] }))).authorization;
    sensorId = await t.createPushSensor(admin, 'Stability room');
    await request(t.http)
      .patch(`/api/v1/sensors/${sensorId}`)
      .set('authorization', admin)
      .send({ name: 'Shelf 3', location: 'Stability room', limits: LIMITS })
      .expect(200);
    const key = await t.createIngestKey(admin);
    const readings = [];
    for (let time = START; time < START + DAYS * DAY; time += INTERVAL) {
      if (inGap(time) || skipped(time)) continue;
      times.push(time);
      readings.push({ sensorId, time: new Date(time).toISOString(), ...value(time) });
    }
    await request(t.http)
      .post('/api/v1/ingest/readings')
      .set('x-api-key', key)
      .send({ readings })
      .expect(202);
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => languageModel.close(resolve));
  });

  const analytics = (query: Record<string, string | number>) =>
    request(t.http).get('/api/v1/analytics').query(query).set('authorization', viewer);

  it('gives time out of limits per quantity and for either (the union), with gaps left out', async () => {
    const from = START + 3 * 3_600_000 + 30_000;
    const to = START + DAYS * DAY - 5 * INTERVAL;
    const response = await analytics({
      sensorIds: sensorId,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
    }).expect(200);
    const [sensor] = response.body.sensors;
    const truth = expected(times, from, to);
    expect(sensor).toMatchObject({ sensorName: 'Shelf 3', location: 'Stability room', limits: LIMITS });
    expect(sensor.count).toBe(truth.count);
    expect(sensor.coverage).toBeCloseTo(truth.coverage, 6);
    expect(sensor.outOfLimits.temperature).toBeCloseTo(truth.outOfLimits.temperature, 6);
    expect(sensor.outOfLimits.humidity).toBeCloseTo(truth.outOfLimits.humidity, 6);
    expect(sensor.outOfLimits.either).toBeCloseTo(truth.outOfLimits.either, 6);
    // The seed added the two shares up; the union is less whenever both are out at once.
    expect(sensor.outOfLimits.either).toBeLessThan(
      sensor.outOfLimits.temperature + sensor.outOfLimits.humidity,
    );
    expect(sensor.meanKineticTemperature).toBeCloseTo(truth.meanKineticTemperature, 6);
    expect(sensor.dailyBands.map((band: { day: string }) => band.day)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ]);
    expect(sensor.dailyBands[0].temperature.max).toBeCloseTo(26, 3);
    const shares = sensor.distribution.temperature.reduce(
      (sum: number, bin: { share: number }) => sum + bin.share,
      0,
    );
    expect(shares).toBeCloseTo(100, 6);
    // Each afternoon is one temperature excursion above 25 °C, its worst value the daily peak.
    const temperatureExcursions = sensor.excursions.filter(
      (excursion: { quantity: string }) => excursion.quantity === 'temperature',
    );
    expect(temperatureExcursions).toHaveLength(DAYS);
    expect(temperatureExcursions[0]).toMatchObject({ direction: 'high', limit: 25 });
    expect(temperatureExcursions[0].worst.value).toBeCloseTo(26, 3);
    expect(response.body.summary.text).toContain('Shelf 3 (Stability room) was out of limits');
    expect(response.body.summary.text).toContain('The worst excursion was');
  });

  it('takes the activation energy and has the configured language model rewrite the summary', async () => {
    const query = {
      sensorIds: sensorId,
      from: new Date(START).toISOString(),
      to: new Date(START + DAY).toISOString(),
    };
    const standard = await analytics(query).expect(200);
    const steeper = await analytics({ ...query, activationEnergy: 20_000 }).expect(200);
    expect(steeper.body.activationEnergy).toBe(20_000);
    // A higher activation energy weighs the warm hours more.
    expect(steeper.body.sensors[0].meanKineticTemperature).toBeGreaterThan(
      standard.body.sensors[0].meanKineticTemperature,
    );
    expect(asked).toContain(standard.body.summary.text);
    expect(standard.body.summary.rewritten).toBe(`In short: ${standard.body.summary.text}`);

    modelAnswers = 'fail';
    const without = await analytics({ ...query, to: new Date(START + 2 * DAY).toISOString() }).expect(200);
    expect(without.body.summary.rewritten).toBeNull();
    expect(without.body.summary.text).toContain('Shelf 3');
  });

  it('refuses bad ranges, bad parameters and unknown sensors with the field named', async () => {
    const backwards = await analytics({
      sensorIds: sensorId,
      from: new Date(START + DAY).toISOString(),
      to: new Date(START).toISOString(),
    }).expect(400);
    expect(backwards.headers['content-type']).toContain('application/problem+json');
    expect(backwards.body.errors[0].path).toBe('to');
    const energy = await analytics({
      sensorIds: sensorId,
      from: new Date(START).toISOString(),
      to: new Date(START + DAY).toISOString(),
      activationEnergy: 'hot',
    }).expect(400);
    expect(energy.body.errors[0].path).toBe('activationEnergy');
    await analytics({
      sensorIds: '8b0c4f0e-5a57-4c3e-9d36-2f4f4e1d0a11',
      from: new Date(START).toISOString(),
      to: new Date(START + DAY).toISOString(),
    }).expect(404);
  });
});
