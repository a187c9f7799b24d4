// Ingest benchmark: readings/s through the whole pipeline (HTTP push batches of 10,000 → validation →
// ingest → batch writer → PostgreSQL) side by side with a raw COPY of the same rows into a table of the
// same shape, in the same run and database. Median of several rounds; prints a Markdown table and
// writes bench/results/.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { buildIfStale, ROOT, startBuiltApp } from '../scripts/lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BATCH = 10_000;
const BATCHES_PER_ROUND = Number(process.env.BENCH_BATCHES ?? 20);
const CONCURRENCY = 2;
const SENSORS = 10;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

await buildIfStale();
const app = await startBuiltApp({ LOG_LEVEL: 'warn', NODE_ENV: 'production', INSTRUMENT_POLLING: 'false' });
const db = new pg.Client({ connectionString: await app.databaseUrl() });
try {
  await db.connect();
  const api = async (pathname, body, headers = {}) => {
    const response = await fetch(`${app.url}/api/v1${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok && response.status !== 202)
      throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const admin = await api('/auth/login', { email: 'admin@demo.local', password: 'demo1234' });
  const auth = { authorization: `Bearer ${admin.accessToken}` };
  const sensorIds = [];
  for (let i = 0; i < SENSORS; i += 1) {
    const instrument = await api('/instruments', { name: `Bench push ${i}`, driver: 'http-push' }, auth);
    sensorIds.push(instrument.sensors[0].id);
  }
  const key = await api('/api-keys', { name: 'Bench', permissions: ['measurements.ingest'] }, auth);
  await db.query('CREATE TABLE readings_copy_bench (LIKE readings INCLUDING ALL)');

  let clock = Date.parse('2020-01-01T00:00:00Z');
  const makeBatch = () =>
    Array.from({ length: BATCH }, (_, i) => ({
      sensorId: sensorIds[i % SENSORS],
      time: new Date(clock + Math.floor(i / SENSORS) * 1000).toISOString(),
      temperature: 20 + (i % 100) / 100,
      humidity: 40 + (i % 50) / 10,
    }));
  const nextBatch = () => {
    const batch = makeBatch();
    clock += (BATCH / SENSORS) * 1000;
    return batch;
  };
  const count = async (table) => Number((await db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

  const pipelineRates = [];
  const copyRates = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const batches = Array.from({ length: BATCHES_PER_ROUND }, nextBatch);
    const expected = (await count('readings')) + BATCH * BATCHES_PER_ROUND;
    const began = performance.now();
    const queue = [...batches];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let batch = queue.shift(); batch; batch = queue.shift()) {
          const result = await api('/ingest/readings', { readings: batch }, { 'x-api-key': key.secret });
          if (result.accepted !== BATCH) throw new Error(`only ${result.accepted} accepted`);
        }
      }),
    );
    while ((await count('readings')) < expected) await new Promise((resolve) => setTimeout(resolve, 20));
    const pipelineSeconds = (performance.now() - began) / 1000;
    pipelineRates.push((BATCH * BATCHES_PER_ROUND) / pipelineSeconds);

    // The same rows, COPYed straight into a table of the same shape: the baseline.
    const rows = batches.flat();
    const copyBegan = performance.now();
    const copy = db.query(
      copyStreams.from(
        'COPY readings_copy_bench (sensor_id, time, received_at, temperature_raw, humidity_raw, temperature, humidity) FROM STDIN',
      ),
    );
    const now = new Date().toISOString();
    await pipeline(
      Readable.from(
        (function* lines() {
          for (const r of rows) {
            yield `${r.sensorId}\t${r.time}\t${now}\t${r.temperature}\t${r.humidity}\t${r.temperature}\t${r.humidity}\n`;
          }
        })(),
      ),
      copy,
    );
    const copySeconds = (performance.now() - copyBegan) / 1000;
    copyRates.push(rows.length / copySeconds);
    console.log(
      `round ${round}: pipeline ${Math.round(pipelineRates.at(-1))} readings/s, COPY ${Math.round(copyRates.at(-1))} rows/s, ratio ${((pipelineRates.at(-1) / copyRates.at(-1)) * 100).toFixed(1)} %`,
    );
  }
  const ratios = pipelineRates.map((rate, i) => rate / copyRates[i]);
  const summary = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    settings: {
      rounds: ROUNDS,
      readingsPerRound: BATCH * BATCHES_PER_ROUND,
      batch: BATCH,
      concurrency: CONCURRENCY,
      sensors: SENSORS,
    },
    pipelineMedian: median(pipelineRates),
    copyMedian: median(copyRates),
    ratioMedian: median(ratios),
  };
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
  await writeFile(
    path.join(ROOT, `bench/results/ingest-${summary.date.slice(0, 10)}.json`),
    JSON.stringify(summary, null, 2),
  );
  console.log(`
| path | rows/s (median of ${ROUNDS}) |
|---|---|
| HTTP push → validation → ingest → batch writer → PostgreSQL | ${Math.round(summary.pipelineMedian)} |
| raw COPY of the same rows | ${Math.round(summary.copyMedian)} |
| ratio | ${(summary.ratioMedian * 100).toFixed(1)} % (goal ≥ 40 %, and ≥ 50,000 readings/s) |

${summary.machine}; ${summary.settings.readingsPerRound} readings per round in batches of ${BATCH}, ${CONCURRENCY} requests at a time, ${SENSORS} sensors`);
} finally {
  await db.end().catch(() => undefined);
  await app.stop();
}
