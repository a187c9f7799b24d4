import type { PoolClient } from 'pg';

/** The values of a stored reading that rollups aggregate. */
export interface RolledReading {
  sensorId: string;
  time: Date;
  temperatureRaw: number;
  humidityRaw: number;
  temperature: number;
  humidity: number;
}

/** The rollup levels, finest first; each is built from the one before it (the first from the readings). */
export const ROLLUPS = [
  { source: 'minute', table: 'readings_1m', ms: 60_000 },
  { source: 'hour', table: 'readings_1h', ms: 3_600_000 },
  { source: 'six-hour', table: 'readings_6h', ms: 21_600_000 },
] as const;
export type RollupSource = (typeof ROLLUPS)[number]['source'];

/** The start of the bucket of `size` ms holding `column` (epoch-aligned, whatever the session time zone). */
const binOf = (ms: number, column: string) =>
  `date_bin(interval '${ms / 1000} seconds', ${column}, TIMESTAMPTZ '1970-01-01')`;

const QUANTITIES = ['temperature', 'humidity', 'temperature_raw', 'humidity_raw'] as const;
const FIELDS = ['temperature', 'humidity', 'temperatureRaw', 'humidityRaw'] as const;
const AGGREGATE_COLUMNS = QUANTITIES.flatMap((q) => [`${q}_min`, `${q}_max`, `${q}_sum`]);
const COLUMNS = ['sensor_id', 'bucket', 'count', ...AGGREGATE_COLUMNS];
const UPSERT_SET = [
  'count = r.count + EXCLUDED.count',
  ...QUANTITIES.flatMap((q) => [
    `${q}_min = LEAST(r.${q}_min, EXCLUDED.${q}_min)`,
    `${q}_max = GREATEST(r.${q}_max, EXCLUDED.${q}_max)`,
    `${q}_sum = r.${q}_sum + EXCLUDED.${q}_sum`,
  ]),
].join(', ');

/** Statements that add a batch's aggregates to a rollup table, keyed by table name. */
const UPSERTS = Object.fromEntries(
  ROLLUPS.map(({ table }) => [
    table,
    `INSERT INTO ${table} AS r (${COLUMNS.join(', ')})
     SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::int[], ${AGGREGATE_COLUMNS.map((_, index) => `$${index + 4}::float8[]`).join(', ')})
     ON CONFLICT (sensor_id, bucket) DO UPDATE SET ${UPSERT_SET}`,
  ]),
);

/** Advisory lock class of "a sensor's readings and rollups are being rewritten". */
const SENSOR_LOCK_CLASS = 1620;

/**
 * Writers of new readings hold their sensors' locks shared (they never block each other); a rebuild
 * holds its sensor's exclusively, so it never interleaves with a batch adding to the same buckets.
 */
export async function lockSensors(
  client: PoolClient,
  sensorIds: readonly string[],
  mode: 'shared' | 'exclusive',
) {
  const lock = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await client.query(`SELECT ${lock}(${SENSOR_LOCK_CLASS}, hashtext(id)) FROM unnest($1::text[]) AS id`, [
    [...new Set(sensorIds)],
  ]);
}

/**
 * Adds newly stored readings to the 1-minute, 1-hour and 6-hour rollups, in the caller's transaction. Buckets
 * are sent in (sensor, bucket) order so concurrent writers lock rollup rows in the same order.
 */
export async function addToRollups(client: PoolClient, readings: readonly RolledReading[]): Promise<void> {
  if (readings.length === 0) return;
  for (const { table, ms } of ROLLUPS) {
    const buckets = new Map<string, { sensorId: string; bucket: number; count: number; values: number[] }>();
    for (const reading of readings) {
      const bucket = Math.floor(reading.time.getTime() / ms) * ms;
      const key = `${reading.sensorId}|${bucket}`;
      let entry = buckets.get(key);
      if (!entry) {
        entry = { sensorId: reading.sensorId, bucket, count: 0, values: [] };
        for (const field of FIELDS) entry.values.push(reading[field], reading[field], 0);
        buckets.set(key, entry);
      }
      entry.count += 1;
      FIELDS.forEach((field, index) => {
        const value = reading[field];
        const values = entry.values;
        values[index * 3] = Math.min(values[index * 3] as number, value);
        values[index * 3 + 1] = Math.max(values[index * 3 + 1] as number, value);
        values[index * 3 + 2] = (values[index * 3 + 2] as number) + value;
      });
    }
    const sorted = [...buckets.values()].sort((a, b) =>
      a.sensorId === b.sensorId ? a.bucket - b.bucket : a.sensorId < b.sensorId ? -1 : 1,
    );
    await client.query(UPSERTS[table] as string, [
      sorted.map((entry) => entry.sensorId),
      sorted.map((entry) => new Date(entry.bucket)),
      sorted.map((entry) => entry.count),
      ...AGGREGATE_COLUMNS.map((_, index) => sorted.map((entry) => entry.values[index])),
    ]);
  }
}

/**
 * Recomputes a sensor's rollup buckets that overlap [from, to) from its stored readings (after their
 * corrected values were rewritten): minutes from the readings, each coarser level from the one before.
 */
export async function rebuildRollups(
  client: PoolClient,
  sensorId: string,
  from: Date,
  to: Date,
): Promise<void> {
  const ofReadings = QUANTITIES.map((q) => `min(${q}), max(${q}), sum(${q})`).join(', ');
  const ofBuckets = QUANTITIES.map((q) => `min(${q}_min), max(${q}_max), sum(${q}_sum)`).join(', ');
  for (const [level, { table, ms }] of ROLLUPS.entries()) {
    const range = [sensorId, from, to];
    await client.query(
      `DELETE FROM ${table} WHERE sensor_id = $1 AND bucket >= ${binOf(ms, '$2::timestamptz')} AND bucket < $3`,
      range,
    );
    const finer = ROLLUPS[level - 1];
    const [source, column, count, aggregates] = finer
      ? [finer.table, 'bucket', 'sum(count)', ofBuckets]
      : ['readings', 'time', 'count(*)', ofReadings];
    await client.query(
      `INSERT INTO ${table} (${COLUMNS.join(', ')})
       SELECT sensor_id, ${binOf(ms, column)}, ${count}, ${aggregates} FROM ${source}
        WHERE sensor_id = $1 AND ${column} >= ${binOf(ms, '$2::timestamptz')}
          AND ${column} < ${binOf(ms, "$3::timestamptz - interval '1 microsecond'")} + interval '${ms / 1000} seconds'
        GROUP BY 1, 2`,
      range,
    );
  }
}
