// Large histories of readings for the history and export benchmarks, written straight into the
// PostgreSQL of the benchmarked app (not through the API: loading millions of rows is not what is
// measured), with their 1-minute and 1-hour rollups built by the API's own rebuild, and helpers to
// watch the app's process.
import { readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../scripts/lib.mjs';

const DAY_S = 86_400;
const MONTH_S = 30 * DAY_S;

/** A calibration certificate with one point per quantity: a constant correction of +0.1 °C and +0.8 %rh. */
export const CORRECTION = { temperature: 0.1, humidity: 0.8 };

/**
 * Creates, directly in PostgreSQL, a certificate valid from `from` for the sensor (no recompute job:
 * the rows are written already corrected). Returns its id.
 */
export async function insertCertificate(db, sensorId, from, number) {
  const { rows } = await db.query(
    `INSERT INTO calibration_certificates (sensor_id, number, calibrated_on, valid_from, due_on, laboratory,
                                           temperature_points, humidity_points, version)
     VALUES ($1, $2, $3::timestamptz::date, $3, ($3::timestamptz + interval '1 year')::date, 'Bench laboratory',
             $4, $5, 1)
     RETURNING id`,
    [
      sensorId,
      number,
      from,
      JSON.stringify([{ reference: 20 + CORRECTION.temperature, indication: 20 }]),
      JSON.stringify([{ reference: 50 + CORRECTION.humidity, indication: 50 }]),
    ],
  );
  return rows[0].id;
}

/**
 * Writes `count` readings of one sensor every `intervalS` seconds from `from` into `readings`, in
 * monthly statements, with raw values that follow a seasonal and a daily swing with noise and one
 * excursion, and corrected values by the certificate. Foreign keys are not checked row by row (the
 * sensor and certificate exist), which is what makes ≈ 6 M rows load in about a minute per core.
 */
export async function loadReadings(db, { sensorId, certificateId, from, count, intervalS, seed, log }) {
  const start = Date.parse(from);
  const perStatement = Math.floor(MONTH_S / intervalS);
  await db.query('SET session_replication_role = replica');
  await db.query('SELECT setseed($1)', [seed]);
  const began = performance.now();
  try {
    for (let first = 0; first < count; first += perStatement) {
      const last = Math.min(count, first + perStatement) - 1;
      await db.query(
        `INSERT INTO readings (sensor_id, time, received_at, temperature_raw, humidity_raw, temperature, humidity, certificate_id)
         SELECT $1, v.time, v.time + interval '1 second', v.t, v.h, v.t + ${CORRECTION.temperature}, v.h + ${CORRECTION.humidity}, $2
           FROM (SELECT $3::timestamptz + n * interval '${intervalS} seconds' AS time,
                        round((20 + 4 * sin(2 * pi() * n / $4::float8 - 1.9) + 1.5 * sin(2 * pi() * (n * ${intervalS} % ${DAY_S}) / ${DAY_S} - 2)
                               + 0.3 * (random() - 0.5)
                               + CASE WHEN n BETWEEN $4::float8 * 0.6 AND $4::float8 * 0.6 + 1440 THEN 7 * sin(pi() * (n - $4::float8 * 0.6) / 1440) ELSE 0 END
                              )::numeric, 3)::float8 AS t,
                        round((50 + 12 * sin(2 * pi() * n / $4::float8 + 0.5) + 6 * sin(2 * pi() * (n * ${intervalS} % ${DAY_S}) / ${DAY_S} + 1)
                               + 2 * (random() - 0.5))::numeric, 2)::float8 AS h
                   FROM generate_series($5::bigint, $6::bigint) AS n) v`,
        [sensorId, certificateId, new Date(start).toISOString(), count, first, last],
      );
      log?.(
        `  ${(last + 1).toLocaleString('en')} / ${count.toLocaleString('en')} rows (${Math.round((performance.now() - began) / 1000)} s)`,
      );
    }
  } finally {
    await db.query('SET session_replication_role = DEFAULT');
  }
  return { from: new Date(start), to: new Date(start + count * intervalS * 1000) };
}

/** Builds the sensor's 1-minute and 1-hour rollups over [from, to) with the API's own rebuild. */
export async function buildRollups(db, sensorId, from, to) {
  const { rebuildRollups } = await import(
    path.join(ROOT, 'apps/api/dist/modules/measurements/reading-rollups.js')
  );
  await db.query('BEGIN');
  try {
    // Minute and hour buckets in UTC, as the batch writer keys them.
    await db.query(`SET LOCAL TimeZone = 'UTC'`);
    await rebuildRollups(db, sensorId, from, to);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

/** Waits until no background job (the demo's certificate recomputes) is queued or running. */
export async function jobsIdle(db, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM jobs WHERE state IN ('queued', 'running')`,
    );
    if (rows[0].n === 0) return;
    if (Date.now() > deadline) throw new Error(`${rows[0].n} background jobs still pending`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The id of the process listening on 127.0.0.1:`port` (from /proc: the socket's inode, then its owner). */
export async function pidListeningOn(port) {
  const table = await readFile('/proc/net/tcp', 'utf8');
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inode = table
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .find((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A')?.[9];
  if (!inode) throw new Error(`nothing listens on port ${port}`);
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => []);
    for (const fd of fds) {
      const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
      if (target === `socket:[${inode}]`) return Number(pid);
    }
  }
  throw new Error(`no process owns the socket listening on port ${port}`);
}

/** VmRSS and VmHWM (peak since start or since the last `resetPeakRss`) of a process, in bytes. */
export async function memoryOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

/** Resets the process's peak RSS (VmHWM) to its current RSS (Linux `clear_refs`, value 5). */
export async function resetPeakRss(pid) {
  await writeFile(`/proc/${pid}/clear_refs`, '5');
}
