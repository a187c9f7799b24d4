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
} from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { NotFoundError } from '../../common/domain-errors.js';
import { type Bucket, decimate } from './decimate.js';
import { BUCKET_MS, ROLLUP_TABLE, seriesSource, type Tile, tilesOf } from './history-tiles.js';
import { RangeStatistics } from './range-statistics.js';
import { ROLLUPS, type RollupSource } from './reading-rollups.js';

interface SensorWindow {
  sensorId: string;
  from: Date;
  to: Date;
  intervalMs: number;
}

interface Totals {
  count: number;
  coveredMs: number;
  quantities: Record<Quantity, { min: number; max: number; sum: number } | null>;
}

type Row = Record<string, number | string | Date | null>;

/** A stretch of whole rollup buckets in a long range's series: its extremes, from `start` to `end` (epoch ms). */
type SeriesGroup = Record<`${Quantity}_${'min' | 'max'}`, number> & { start: number; end: number };

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
    const window = await this.window(sensorId, query.from, query.to);
    const source = seriesSource(window.from.getTime(), window.to.getTime());
    const base = { sensorId, from: window.from.toISOString(), to: window.to.toISOString(), source };
    if (source === 'raw') return { ...base, ...(await this.fromReadings(window, query.points)) };
    const [totals, { series, groups }, edges] = await Promise.all([
      this.totals(window),
      this.rollupSeries(window, source, query.points),
      this.firstAndLast(window),
    ]);
    const targets = QUANTITIES.flatMap((quantity) => {
      const figures = totals.quantities[quantity];
      if (!figures) return [];
      return (['min', 'max'] as const).map((extreme) => ({
        quantity,
        extreme,
        value: figures[extreme],
        hint: groups.find((group) => group[`${quantity}_${extreme}`] === figures[extreme]),
      }));
    });
    const times = await this.locate(window, targets);
    const statistics = Object.fromEntries(
      QUANTITIES.map((quantity) => {
        const figures = totals.quantities[quantity];
        const { first, last } = edges;
        if (!figures || !first || !last || totals.count === 0) return [quantity, null];
        const timeOf = (extreme: 'min' | 'max') =>
          times.get(`${quantity}_${extreme}`) ?? window.from.toISOString();
        const stats: QuantityStatistics = {
          min: { time: timeOf('min'), value: figures.min },
          max: { time: timeOf('max'), value: figures.max },
          mean: figures.sum / totals.count,
          first: { time: first.time, value: first[quantity] },
          last: { time: last.time, value: last[quantity] },
        };
        return [quantity, stats];
      }),
    ) as History['statistics'];
    return {
      ...base,
      count: totals.count,
      coverage: (totals.coveredMs / (window.to.getTime() - window.from.getTime())) * 100,
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
    const [rows, totals] = await Promise.all([
      this.dataSource.query(
        `SELECT r.time, r.temperature_raw, r.humidity_raw, r.temperature, r.humidity, r.certificate_id, c.number
           FROM readings r LEFT JOIN calibration_certificates c ON c.id = r.certificate_id
          WHERE r.sensor_id = $1 AND r.time >= $2 AND r.time < $3
          ORDER BY r.time ${query.order === 'asc' ? 'ASC' : 'DESC'} OFFSET $4 LIMIT $5`,
        [sensorId, window.from, window.to, (query.page - 1) * query.pageSize, query.pageSize],
      ),
      this.totals(window),
    ]);
    return {
      total: totals.count,
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
        min: at(stats.min),
        max: at(stats.max),
        mean: stats.mean,
        first: at(stats.first),
        last: at(stats.last),
      };
    const series = (quantity: Quantity) =>
      decimate(
        rows.map((row) => {
          const time = row.time.getTime();
          return { minTime: time, min: row[quantity], maxTime: time, max: row[quantity] };
        }),
        points,
      ).map(at);
    return {
      count: result.count,
      coverage: result.coverage,
      statistics: { temperature: toStats(result.temperature), humidity: toStats(result.humidity) },
      series: { temperature: series('temperature'), humidity: series('humidity') },
    };
  }

  /** Exact count, extremes and sums over the range, from the coarsest buckets that fit (see tilesOf). */
  async totals(window: SensorWindow): Promise<Totals> {
    const tiles = tilesOf(window.from.getTime(), window.to.getTime());
    const parameters: unknown[] = [window.sensorId, window.intervalMs];
    const parts = tiles.map((tile) => {
      parameters.push(new Date(tile.from), new Date(tile.to));
      return tileAggregate(tile, parameters.length - 1, parameters.length);
    });
    const [row]: Row[] = await this.dataSource.query(
      `SELECT sum(count)::float8 AS count, sum(covered)::float8 AS covered,
              ${QUANTITIES.map((q) => `min(${q}_min) AS ${q}_min, max(${q}_max) AS ${q}_max, sum(${q}_sum) AS ${q}_sum`).join(', ')}
         FROM (${parts.join(' UNION ALL ')}) tiles`,
      parameters,
    );
    const count = Number(row?.count ?? 0);
    return {
      count,
      coveredMs: Number(row?.covered ?? 0),
      quantities: Object.fromEntries(
        QUANTITIES.map((q) => [
          q,
          count === 0
            ? null
            : {
                min: Number(row?.[`${q}_min`]),
                max: Number(row?.[`${q}_max`]),
                sum: Number(row?.[`${q}_sum`]),
              },
        ]),
      ) as Totals['quantities'],
    };
  }

  /**
   * The series from the rollups, grouped in the database into as many equal stretches of whole buckets
   * as the chart has room for (two points each): a year of hours travels as ~1,000 rows, not 8,760.
   * The groups also tell where each extreme lies, for `locate`.
   */
  private async rollupSeries(window: SensorWindow, source: RollupSource, points: number) {
    const bucketMs = BUCKET_MS[source];
    const from = Math.floor(window.from.getTime() / bucketMs) * bucketMs;
    const buckets = Math.ceil((window.to.getTime() - from) / bucketMs);
    const strideMs = bucketMs * Math.max(1, Math.ceil(buckets / Math.floor(points / 2)));
    const groups: SeriesGroup[] = await this.dataSource.query(
      `SELECT extract(epoch FROM date_bin(make_interval(secs => $4::float8 / 1000), bucket, TIMESTAMPTZ '1970-01-01'))::float8 * 1000 AS start,
              ${QUANTITIES.map((q) => `min(${q}_min) AS ${q}_min, max(${q}_max) AS ${q}_max`).join(', ')}
         FROM ${ROLLUP_TABLE[source]} WHERE sensor_id = $1 AND bucket >= $2 AND bucket < $3
        GROUP BY 1 ORDER BY 1`,
      [window.sensorId, new Date(from), window.to, strideMs],
    );
    for (const group of groups) group.end = group.start + strideMs;
    const series = (quantity: Quantity) =>
      decimate(
        groups.map((group): Bucket => {
          const start = group.start;
          // Where in its stretch an extreme fell is not kept: both are placed inside it, low first.
          return {
            minTime: start,
            min: group[`${quantity}_min`],
            maxTime: start + strideMs / 2,
            max: group[`${quantity}_max`],
          };
        }),
        points,
      ).map(at);
    return { series: { temperature: series('temperature'), humidity: series('humidity') }, groups };
  }

  private async firstAndLast(window: SensorWindow) {
    const edge = async (order: 'ASC' | 'DESC') => {
      const [row] = await this.dataSource.query(
        `SELECT time, temperature, humidity FROM readings WHERE sensor_id = $1 AND time >= $2 AND time < $3 ORDER BY time ${order} LIMIT 1`,
        [window.sensorId, window.from, window.to],
      );
      return row
        ? {
            time: (row.time as Date).toISOString(),
            temperature: row.temperature as number,
            humidity: row.humidity as number,
          }
        : null;
    };
    const [first, last] = await Promise.all([edge('ASC'), edge('DESC')]);
    return { first, last };
  }

  /**
   * When each extreme was first reached, all in one statement: per tile, the first hour bucket holding
   * the value, the first minute in it, the first reading in that (each an indexed lookup). A target's
   * `hint`, the first series group holding its value, narrows a long tile to that stretch; only when the
   * hinted stretches come back empty are the whole tiles searched.
   */
  private async locate(window: SensorWindow, targets: ExtremeTarget[]): Promise<Map<string, string>> {
    const tiles = tilesOf(window.from.getTime(), window.to.getTime());
    const found = new Map<string, string>();
    const hinted = (target: ExtremeTarget): Tile[] | null => {
      const hint = target.hint;
      if (!hint) return null;
      return tiles.flatMap((tile) => {
        if (tile.source === 'raw') return [tile];
        // Whole buckets of the tile's size, so that the lookups see every bucket of the stretch.
        const size = BUCKET_MS[tile.source];
        const from = Math.max(tile.from, Math.floor(hint.start / size) * size);
        const to = Math.min(tile.to, Math.ceil(hint.end / size) * size);
        return from < to ? [{ ...tile, from, to }] : [];
      });
    };
    const search = async (lookups: { target: ExtremeTarget; tile: Tile }[]) => {
      if (lookups.length === 0) return;
      const parameters: unknown[] = [window.sensorId];
      const parameter = (value: unknown) => `$${parameters.push(value)}`;
      const statements = lookups.map(({ target, tile }) => firstReadingSql(target, tile, parameter));
      const rows: { target: string; time: Date }[] = await this.dataSource.query(
        `SELECT target, min(time) AS time FROM (${statements.join(' UNION ALL ')}) found GROUP BY target`,
        parameters,
      );
      for (const row of rows) found.set(row.target, row.time.toISOString());
    };
    await search(targets.flatMap((target) => (hinted(target) ?? tiles).map((tile) => ({ target, tile }))));
    const missed = targets.filter((target) => !found.has(keyOf(target)));
    await search(missed.flatMap((target) => tiles.map((tile) => ({ target, tile }))));
    return found;
  }
}

/** One extreme to locate: `hint` is the first series group holding its value. */
interface ExtremeTarget {
  quantity: Quantity;
  extreme: 'min' | 'max';
  value: number;
  hint: SeriesGroup | undefined;
}

const keyOf = (target: ExtremeTarget) => `${target.quantity}_${target.extreme}`;

/**
 * The first reading in the tile with the target's value: from the tile's rollup level down through each
 * finer one (six-hour → hour → minute) to the reading, one indexed step each.
 */
function firstReadingSql(target: ExtremeTarget, tile: Tile, parameter: (value: unknown) => string): string {
  const column = keyOf(target);
  const value = parameter(target.value);
  const from = parameter(new Date(tile.from));
  const to = parameter(new Date(tile.to));
  const levels = ROLLUPS.slice(0, ROLLUPS.findIndex((level) => level.source === tile.source) + 1).reverse();
  const steps: string[] = [];
  let range = (name: string) => `${name} >= ${from} AND ${name} < ${to}`;
  for (const [index, level] of levels.entries()) {
    const alias = `b${index}`;
    steps.push(
      `(SELECT bucket FROM ${level.table} WHERE sensor_id = $1 AND ${range('bucket')} AND ${column} = ${value} ORDER BY bucket LIMIT 1) ${alias}`,
    );
    range = (name) =>
      `${name} >= ${alias}.bucket AND ${name} < ${alias}.bucket + interval '${level.ms / 1000} seconds'`;
  }
  steps.push(
    `(SELECT time FROM readings WHERE sensor_id = $1 AND ${range('time')} AND ${target.quantity} = ${value} ORDER BY time LIMIT 1) r`,
  );
  return `SELECT '${column}' AS target, r.time FROM ${steps.join(' CROSS JOIN LATERAL ')}`;
}

const at = (point: { time: number; value: number }) => ({
  time: new Date(point.time).toISOString(),
  value: point.value,
});

/** One tile's count, covered time (each reading covers at most its interval) and aggregates. */
function tileAggregate(tile: Tile, fromParameter: number, toParameter: number): string {
  if (tile.source === 'raw')
    return `SELECT count(*) AS count, least(count(*) * $2::float8, extract(epoch FROM $${toParameter}::timestamptz - $${fromParameter}::timestamptz) * 1000) AS covered,
              ${QUANTITIES.map((q) => `min(${q}) AS ${q}_min, max(${q}) AS ${q}_max, sum(${q}) AS ${q}_sum`).join(', ')}
              FROM readings WHERE sensor_id = $1 AND time >= $${fromParameter} AND time < $${toParameter}`;
  const table = ROLLUP_TABLE[tile.source];
  return `SELECT sum(count) AS count, sum(least(count * $2::float8, ${BUCKET_MS[tile.source]})) AS covered,
            ${QUANTITIES.map((q) => `min(${q}_min) AS ${q}_min, max(${q}_max) AS ${q}_max, sum(${q}_sum) AS ${q}_sum`).join(', ')}
            FROM ${table} WHERE sensor_id = $1 AND bucket >= $${fromParameter} AND bucket < $${toParameter}`;
}
