// Ingest benchmark: readings/s through the whole pipeline into PostgreSQL, two ways — HTTP push batches
// of 10,000 (→ validation → ingest → batch writer) to the running API, and in-process (the API's
// ingest service called directly, as the instrument pollers do) — side by side with a raw COPY of the
// same rows into a twin of the readings table (same columns, indexes and foreign key), in the same
// run and database. Median of several rounds; prints a Markdown table and writes bench/results/.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { buildIfStale, ROOT, startBuiltApp } from '../scripts/lib.mjs';
import { apiPoster, machineDescription, median, saveResult } from './common.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BATCH = 10_000;
const BATCHES_PER_ROUND = Number(process.env.BENCH_BATCHES ?? 20);
const READINGS_PER_ROUND = BATCH * BATCHES_PER_ROUND;
const CONCURRENCY = 2;
const SENSORS = 10;

const seconds = (began) => (performance.now() - began) / 1000;

/** The API's own ingest service, in this process, on the benchmarked app's database. */
async function inProcessIngest(databaseUrl) {
  const load = (module) => import(path.join(ROOT, 'apps/api/dist', module));
  const [{ createApp }, { parseEnv }, { AppConfig }, { createLogger }, { IngestService }] = await Promise.all(
    [
      load('app.js'),
      load('config/env.js'),
      load('config/app-config.js'),
      load('common/logger.js'),
      load('modules/measurements/ingest.service.js'),
    ],
  );
  const env = parseEnv({
    DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'factoryops-bench-')),
    INSTRUMENT_POLLING: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  });
  const nest = await createApp(
    new AppConfig(env, databaseUrl, 'bench-secret-long-enough-for-hs256!!'),
    createLogger('warn'),
  );
  await nest.init();
  return { ingest: nest.get(IngestService), close: () => nest.close() };
}

await buildIfStale();
// `npm run bench:*` pins this process to CPU 1; the API (and its PostgreSQL) may use every core.
const app = await startBuiltApp(
  { LOG_LEVEL: 'warn', NODE_ENV: 'production', INSTRUMENT_POLLING: 'false' },
  { cpus: `0-${os.cpus().length - 1}` },
);
const db = new pg.Client({ connectionString: await app.databaseUrl() });
let inProcess;
try {
  await db.connect();
  const post = apiPoster(app.url);
  const admin = await post('/auth/login', { email: 'admin@demo.local', password: 'demo1234' });
  const auth = { authorization: `Bearer ${admin.accessToken}` };
  const sensors = [];
  for (let i = 0; i < SENSORS; i += 1) {
    const instrument = await post('/instruments', { name: `Bench push ${i}`, driver: 'http-push' }, auth);
    sensors.push({ id: instrument.sensors[0].id, instrumentId: instrument.id });
  }
  const key = await post('/api-keys', { name: 'Bench', permissions: ['measurements.ingest'] }, auth);
  await db.query('CREATE TABLE readings_copy_bench (LIKE readings INCLUDING ALL)');
  await db.query('ALTER TABLE readings_copy_bench ADD FOREIGN KEY (sensor_id) REFERENCES sensors (id)');
  inProcess = await inProcessIngest(await app.databaseUrl());

  let clock = Date.parse('2020-01-01T00:00:00Z');
  /** The next round's readings: BATCHES_PER_ROUND batches, each sensor once per second of instrument time. */
  const nextRound = () =>
    Array.from({ length: BATCHES_PER_ROUND }, () => {
      const batch = Array.from({ length: BATCH }, (_, i) => ({
        sensorId: sensors[i % SENSORS].id,
        time: new Date(clock + Math.floor(i / SENSORS) * 1000).toISOString(),
        temperature: 20 + (i % 100) / 100,
        humidity: 40 + (i % 50) / 10,
      }));
      clock += (BATCH / SENSORS) * 1000;
      return batch;
    });
  /** Waits until every reading of the round is stored (counted over its span of instrument time). */
  const stored = async (batches) => {
    const span = [batches[0][0].time, batches.at(-1).at(-1).time];
    for (;;) {
      const { rows } = await db.query(
        'SELECT count(*)::int AS n FROM readings WHERE time BETWEEN $1 AND $2',
        span,
      );
      if (rows[0].n === READINGS_PER_ROUND) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  const rates = { http: [], inProcess: [], copy: [] };
  for (let round = 1; round <= ROUNDS; round += 1) {
    // What the clients send is prepared before the clock starts: only the server side is timed.
    // HTTP push, CONCURRENCY requests at a time.
    let batches = nextRound();
    const bodies = batches.map((batch) => JSON.stringify({ readings: batch }));
    let began = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let body = bodies.shift(); body; body = bodies.shift()) {
          const response = await fetch(`${app.url}/api/v1/ingest/readings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': key.secret },
            body,
          });
          const result = await response.json();
          if (result.accepted !== BATCH)
            throw new Error(`only ${result.accepted} accepted: ${JSON.stringify(result)}`);
        }
      }),
    );
    await stored(batches);
    rates.http.push(READINGS_PER_ROUND / seconds(began));

    // In-process: the ingest service as the pollers call it, yielding between batches.
    batches = nextRound();
    const incoming = batches.map((batch) => {
      const receivedAt = new Date();
      return batch.map((r, i) => ({
        sensorId: r.sensorId,
        instrumentId: sensors[i % SENSORS].instrumentId,
        channel: 1,
        time: new Date(r.time),
        receivedAt,
        temperature: r.temperature,
        humidity: r.humidity,
      }));
    });
    began = performance.now();
    for (const batch of incoming) {
      for (const reading of batch) inProcess.ingest.accept(reading, true);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await inProcess.ingest.flush();
    await stored(batches);
    rates.inProcess.push(READINGS_PER_ROUND / seconds(began));

    // The in-process round's rows, COPYed straight into the twin table: the baseline.
    const now = new Date().toISOString();
    const copyText = batches.map((batch) =>
      batch
        .map(
          (r) =>
            `${r.sensorId}\t${r.time}\t${now}\t${r.temperature}\t${r.humidity}\t${r.temperature}\t${r.humidity}\n`,
        )
        .join(''),
    );
    began = performance.now();
    await pipeline(
      Readable.from(copyText),
      db.query(
        copyStreams.from(
          'COPY readings_copy_bench (sensor_id, time, received_at, temperature_raw, humidity_raw, temperature, humidity) FROM STDIN',
        ),
      ),
    );
    rates.copy.push(READINGS_PER_ROUND / seconds(began));
    const percent = (rate) => `${((rate / rates.copy.at(-1)) * 100).toFixed(1)} %`;
    console.log(
      `round ${round}: HTTP ${Math.round(rates.http.at(-1))}/s (${percent(rates.http.at(-1))}), in-process ${Math.round(rates.inProcess.at(-1))}/s (${percent(rates.inProcess.at(-1))}), COPY ${Math.round(rates.copy.at(-1))} rows/s`,
    );
  }
  const ratio = (path) => median(rates[path].map((rate, i) => rate / rates.copy[i]));
  const summary = {
    date: new Date().toISOString(),
    machine: machineDescription(),
    settings: {
      rounds: ROUNDS,
      readingsPerRound: READINGS_PER_ROUND,
      batch: BATCH,
      concurrency: CONCURRENCY,
      sensors: SENSORS,
    },
    http: { median: median(rates.http), ratioMedian: ratio('http') },
    inProcess: { median: median(rates.inProcess), ratioMedian: ratio('inProcess') },
    copyMedian: median(rates.copy),
  };
  await saveResult('ingest', summary);
  const row = (label, result) =>
    `| ${label} | ${Math.round(result.median)} | ${(result.ratioMedian * 100).toFixed(1)} % |`;
  console.log(`
| path | readings/s (median of ${ROUNDS}) | of COPY (median ratio) |
|---|---|---|
${row('HTTP push → validation → ingest → batch writer → PostgreSQL', summary.http)}
${row('in-process ingest → batch writer → PostgreSQL', summary.inProcess)}
| raw COPY of the same rows into a twin table | ${Math.round(summary.copyMedian)} | 100 % |

Goal: ≥ 50,000 readings/s and ≥ 40 % of COPY. ${summary.machine}; ${READINGS_PER_ROUND} readings per round and path, HTTP in batches of ${BATCH}, ${CONCURRENCY} requests at a time, ${SENSORS} sensors`);
} finally {
  await inProcess?.close().catch(() => undefined);
  await db.end().catch(() => undefined);
  await app.stop();
}
