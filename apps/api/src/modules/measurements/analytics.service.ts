import { Injectable } from '@nestjs/common';
import {
  type Analytics,
  type AnalyticsQuerySchema,
  EXCURSIONS_LISTED,
  type SensorAnalytics,
} from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { NotFoundError } from '../../common/domain-errors.js';
import { AppConfig } from '../../config/app-config.js';
import { writeSummary } from './analytics-summary.js';
import { DailyBands } from './daily-bands.js';
import { Distribution } from './distribution.js';
import type { HeldSampleAccumulator, HoldWindow, Sample } from './held-samples.js';
import { type Limits, LimitExposure } from './limit-exposure.js';
import { MeanKineticTemperature } from './mean-kinetic-temperature.js';
import { isoTimed, RangeStatistics } from './range-statistics.js';
import { SummaryRewriter } from './summary-rewriter.js';
import { Trend } from './trend.js';
import { withPgTransaction } from '../../database/pg-pool.js';

type AnalyticsQuery = z.output<typeof AnalyticsQuerySchema>;

/** Rows fetched per round trip while streaming a sensor's readings. */
const FETCH_ROWS = 20_000;

interface SensorRow {
  id: string;
  name: string;
  location: string;
  instrument_name: string;
  storage_interval_s: number;
  temperature_min: number | null;
  temperature_max: number | null;
  humidity_min: number | null;
  humidity_max: number | null;
}

const iso = (time: number) => new Date(time).toISOString();

/**
 * The analytics page's figures: every reading of each sensor in the range streams once, through a
 * server-side cursor, into all the accumulators at once (constant memory whatever the range).
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly rewriter: SummaryRewriter,
  ) {}

  async analyse(query: AnalyticsQuery): Promise<Analytics> {
    const sensors = await this.sensors(query.sensorIds);
    const results: SensorAnalytics[] = [];
    // One sensor after another: each already keeps a connection busy for its whole scan.
    for (const sensor of sensors) results.push(await this.analyseSensor(sensor, query));
    const timeZone = this.config.env.SITE_TIME_ZONE;
    const text = writeSummary(results, timeZone);
    return {
      from: new Date(query.from).toISOString(),
      to: new Date(query.to).toISOString(),
      timeZone,
      activationEnergy: query.activationEnergy,
      sensors: results,
      summary: { text, rewritten: await this.rewriter.rewrite(text) },
    };
  }

  /** The sensors in the order asked, 404 naming the first unknown one. */
  private async sensors(ids: string[]): Promise<SensorRow[]> {
    const rows: SensorRow[] = await this.dataSource.query(
      `SELECT s.id, s.name, s.location, i.name AS instrument_name, i.storage_interval_s,
              s.temperature_min, s.temperature_max, s.humidity_min, s.humidity_max
         FROM sensors s JOIN instruments i ON i.id = s.instrument_id WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    return [...new Set(ids)].map((id) => {
      const row = rows.find((candidate) => candidate.id === id);
      if (!row) throw new NotFoundError('Sensor', id);
      return row;
    });
  }

  private async analyseSensor(sensor: SensorRow, query: AnalyticsQuery): Promise<SensorAnalytics> {
    const window: HoldWindow = {
      from: Date.parse(query.from),
      to: Date.parse(query.to),
      intervalMs: sensor.storage_interval_s * 1000,
    };
    const limits: Limits = {
      temperatureMin: sensor.temperature_min,
      temperatureMax: sensor.temperature_max,
      humidityMin: sensor.humidity_min,
      humidityMax: sensor.humidity_max,
    };
    const statistics = new RangeStatistics(window);
    const exposure = new LimitExposure({ ...window, limits });
    const kinetic = new MeanKineticTemperature({ ...window, activationEnergyK: query.activationEnergy });
    const bands = new DailyBands({ ...window, timeZone: this.config.env.SITE_TIME_ZONE });
    const distribution = new Distribution({
      ...window,
      temperatureBin: query.temperatureBin,
      humidityBin: query.humidityBin,
    });
    const temperatureTrend = new Trend({ ...window, quantity: 'temperature' });
    const humidityTrend = new Trend({ ...window, quantity: 'humidity' });
    const accumulators: HeldSampleAccumulator<unknown>[] = [
      statistics,
      exposure,
      kinetic,
      bands,
      distribution,
      temperatureTrend,
      humidityTrend,
    ];
    await this.streamReadings(sensor.id, window, (sample) => {
      for (const accumulator of accumulators) accumulator.add(sample);
    });

    const figures = statistics.result();
    const exposed = exposure.result();
    const share = (ms: number) => (exposed.coveredMs === 0 ? 0 : (ms / exposed.coveredMs) * 100);
    const listed =
      exposed.excursions.length <= EXCURSIONS_LISTED
        ? exposed.excursions
        : [...exposed.excursions]
            .sort((a, b) => b.durationMs - a.durationMs || a.start - b.start)
            .slice(0, EXCURSIONS_LISTED)
            .sort((a, b) => a.start - b.start);
    const limitOf = (quantity: 'temperature' | 'humidity', direction: 'high' | 'low') =>
      limits[`${quantity}${direction === 'high' ? 'Max' : 'Min'}`] ?? Number.NaN;
    return {
      sensorId: sensor.id,
      sensorName: sensor.name,
      instrumentName: sensor.instrument_name,
      location: sensor.location,
      limits,
      count: figures.count,
      coverage: figures.coverage,
      outOfLimits: {
        temperature: share(exposed.outMs.temperature),
        humidity: share(exposed.outMs.humidity),
        either: share(exposed.outMs.either),
      },
      outOfLimitsMs: exposed.outMs,
      excursionCount: exposed.excursions.length,
      excursions: listed.map((excursion) => ({
        quantity: excursion.quantity,
        direction: excursion.direction,
        start: iso(excursion.start),
        end: iso(excursion.end),
        durationMs: excursion.durationMs,
        limit: limitOf(excursion.quantity, excursion.direction),
        worst: isoTimed(excursion.worst),
      })),
      mean: {
        temperature: figures.temperature?.mean ?? null,
        humidity: figures.humidity?.mean ?? null,
      },
      minimum: {
        temperature: figures.temperature ? isoTimed(figures.temperature.min) : null,
        humidity: figures.humidity ? isoTimed(figures.humidity.min) : null,
      },
      maximum: {
        temperature: figures.temperature ? isoTimed(figures.temperature.max) : null,
        humidity: figures.humidity ? isoTimed(figures.humidity.max) : null,
      },
      meanKineticTemperature: kinetic.result(),
      dailyBands: bands.result(),
      distribution: distribution.result(),
      trendPerDay: { temperature: temperatureTrend.result(), humidity: humidityTrend.result() },
    };
  }

  /** Corrected readings of [from, to) in time order, fetched in slices from a cursor. */
  private streamReadings(sensorId: string, window: HoldWindow, take: (sample: Sample) => void) {
    return withPgTransaction(this.dataSource, async (client) => {
      await client.query(
        `DECLARE analytics_readings NO SCROLL CURSOR FOR
           SELECT (extract(epoch FROM time) * 1000)::float8, temperature, humidity
             FROM readings WHERE sensor_id = $1 AND time >= $2 AND time < $3 ORDER BY time`,
        [sensorId, new Date(window.from), new Date(window.to)],
      );
      for (;;) {
        const { rows } = await client.query<[number, number, number]>({
          text: `FETCH ${FETCH_ROWS} FROM analytics_readings`,
          rowMode: 'array',
        });
        for (const [time, temperature, humidity] of rows) take({ time, temperature, humidity });
        if (rows.length < FETCH_ROWS) break;
      }
    });
  }
}
