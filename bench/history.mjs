// History benchmark: a year of one sensor's 5-second readings (≈ 6.3 M rows) loaded straight into
// PostgreSQL with their 1-minute, 1-hour and 6-hour rollups; then, warm and in the same run, the latency of
// `GET /api/v1/sensors/{id}/history` over the whole year as the client sees it, against the naive
// aggregate over the raw rows (one SELECT through a pg client on the same database). The API's answer
// is first checked against that aggregate. Median of several rounds; writes bench/results/.
import os from 'node:os';
import pg from 'pg';
import { buildIfStale, startBuiltApp } from '../scripts/lib.mjs';
import { apiPoster, machineDescription, median, saveResult, signIn } from './common.mjs';
import { buildRollups, insertCertificate, jobsIdle, loadReadings } from './readings-data.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const API_CALLS_PER_ROUND = 5;
const INTERVAL_S = 5;
const FROM = '2025-01-01T00:00:00.000Z';
const TO = '2026-01-01T00:00:00.000Z';
const COUNT = (Date.parse(TO) - Date.parse(FROM)) / (INTERVAL_S * 1000);
const SERVER_CPU = os.cpus().length > 1 ? '0' : undefined;

const NAIVE_SQL = `SELECT count(*)::int AS count,
       min(temperature) AS temperature_min, max(temperature) AS temperature_max, avg(temperature) AS temperature_mean,
       min(humidity) AS humidity_min, max(humidity) AS humidity_max, avg(humidity) AS humidity_mean
  FROM readings WHERE sensor_id = $1 AND time >= $2 AND time < $3`;

const log = (message) => console.log(message);
const seconds = (began) => Math.round((performance.now() - began) / 100) / 10;

await buildIfStale();
// `npm run bench:*` pins this process to CPU 1; the API and its PostgreSQL share CPU 0.
const app = await startBuiltApp(
  { LOG_LEVEL: 'warn', NODE_ENV: 'production', INSTRUMENT_POLLING: 'false' },
  { cpus: SERVER_CPU },
);
const db = new pg.Client({ connectionString: await app.databaseUrl() });
try {
  await db.connect();
  const auth = await signIn(app.url, 'admin@demo.local');
  const instrument = await apiPoster(app.url)(
    '/instruments',
    {
      name: 'Bench archive',
      driver: 'http-push',
      pollIntervalSeconds: INTERVAL_S,
      storageIntervalSeconds: INTERVAL_S,
    },
    auth,
  );
  const sensorId = instrument.sensors[0].id;
  await jobsIdle(db);

  log(`› Loading ${COUNT.toLocaleString('en')} readings (${FROM} – ${TO}, every ${INTERVAL_S} s)…`);
  let began = performance.now();
  const certificateId = await insertCertificate(db, sensorId, FROM, 'BENCH-HISTORY-1');
  await loadReadings(db, {
    sensorId,
    certificateId,
    from: FROM,
    count: COUNT,
    intervalS: INTERVAL_S,
    seed: 0.42,
    log,
  });
  const loadSeconds = seconds(began);
  began = performance.now();
  await buildRollups(db, sensorId, new Date(FROM), new Date(TO));
  const rollupSeconds = seconds(began);
  began = performance.now();
  await db.query('VACUUM ANALYZE readings, readings_1m, readings_1h, readings_6h');
  log(
    `  loaded in ${loadSeconds} s, rollups in ${rollupSeconds} s, vacuum and analyze in ${seconds(began)} s`,
  );

  const url = `${app.url}/api/v1/sensors/${sensorId}/history?from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`;
  /** One history call: milliseconds until the whole answer arrived, and the answer. */
  const viaApi = async () => {
    const start = performance.now();
    const response = await fetch(url, { headers: auth });
    const text = await response.text();
    const ms = performance.now() - start;
    if (!response.ok) throw new Error(`history: ${response.status} ${text}`);
    return { ms, bytes: Buffer.byteLength(text), body: JSON.parse(text) };
  };
  const naive = async () => {
    const start = performance.now();
    const { rows } = await db.query(NAIVE_SQL, [sensorId, FROM, TO]);
    return { ms: performance.now() - start, row: rows[0] };
  };

  // Warm-up (connections, plans, pages in memory), then the check that the API's figures are right.
  for (let i = 0; i < 5; i += 1) await viaApi();
  const reference = (await naive()).row;
  const answer = (await viaApi()).body;
  const mismatches = [];
  const expect = (label, actual, expected, relative = 0) => {
    const ok = relative ? Math.abs(actual - expected) <= relative * Math.abs(expected) : actual === expected;
    if (!ok) mismatches.push(`${label}: API ${actual}, raw rows ${expected}`);
  };
  expect('count', answer.count, reference.count);
  expect('raw rows', reference.count, COUNT);
  expect('source', answer.source, 'six-hour');
  for (const quantity of ['temperature', 'humidity']) {
    const stats = answer.statistics[quantity];
    expect(`${quantity} min`, stats.min.value, reference[`${quantity}_min`]);
    expect(`${quantity} max`, stats.max.value, reference[`${quantity}_max`]);
    expect(`${quantity} mean`, stats.mean, reference[`${quantity}_mean`], 1e-9);
  }
  if (mismatches.length > 0)
    throw new Error(`the API's history differs from the raw rows:\n${mismatches.join('\n')}`);
  log(
    `  checked: count ${answer.count}, temperature ${answer.statistics.temperature.min.value}–${answer.statistics.temperature.max.value} (mean ${answer.statistics.temperature.mean.toFixed(4)}), humidity ${answer.statistics.humidity.min.value}–${answer.statistics.humidity.max.value} — equal to the aggregate of the raw rows`,
  );
  const [{ 'QUERY PLAN': plan }] = (
    await db.query(`EXPLAIN (FORMAT JSON) ${NAIVE_SQL}`, [sensorId, FROM, TO])
  ).rows;
  const scan = (node) => (node.Plans ? scan(node.Plans[0]) : node['Node Type']);

  const timings = { api: [], naive: [], ratios: [] };
  let bytes = 0;
  for (let round = 1; round <= ROUNDS; round += 1) {
    const apiRound = [];
    for (let i = 0; i < API_CALLS_PER_ROUND; i += 1) {
      const result = await viaApi();
      apiRound.push(result.ms);
      bytes = result.bytes;
    }
    const naiveMs = (await naive()).ms;
    timings.api.push(...apiRound);
    timings.naive.push(naiveMs);
    timings.ratios.push(naiveMs / median(apiRound));
    log(
      `round ${round}: API ${median(apiRound).toFixed(1)} ms (median of ${API_CALLS_PER_ROUND}), naive ${naiveMs.toFixed(0)} ms, ${timings.ratios.at(-1).toFixed(0)}× faster`,
    );
  }

  const summary = {
    date: new Date().toISOString(),
    machine: machineDescription(),
    settings: {
      rounds: ROUNDS,
      apiCallsPerRound: API_CALLS_PER_ROUND,
      rows: COUNT,
      intervalSeconds: INTERVAL_S,
      from: FROM,
      to: TO,
      serverCpus: SERVER_CPU ?? 'all',
    },
    load: { seconds: loadSeconds, rollupSeconds },
    answerBytes: bytes,
    naivePlan: scan(plan[0].Plan),
    api: { medianMs: median(timings.api), minMs: Math.min(...timings.api), maxMs: Math.max(...timings.api) },
    naive: {
      medianMs: median(timings.naive),
      minMs: Math.min(...timings.naive),
      maxMs: Math.max(...timings.naive),
    },
    speedupMedian: median(timings.ratios),
  };
  summary.goalMet = summary.api.medianMs <= 20 && summary.speedupMedian >= 100;
  await saveResult('history', summary);
  console.log(`
| path | latency (median) | range |
|---|---|---|
| GET /api/v1/sensors/{id}/history, one year (${COUNT.toLocaleString('en')} readings, rollups) | ${summary.api.medianMs.toFixed(1)} ms | ${summary.api.minMs.toFixed(1)}–${summary.api.maxMs.toFixed(1)} ms |
| naive SELECT count/min/max/avg over the raw rows (${summary.naivePlan}) | ${summary.naive.medianMs.toFixed(0)} ms | ${summary.naive.minMs.toFixed(0)}–${summary.naive.maxMs.toFixed(0)} ms |

API ${summary.speedupMedian.toFixed(0)}× faster than the naive scan (median of per-round ratios); answer ${(bytes / 1024).toFixed(0)} KB.
Goal: API ≤ 20 ms and ≥ 100× faster — ${summary.goalMet ? 'met' : 'NOT met'}. ${summary.machine}; ${ROUNDS} rounds of ${API_CALLS_PER_ROUND} API calls and 1 naive query; API and PostgreSQL on CPU ${SERVER_CPU ?? 'any'}.`);
} finally {
  await db.end().catch(() => undefined);
  await app.stop();
}
