import { Injectable } from '@nestjs/common';
import {
  type History,
  type HistoryQuerySchema,
  type Page,
  QUANTITIES,
  type Quantity,
  type QuantityStatistics,
  type ReadingPageQuerySchema,
  type ReadingRow,
  type SeriesPoint,
} from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { NotFoundError } from '../../common/domain-errors.js';
import { decimate } from './decimate.js';
import { BUCKET_MS, ROLLUP_TABLE, seriesSource, type Tile, tilesOf } from './history-tiles.js';
import { isoTimed, RangeStatistics } from './range-statistics.js';
import { queryPrepared } from '../../database/prepared-statements.js';
import { ROLLUPS, type RollupSource } from './reading-rollups.js';

interface SensorWindow {
  sensorId: string;
  from: Date;
  to: Date;
  intervalMs: number;
}

type Row = Record<string, number | string | Date | null>;

/** A stretch of whole rollup buckets in a long range's series: its extremes, from `start` (epoch ms). */
type SeriesGroup = Record<`${Quantity}_${'min' | 'max'}`, number> & { start: number };

/**
 * History of one sensor over a range: statistics and a downsampled series of corrected values. Short
 * ranges read raw readings (time-weighted statistics, exact); long ones read the rollups, tiled so
 * that counts, sums and extremes stay exact (the mean then weighs readings equally, which is the
 * time weighting when readings come at their interval; gaps count as uncovered either way).
 */
@Injectable()
export class HistoryService {
  constructor(private readonly dataSource: DataSource) {}

  async history(sensorId: string, query: z.output<typeof HistoryQuerySchema>): Promise<History> {
    const from = new Date(query.from);
    const to = new Date(query.to);
    const source = seriesSource(from.getTime(), to.getTime());
    const base = { sensorId, from: from.toISOString(), to: to.toISOString(), source };
    if (source === 'raw') {
      const window = await this.window(sensorId, query.from, query.to);
      return { ...base, ...(await this.fromReadings(window, query.points)) };
    }
    // One round trip: the figures in one statement, the series in another alongside it.
    const [summary, series] = await Promise.all([
      this.rollupSummary(sensorId, from, to),
      this.rollupSeries(sensorId, from, to, source, query.points),
    ]);
    if (!summary) throw new NotFoundError('Sensor', sensorId);
    const count = Number(summary.count ?? 0);
    const first = summary.first_time as Date | null;
    const last = summary.last_time as Date | null;
    const statistics = Object.fromEntries(
      QUANTITIES.map((quantity) => {
        if (count === 0 || !first || !last) return [quantity, null];
        const extreme = (which: 'min' | 'max') => ({
          time: ((summary[`${quantity}_${which}_time`] as Date | null) ?? from).toISOString(),
          value: Number(summary[`${quantity}_${which}`]),
        });
        const stats: QuantityStatistics = {
          min: extreme('min'),
          max: extreme('max'),
          mean: Number(summary[`${quantity}_sum`]) / count,
          first: { time: first.toISOString(), value: summary[`first_${quantity}`] as number },
          last: { time: last.toISOString(), value: summary[`last_${quantity}`] as number },
        };
        return [quantity, stats];
      }),
    ) as History['statistics'];
    return {
      ...base,
      count,
      coverage: (Number(summary.covered ?? 0) / (to.getTime() - from.getTime())) * 100,
      statistics,
      series,
    };
  }

  /** A page of stored readings, raw and corrected, with the certificate that corrected each. */
  async readings(
    sensorId: string,
    query: z.output<typeof ReadingPageQuerySchema>,
  ): Promise<Page<ReadingRow>> {
    const window = await this.window(sensorId, query.from, query.to);
    const [rows, total] = await Promise.all([
      this.dataSource.query(
        `SELECT r.time, r.temperature_raw, r.humidity_raw, r.temperature, r.humidity, r.certificate_id, c.number
           FROM readings r LEFT JOIN calibration_certificates c ON c.id = r.certificate_id
          WHERE r.sensor_id = $1 AND r.time >= $2 AND r.time < $3
          ORDER BY r.time ${query.order === 'asc' ? 'ASC' : 'DESC'} OFFSET $4 LIMIT $5`,
        [sensorId, window.from, window.to, (query.page - 1) * query.pageSize, query.pageSize],
      ),
      this.count(window),
    ]);
    return {
      total,
      items: rows.map((row: Row) => ({
        time: (row.time as Date).toISOString(),
        temperatureRaw: row.temperature_raw as number,
        humidityRaw: row.humidity_raw as number,
        temperature: row.temperature as number,
        humidity: row.humidity as number,
        certificateId: (row.certificate_id as string | null) ?? null,
        certificateNumber: (row.number as string | null) ?? null,
      })),
    };
  }

  /** The sensor (404 when unknown) and the range as dates, with the interval readings come at. */
  async window(sensorId: string, from: string, to: string): Promise<SensorWindow> {
    const [sensor] = await this.dataSource.query(
      `SELECT i.storage_interval_s FROM sensors s JOIN instruments i ON i.id = s.instrument_id WHERE s.id = $1`,
      [sensorId],
    );
    if (!sensor) throw new NotFoundError('Sensor', sensorId);
    return { sensorId, from: new Date(from), to: new Date(to), intervalMs: sensor.storage_interval_s * 1000 };
  }

  private async fromReadings(window: SensorWindow, points: number) {
    const rows: { time: Date; temperature: number; humidity: number }[] = await this.dataSource.query(
      `SELECT time, temperature, humidity FROM readings WHERE sensor_id = $1 AND time >= $2 AND time < $3 ORDER BY time`,
      [window.sensorId, window.from, window.to],
    );
    const statistics = new RangeStatistics({
      from: window.from.getTime(),
      to: window.to.getTime(),
      intervalMs: window.intervalMs,
    });
    for (const row of rows)
      statistics.add({ time: row.time.getTime(), temperature: row.temperature, humidity: row.humidity });
    const result = statistics.result();
    const toStats = (stats: typeof result.temperature): QuantityStatistics | null =>
      stats && {
        min: isoTimed(stats.min),
        max: isoTimed(stats.max),
        mean: stats.mean,
        first: isoTimed(stats.first),
        last: isoTimed(stats.last),
      };
    const series = (quantity: Quantity) =>
      decimate(
        rows.map((row) => {
          const time = row.time.getTime();
          return { minTime: time, min: row[quantity], maxTime: time, max: row[quantity] };
        }),
        points,
      ).map((point): SeriesPoint => [point.time, point.value]);
    return {
      count: result.count,
      coverage: result.coverage,
      statistics: { temperature: toStats(result.temperature), humidity: toStats(result.humidity) },
      series: { temperature: series('temperature'), humidity: series('humidity') },
    };
  }

  /** How many readings the range holds, from the coarsest buckets that fit (see tilesOf). */
  async count(window: SensorWindow): Promise<number> {
    const statement = new Statement([window.sensorId, window.intervalMs]);
    const tiles = tilePlaceholders(window.from, window.to, statement);
    const [row]: Row[] = await this.dataSource.query(
      `SELECT count FROM (${totalsSql(tiles, '$2::float8')}) totals`,
      statement.parameters,
    );
    return Number(row?.count ?? 0);
  }

  /**
   * Everything but the series of a long range, in one statement (no row when the sensor is unknown):
   * the totals from the tiles; when each extreme was first reached, searched from the tile's rollup
   * level down through each finer one to the reading (one indexed step each); the first and last reading.
   */
  private async rollupSummary(sensorId: string, from: Date, to: Date): Promise<Row | undefined> {
    const statement = new Statement([sensorId, from, to]);
    const tiles = tilePlaceholders(from, to, statement);
    const extremeTimes = QUANTITIES.flatMap((quantity) =>
      (['min', 'max'] as const).map((extreme) => {
        const column = `${quantity}_${extreme}`;
        const searches = tiles.map((tile) => firstReadingSql(quantity, `totals.${column}`, tile, column));
        return `(SELECT min(time) FROM (${searches.join(' UNION ALL ')}) found) AS ${column}_time`;
      }),
    );
    const edge = (name: string, order: 'ASC' | 'DESC') =>
      `LEFT JOIN LATERAL (SELECT time AS ${name}_time, ${QUANTITIES.map((q) => `${q} AS ${name}_${q}`).join(', ')}
          FROM readings WHERE sensor_id = $1 AND time >= $2 AND time < $3 ORDER BY time ${order} LIMIT 1) ${name} ON true`;
    const [row] = await queryPrepared<Row>(
      this.dataSource.manager,
      `WITH sensor AS (SELECT i.storage_interval_s * 1000 AS interval_ms
                         FROM sensors s JOIN instruments i ON i.id = s.instrument_id WHERE s.id = $1),
            totals AS (${totalsSql(tiles, '(SELECT interval_ms FROM sensor)::float8')})
       SELECT totals.*, ${extremeTimes.join(', ')}, first.*, last.*
         FROM sensor CROSS JOIN totals ${edge('first', 'ASC')} ${edge('last', 'DESC')}`,
      statement.parameters,
    );
    return row;
  }

  /**
   * The series from the rollups, grouped in the database into as many equal stretches of whole buckets
   * as the chart has room for (two points each): a year of hours travels as ~1,000 rows, not 8,760.
   */
  private async rollupSeries(sensorId: string, from: Date, to: Date, source: RollupSource, points: number) {
    const bucketMs = BUCKET_MS[source];
    const start = Math.floor(from.getTime() / bucketMs) * bucketMs;
    const buckets = Math.ceil((to.getTime() - start) / bucketMs);
    const strideMs = bucketMs * Math.max(1, Math.ceil(buckets / Math.floor(points / 2)));
    const groups = await queryPrepared<SeriesGroup>(
      this.dataSource.manager,
      `SELECT extract(epoch FROM date_bin(make_interval(secs => $4::float8 / 1000), bucket, TIMESTAMPTZ '1970-01-01'))::float8 * 1000 AS start,
              ${QUANTITIES.map((q) => `min(${q}_min) AS ${q}_min, max(${q}_max) AS ${q}_max`).join(', ')}
         FROM ${ROLLUP_TABLE[source]} WHERE sensor_id = $1 AND bucket >= $2 AND bucket < $3
        GROUP BY 1 ORDER BY 1`,
      [sensorId, new Date(start), to, strideMs],
    );
    // Where in its stretch an extreme fell is not kept: both are placed inside it, low first. There are
    // at most points / 2 stretches, so every one gives its two points.
    const series = (quantity: Quantity) =>
      groups.flatMap((group): SeriesPoint[] => [
        [group.start, group[`${quantity}_min`]],
        [group.start + strideMs / 2, group[`${quantity}_max`]],
      ]);
    return { temperature: series('temperature'), humidity: series('humidity') };
  }
}

/** An SQL statement's parameter list, each added value named by its placeholder. */
class Statement {
  constructor(readonly parameters: unknown[]) {}

  parameter(value: unknown): string {
    return `$${this.parameters.push(value)}`;
  }
}

/** A tile with the placeholders of its bounds. */
type TileSql = Tile & { fromSql: string; toSql: string };

/** The tiles covering [from, to) (see tilesOf), their bounds added to the statement's parameters. */
function tilePlaceholders(from: Date, to: Date, statement: Statement): TileSql[] {
  return tilesOf(from.getTime(), to.getTime()).map((tile) => ({
    ...tile,
    fromSql: statement.parameter(new Date(tile.from)),
    toSql: statement.parameter(new Date(tile.to)),
  }));
}

/** Count, covered time and per-quantity min, max and sum over the tiles (`$1` is the sensor). */
function totalsSql(tiles: TileSql[], intervalMs: string): string {
  const parts = tiles.map((tile) => tileAggregate(tile, intervalMs));
  return `SELECT sum(count)::float8 AS count, sum(covered)::float8 AS covered,
                 ${QUANTITIES.map((q) => `min(${q}_min) AS ${q}_min, max(${q}_max) AS ${q}_max, sum(${q}_sum) AS ${q}_sum`).join(', ')}
            FROM (${parts.join(' UNION ALL ')}) tiles`;
}

/**
 * The first reading in the tile whose `quantity` equals `value` (an SQL expression), given that
 * `column` of the tile's rollup level holds it: from that level down through each finer one
 * (six-hour → hour → minute) to the reading, one indexed step each.
 */
function firstReadingSql(quantity: Quantity, value: string, tile: TileSql, column: string): string {
  const levels = ROLLUPS.slice(0, ROLLUPS.findIndex((level) => level.source === tile.source) + 1).reverse();
  const steps: string[] = [];
  let range = (name: string) => `${name} >= ${tile.fromSql} AND ${name} < ${tile.toSql}`;
  for (const [index, level] of levels.entries()) {
    const alias = `b${index}`;
    steps.push(
      `(SELECT bucket FROM ${level.table} WHERE sensor_id = $1 AND ${range('bucket')} AND ${column} = ${value} ORDER BY bucket LIMIT 1) ${alias}`,
    );
    range = (name) =>
      `${name} >= ${alias}.bucket AND ${name} < ${alias}.bucket + interval '${level.ms / 1000} seconds'`;
  }
  steps.push(
    `(SELECT time FROM readings WHERE sensor_id = $1 AND ${range('time')} AND ${quantity} = ${value} ORDER BY time LIMIT 1) r`,
  );
  return `SELECT r.time FROM ${steps.join(' CROSS JOIN LATERAL ')}`;
}

/** One tile's count, covered time (each reading covers at most its interval) and aggregates. */
function tileAggregate(tile: TileSql, intervalMs: string): string {
  if (tile.source === 'raw')
    return `SELECT count(*) AS count, least(count(*) * ${intervalMs}, extract(epoch FROM ${tile.toSql}::timestamptz - ${tile.fromSql}::timestamptz) * 1000) AS covered,
              ${QUANTITIES.map((q) => `min(${q}) AS ${q}_min, max(${q}) AS ${q}_max, sum(${q}) AS ${q}_sum`).join(', ')}
              FROM readings WHERE sensor_id = $1 AND time >= ${tile.fromSql} AND time < ${tile.toSql}`;
  const table = ROLLUP_TABLE[tile.source];
  return `SELECT sum(count) AS count, sum(least(count * ${intervalMs}, ${BUCKET_MS[tile.source]})) AS covered,
            ${QUANTITIES.map((q) => `min(${q}_min) AS ${q}_min, max(${q}_max) AS ${q}_max, sum(${q}_sum) AS ${q}_sum`).join(', ')}
            FROM ${table} WHERE sensor_id = $1 AND bucket >= ${tile.fromSql} AND bucket < ${tile.toSql}`;
}
