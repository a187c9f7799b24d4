import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { JobQueue } from '../src/modules/jobs/job-queue.js';
import { createTestApp, type TestApp } from './test-app.js';

const BASE = Date.parse('2026-10-01T00:00:00Z');
const MINUTE = 60_000;
const TEMPERATURE_POINTS = [
  { reference: 15, indication: 15.2 },
  { reference: 20, indication: 20.1 },
  { reference: 30, indication: 29.8 },
];
const HUMIDITY_POINTS = [
  { reference: 20, indication: 21 },
  { reference: 50, indication: 50.6 },
  { reference: 80, indication: 79.1 },
];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Certificates correct readings at ingest and, when added or fixed later, through a recompute job. */
describe('calibration certificates', () => {
  let t: TestApp;
  let manager: string;
  let viewer: string;
  let key: string;
  let sensorId: string;

  const push = (readings: unknown[]) =>
    request(t.http).post('/api/v1/ingest/readings').set('x-api-key', key).send({ readings }).expect(202);
  const settle = async () => {
    await t.app.get(JobQueue).idle(sensorId);
    await new Promise((resolve) => setTimeout(resolve, 400));
  };
  const readingAt = async (minute: number) =>
    (
      await t.dataSource.query(
        'SELECT temperature_raw, temperature, humidity_raw, humidity, certificate_id FROM readings WHERE sensor_id = $1 AND time = $2',
        [sensorId, new Date(BASE + minute * MINUTE)],
      )
    )[0];
  const certificate = (overrides: Record<string, unknown> = {}) => ({
    sensorId,
    number: 'LAB-001',
    calibratedOn: '2026-09-20',
    validFrom: new Date(BASE + 60 * MINUTE).toISOString(),
    dueOn: '2027-09-20',
    laboratory: 'Metrology Ltd',
    temperaturePoints: TEMPERATURE_POINTS,
    humidityPoints: HUMIDITY_POINTS,
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    const admin = (await t.login(await t.createUser({ roles: ['admin'] }))).authorization;
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    viewer = (await t.login(await t.createUser({ roles: ['viewer'] }))).authorization;
    sensorId = await t.createPushSensor(admin, 'Chamber logger');
    key = await t.createIngestKey(admin);
    // Two hours of readings, one a minute, stored before any certificate existed.
    await push(
      Array.from({ length: 120 }, (_, minute) => ({
        sensorId,
        time: new Date(BASE + minute * MINUTE).toISOString(),
        temperature: 17.65,
        humidity: 65,
      })),
    );
    await settle();
  });
  afterAll(() => t.close());

  it('recomputes the stored readings in its window when a certificate is added, and keeps the raw values', async () => {
    const created = await request(t.http)
      .post('/api/v1/certificates')
      .set('authorization', manager)
      .send(certificate())
      .expect(201);
    expect(created.body).toMatchObject({ number: 'LAB-001', validUntil: null, file: null });
    await settle();
    const before = await readingAt(59);
    expect(before).toMatchObject({ temperature_raw: 17.65, temperature: 17.65, certificate_id: null });
    const inside = await readingAt(60);
    // 17.65 lies half way between 15.2 (−0.2) and 20.1 (−0.1): −0.15. 65 %RH: −0.6 + 14.4/28.5 × 1.5.
    expect(inside.temperature_raw).toBe(17.65);
    expect(inside.temperature).toBeCloseTo(17.5, 9);
    expect(inside.humidity).toBeCloseTo(65.157_894_736_8, 9);
    expect(inside.certificate_id).toBe(created.body.id);
    const jobs = await request(t.http)
      .get(`/api/v1/calibration/jobs?sensorId=${sensorId}`)
      .set('authorization', viewer)
      .expect(200);
    expect(jobs.body.items[0]).toMatchObject({
      state: 'done',
      total: 60,
      done: 60,
      certificateId: created.body.id,
    });
  });

  it('corrects new readings at ingest with the certificate valid at their time', async () => {
    await push([
      { sensorId, time: new Date(BASE + 200 * MINUTE).toISOString(), temperature: 29.8, humidity: 50.6 },
    ]);
    await settle();
    expect(await readingAt(200)).toMatchObject({ temperature_raw: 29.8, humidity_raw: 50.6 });
    expect((await readingAt(200)).temperature).toBeCloseTo(30, 9);
    expect((await readingAt(200)).humidity).toBeCloseTo(50, 9);
  });

  it('recomputes again when the certificate is fixed, and a stale version gets 409', async () => {
    const list = await request(t.http)
      .get(`/api/v1/certificates?sensorId=${sensorId}`)
      .set('authorization', viewer)
      .expect(200);
    const current = list.body.items[0];
    await request(t.http)
      .patch(`/api/v1/certificates/${current.id}`)
      .set('authorization', manager)
      .send({
        version: current.version,
        validFrom: new Date(BASE + 30 * MINUTE).toISOString(),
        temperaturePoints: [{ reference: 20, indication: 21 }],
      })
      .expect(200);
    await settle();
    expect((await readingAt(30)).temperature).toBeCloseTo(16.65, 9);
    expect((await readingAt(90)).temperature).toBeCloseTo(16.65, 9);
    expect(await readingAt(29)).toMatchObject({ temperature: 17.65, certificate_id: null });
    await request(t.http)
      .patch(`/api/v1/certificates/${current.id}`)
      .set('authorization', manager)
      .send({ version: current.version, notes: 'late edit' })
      .expect(409);
  });

  it('keeps the rollups equal to aggregates of the raw rows through ingest and recomputes', async () => {
    const mismatches = await t.dataSource.query(
      `SELECT m.bucket FROM readings_1m m
         JOIN (SELECT date_trunc('minute', time) AS bucket, count(*) AS n, min(temperature) AS tmin, max(temperature) AS tmax,
                      sum(temperature) AS tsum, sum(humidity) AS hsum, sum(temperature_raw) AS rsum
                 FROM readings WHERE sensor_id = $1 GROUP BY 1) r ON r.bucket = m.bucket
        WHERE m.sensor_id = $1 AND (m.count <> r.n OR abs(m.temperature_min - r.tmin) > 1e-9 OR abs(m.temperature_max - r.tmax) > 1e-9
              OR abs(m.temperature_sum - r.tsum) > 1e-9 OR abs(m.humidity_sum - r.hsum) > 1e-9 OR abs(m.temperature_raw_sum - r.rsum) > 1e-9)`,
      [sensorId],
    );
    expect(mismatches).toEqual([]);
    for (const table of ['readings_1h', 'readings_6h']) {
      const [coarse] = await t.dataSource.query(
        `SELECT (SELECT sum(count) FROM ${table} WHERE sensor_id = $1)::int AS count,
                (SELECT count(*) FROM readings WHERE sensor_id = $1)::int AS raw,
                (SELECT sum(temperature_sum) FROM ${table} WHERE sensor_id = $1) AS sum,
                (SELECT sum(temperature) FROM readings WHERE sensor_id = $1) AS rsum,
                (SELECT max(temperature_max) FROM ${table} WHERE sensor_id = $1) AS max,
                (SELECT max(temperature) FROM readings WHERE sensor_id = $1) AS rmax`,
        [sensorId],
      );
      expect(coarse.count).toBe(coarse.raw);
      expect(coarse.sum).toBeCloseTo(coarse.rsum, 6);
      expect(coarse.max).toBe(coarse.rmax);
    }
  });

  it('refuses to delete a certificate that corrected stored readings', async () => {
    const list = await request(t.http)
      .get(`/api/v1/certificates?sensorId=${sensorId}`)
      .set('authorization', viewer)
      .expect(200);
    const response = await request(t.http)
      .delete(`/api/v1/certificates/${list.body.items[0].id}`)
      .set('authorization', manager)
      .expect(409);
    expect(response.body.detail).toMatch(/supersede/);
    // One that starts after every stored reading corrected nothing and may go.
    const future = await request(t.http)
      .post('/api/v1/certificates')
      .set('authorization', manager)
      .send(certificate({ number: 'LAB-002', validFrom: '2027-01-01T00:00:00Z' }))
      .expect(201);
    await request(t.http)
      .delete(`/api/v1/certificates/${future.body.id}`)
      .set('authorization', manager)
      .expect(204);
  });

  it('stores the certificate PDF, gives it back, and refuses other files', async () => {
    const list = await request(t.http)
      .get(`/api/v1/certificates?sensorId=${sensorId}`)
      .set('authorization', viewer)
      .expect(200);
    const id = list.body.items[0].id;
    const attached = await request(t.http)
      .put(`/api/v1/certificates/${id}/file`)
      .set('authorization', manager)
      .attach('file', PDF, 'LAB-001.pdf')
      .expect(200);
    expect(attached.body.file).toEqual({ name: 'LAB-001.pdf', size: PDF.length });
    const download = await request(t.http)
      .get(`/api/v1/certificates/${id}/file`)
      .set('authorization', viewer)
      .buffer(true)
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    const notPdf = await request(t.http)
      .put(`/api/v1/certificates/${id}/file`)
      .set('authorization', manager)
      .attach('file', Buffer.from('hello'), 'notes.pdf')
      .expect(400);
    expect(notPdf.body.errors).toEqual([{ path: 'file', message: 'The certificate file must be a PDF' }]);
    await request(t.http)
      .put(`/api/v1/certificates/${id}/file`)
      .set('authorization', manager)
      .attach('file', Buffer.alloc(20 * 1024 * 1024 + 1, 0x25), 'huge.pdf')
      .expect(413);
  });

  it('answers bad input with the field and the reason, and viewers may not change certificates', async () => {
    const duplicate = await request(t.http)
      .post('/api/v1/certificates')
      .set('authorization', manager)
      .send(
        certificate({
          number: 'X',
          validFrom: '2027-02-01T00:00:00Z',
          temperaturePoints: [
            { reference: 20, indication: 20.1 },
            { reference: 20, indication: 19 },
          ],
        }),
      )
      .expect(400);
    expect(duplicate.body.errors).toEqual([
      { path: 'temperaturePoints.1.reference', message: 'Each reference value may appear once' },
    ]);
    const notNumber = await request(t.http)
      .post('/api/v1/certificates')
      .set('authorization', manager)
      .send(certificate({ humidityPoints: [{ reference: 'high', indication: 20 }] }))
      .expect(400);
    expect(notNumber.body.errors[0].path).toBe('humidityPoints.0.reference');
    await request(t.http)
      .post('/api/v1/certificates')
      .set('authorization', viewer)
      .send(certificate())
      .expect(403);
  });

  it('lists sensors with their due dates and standing', async () => {
    const response = await request(t.http)
      .get('/api/v1/calibration/sensors')
      .set('authorization', viewer)
      .expect(200);
    const sensor = response.body.items.find((item: { sensorId: string }) => item.sensorId === sensorId);
    expect(sensor).toMatchObject({ certificateNumber: 'LAB-001', dueOn: '2027-09-20', standing: 'valid' });
  });
});
