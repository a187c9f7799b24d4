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
import { HOUR_MS, MINUTE_MS, seriesSource, type Tile, tilesOf } from './history-tiles.js';
import { RangeStatistics } from './range-statistics.js';

const TABLES = { minute: 'readings_1m', hour: 'readings_1h' } as const;
const BUCKET_MS = { minute: MINUTE_MS, hour: HOUR_MS } as const;

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
    const [totals, series, edges] = await Promise.all([
      this.totals(window),
      this.rollupSeries(window, source, query.points),
      this.firstAndLast(window),
    ]);
    const statistics = Object.fromEntries(
      await Promise.all(
        QUANTITIES.map(async (quantity) => {
          const figures = totals.quantities[quantity];
          const first = edges.first;
          const last = edges.last;
          if (!figures || !first || !last || totals.count === 0) return [quantity, null];
          const [minTime, maxTime] = await Promise.all([
            this.locate(window, quantity, 'min', figures.min),
            this.locate(window, quantity, 'max', figures.max),
          ]);
          const stats: QuantityStatistics = {
            min: { time: minTime, value: figures.min },
            max: { time: maxTime, value: figures.max },
            mean: figures.sum / totals.count,
            first: { time: first.time, value: first[quantity] },
            last: { time: last.time, value: last[quantity] },
          };
          return [quantity, stats];
        }),
      ),
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

  private async rollupSeries(window: SensorWindow, source: 'minute' | 'hour', points: number) {
    const rows: Row[] = await this.dataSource.query(
      `SELECT bucket, ${QUANTITIES.map((q) => `${q}_min, ${q}_max`).join(', ')} FROM ${TABLES[source]}
        WHERE sensor_id = $1 AND bucket >= date_trunc('${source}', $2::timestamptz) AND bucket < $3 ORDER BY bucket`,
      [window.sensorId, window.from, window.to],
    );
    const series = (quantity: Quantity) =>
      decimate(
        rows.map((row): Bucket => {
          const start = (row.bucket as Date).getTime();
          // Where in its bucket an extreme fell is not kept: both are placed inside it, low first.
          return {
            minTime: start,
            min: row[`${quantity}_min`] as number,
            maxTime: start + BUCKET_MS[source] / 2,
            max: row[`${quantity}_max`] as number,
          };
        }),
        points,
      ).map(at);
    return { temperature: series('temperature'), humidity: series('humidity') };
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
   * When an extreme was first reached: the first tile holding it, narrowed from hour to minute buckets
   * to the raw reading, each step one indexed lookup.
   */
  private async locate(
    window: SensorWindow,
    quantity: Quantity,
    extreme: 'min' | 'max',
    value: number,
  ): Promise<string> {
    const column = `${quantity}_${extreme}`;
    for (const tile of tilesOf(window.from.getTime(), window.to.getTime())) {
      let range = { from: tile.from, to: tile.to };
      for (const source of tile.source === 'hour'
        ? (['hour', 'minute'] as const)
        : tile.source === 'minute'
          ? (['minute'] as const)
          : []) {
        const [row] = await this.dataSource.query(
          `SELECT bucket FROM ${TABLES[source]} WHERE sensor_id = $1 AND bucket >= $2 AND bucket < $3 AND ${column} = $4 ORDER BY bucket LIMIT 1`,
          [window.sensorId, new Date(range.from), new Date(range.to), value],
        );
        if (!row) break;
        const start = (row.bucket as Date).getTime();
        range = { from: start, to: start + BUCKET_MS[source] };
      }
      const [reading] = await this.dataSource.query(
        `SELECT time FROM readings WHERE sensor_id = $1 AND time >= $2 AND time < $3 AND ${quantity} = $4 ORDER BY time LIMIT 1`,
        [window.sensorId, new Date(range.from), new Date(range.to), value],
      );
      if (reading) return (reading.time as Date).toISOString();
    }
    return window.from.toISOString();
  }
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
  const table = TABLES[tile.source];
  return `SELECT sum(count) AS count, sum(least(count * $2::float8, ${BUCKET_MS[tile.source]})) AS covered,
            ${QUANTITIES.map((q) => `min(${q}_min) AS ${q}_min, max(${q}_max) AS ${q}_max, sum(${q}_sum) AS ${q}_sum`).join(', ')}
            FROM ${table} WHERE sensor_id = $1 AND bucket >= $${fromParameter} AND bucket < $${toParameter}`;
}
