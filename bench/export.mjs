// CSV export benchmark: 10 M readings (two sensors × 5 M, every 5 s) loaded straight into PostgreSQL;
// then, in the same run, rows/s of `GET /api/v1/readings/export.csv` over both sensors against the
// same SELECT run as `COPY … TO STDOUT` through a pg client on the same database (the export's own
// statement: the API streams PostgreSQL's COPY through to the client), and the API process's peak
// RSS growth during its export (/proc/<pid>/status, peak reset before each export). Both outputs are
// checked to be the same size. Median of several rounds, alternating which runs first; writes
// bench/results/.
import http from 'node:http';
import os from 'node:os';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { buildIfStale, startBuiltApp } from '../scripts/lib.mjs';
import { apiPoster, machineDescription, median, saveResult, signIn } from './common.mjs';
import {
  buildRollups,
  insertCertificate,
  jobsIdle,
  loadReadings,
  memoryOf,
  pidListeningOn,
  resetPeakRss,
} from './readings-data.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SENSORS = 2;
const PER_SENSOR = 5_000_000;
const ROWS = SENSORS * PER_SENSOR;
const INTERVAL_S = 5;
const FROM = '2025-01-01T00:00:00.000Z';
const TO = '2026-01-01T00:00:00.000Z';
const TIME_ZONE = 'Europe/Paris';
const SERVER_CPU = os.cpus().length > 1 ? '0' : undefined;
const MB = 2 ** 20;

const log = (message) => console.log(message);
const seconds = (began) => (performance.now() - began) / 1000;

/**
 * The statement ReadingsExportService.open builds for these sensors and this range with the default
 * separator and decimal mark (apps/api/src/modules/measurements/readings-export.service.ts).
 */
const exportCopy = (sensorIds) => `COPY (
      SELECT to_char(r.time, 'YYYY-MM-DD"T"HH24:MI:SS.MSTZH:TZM') AS time, i.name AS instrument, s.name AS sensor,
             round(r.temperature_raw::numeric, 4) AS temperature_raw_c, round(r.temperature::numeric, 4) AS temperature_c,
             round(r.humidity_raw::numeric, 4) AS humidity_raw_pct, round(r.humidity::numeric, 4) AS humidity_pct,
             c.number AS certificate
        FROM readings r
        JOIN sensors s ON s.id = r.sensor_id JOIN instruments i ON i.id = s.instrument_id
        LEFT JOIN calibration_certificates c ON c.id = r.certificate_id
       WHERE r.sensor_id IN (${sensorIds.map((id) => `'${id}'`).join(', ')}) AND r.time >= '${FROM}' AND r.time < '${TO}'
       ORDER BY r.sensor_id, r.time
    ) TO STDOUT WITH (FORMAT csv, HEADER true, DELIMITER ',')`;

await buildIfStale();
// `npm run bench:*` pins this process to CPU 1; the API and its PostgreSQL share CPU 0.
const app = await startBuiltApp(
  { LOG_LEVEL: 'warn', NODE_ENV: 'production', INSTRUMENT_POLLING: 'false', SITE_TIME_ZONE: TIME_ZONE },
  { cpus: SERVER_CPU },
);
const db = new pg.Client({ connectionString: await app.databaseUrl() });
try {
  await db.connect();
  const apiPid = await pidListeningOn(Number(new URL(app.url).port));
  const auth = await signIn(app.url, 'admin@demo.local');
  const sensorIds = [];
  for (let i = 1; i <= SENSORS; i += 1) {
    const instrument = await apiPoster(app.url)(
      '/instruments',
      {
        name: `Bench export ${i}`,
        driver: 'http-push',
        pollIntervalSeconds: INTERVAL_S,
        storageIntervalSeconds: INTERVAL_S,
      },
      auth,
    );
    sensorIds.push(instrument.sensors[0].id);
  }
  await jobsIdle(db);

  const began = performance.now();
  for (const [index, sensorId] of sensorIds.entries()) {
    log(
      `› Loading ${PER_SENSOR.toLocaleString('en')} readings of sensor ${index + 1} (every ${INTERVAL_S} s from ${FROM})…`,
    );
    const certificateId = await insertCertificate(db, sensorId, FROM, `BENCH-EXPORT-${index + 1}`);
    const range = await loadReadings(db, {
      sensorId,
      certificateId,
      from: FROM,
      count: PER_SENSOR,
      intervalS: INTERVAL_S,
      seed: 0.1 * (index + 1),
      log,
    });
    // The export announces its row count from the rollups.
    await buildRollups(db, sensorId, range.from, range.to);
  }
  await db.query('VACUUM ANALYZE readings, readings_1m, readings_1h, readings_6h');
  const loadSeconds = Math.round(seconds(began));
  log(`  loaded with rollups in ${loadSeconds} s`);

  /** The COPY baseline: the same statement, in a read-only transaction in the site's time zone. */
  const viaCopy = async () => {
    const start = performance.now();
    await db.query('BEGIN READ ONLY');
    await db.query(`SELECT set_config('TimeZone', $1, true)`, [TIME_ZONE]);
    let bytes = 0;
    for await (const chunk of db.query(copyStreams.to(exportCopy(sensorIds)))) bytes += chunk.length;
    await db.query('COMMIT');
    return { seconds: seconds(start), bytes };
  };
  const url = `${app.url}/api/v1/readings/export.csv?sensorIds=${sensorIds.join(',')}&from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`;
  /** The API's export, its peak RSS sampled meanwhile (and read from VmHWM, reset just before). */
  const viaApi = async () => {
    const before = await memoryOf(apiPid);
    await resetPeakRss(apiPid);
    let sampledPeak = before.rss;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        sampledPeak = Math.max(sampledPeak, (await memoryOf(apiPid)).rss);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const start = performance.now();
    const { bytes, rows } = await new Promise((resolve, reject) => {
      http
        .get(url, { headers: auth }, (response) => {
          if (response.statusCode !== 200) {
            reject(new Error(`export: ${response.statusCode}`));
            response.resume();
            return;
          }
          let received = 0;
          response.on('data', (chunk) => {
            received += chunk.length;
          });
          response.on('end', () =>
            resolve({ bytes: received, rows: Number(response.headers['x-export-rows']) }),
          );
          response.on('error', reject);
        })
        .on('error', reject);
    });
    const elapsed = seconds(start);
    sampling = false;
    await sampler;
    const after = await memoryOf(apiPid);
    const peak = Math.max(sampledPeak, after.hwm);
    return { seconds: elapsed, bytes, rows, rssBefore: before.rss, rssPeak: peak, growth: peak - before.rss };
  };

  const results = { copy: [], api: [], ratios: [] };
  for (let round = 1; round <= ROUNDS; round += 1) {
    // Alternate which goes first, so that neither always runs on the other's warm caches.
    const copyFirst = round % 2 === 1;
    const first = copyFirst ? await viaCopy() : await viaApi();
    const second = copyFirst ? await viaApi() : await viaCopy();
    const [copy, api] = copyFirst ? [first, second] : [second, first];
    if (api.rows !== ROWS) throw new Error(`the export announced ${api.rows} rows, not ${ROWS}`);
    if (api.bytes !== copy.bytes) throw new Error(`the export sent ${api.bytes} bytes, COPY ${copy.bytes}`);
    results.copy.push(copy);
    results.api.push(api);
    results.ratios.push(copy.seconds / api.seconds);
    log(
      `round ${round}: API ${Math.round(ROWS / api.seconds)} rows/s (${((copy.seconds / api.seconds) * 100).toFixed(1)} % of COPY), COPY ${Math.round(ROWS / copy.seconds)} rows/s, ${(api.bytes / MB).toFixed(0)} MiB each; API RSS ${(api.rssBefore / MB).toFixed(0)} → peak ${(api.rssPeak / MB).toFixed(0)} MiB (+${(api.growth / MB).toFixed(1)})`,
    );
  }

  const summary = {
    date: new Date().toISOString(),
    machine: machineDescription(),
    settings: {
      rounds: ROUNDS,
      rows: ROWS,
      sensors: SENSORS,
      intervalSeconds: INTERVAL_S,
      timeZone: TIME_ZONE,
      serverCpus: SERVER_CPU ?? 'all',
    },
    load: { seconds: loadSeconds },
    csvBytes: results.api[0].bytes,
    api: {
      rowsPerSecondMedian: median(results.api.map((r) => ROWS / r.seconds)),
      rssGrowthMaxBytes: Math.max(...results.api.map((r) => r.growth)),
      rssBeforeBytes: results.api.map((r) => r.rssBefore),
      rssPeakBytes: results.api.map((r) => r.rssPeak),
    },
    copy: { rowsPerSecondMedian: median(results.copy.map((r) => ROWS / r.seconds)) },
    ratioMedian: median(results.ratios),
  };
  summary.goalMet = summary.ratioMedian >= 0.5 && summary.api.rssGrowthMaxBytes <= 50 * MB;
  await saveResult('export', summary);
  console.log(`
| path | rows/s (median of ${ROUNDS}) | of COPY (median ratio) | peak RSS growth (max) |
|---|---|---|---|
| GET /api/v1/readings/export.csv (${SENSORS} sensors, ${ROWS.toLocaleString('en')} rows, ${(summary.csvBytes / MB).toFixed(0)} MiB) | ${Math.round(summary.api.rowsPerSecondMedian)} | ${(summary.ratioMedian * 100).toFixed(1)} % | ${(summary.api.rssGrowthMaxBytes / MB).toFixed(1)} MiB |
| COPY (same SELECT) TO STDOUT through a pg client | ${Math.round(summary.copy.rowsPerSecondMedian)} | 100 % | |

Goal: ≥ 50 % of COPY and RSS growth ≤ 50 MB — ${summary.goalMet ? 'met' : 'NOT met'}. ${summary.machine}; API and PostgreSQL on CPU ${SERVER_CPU ?? 'any'}, client on CPU 1.`);
} finally {
  await db.end().catch(() => undefined);
  await app.stop();
}
