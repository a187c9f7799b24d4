import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ReadingRow {
  sensorId: string;
  time: Date;
  receivedAt: Date;
  temperatureRaw: number;
  humidityRaw: number;
  temperature: number;
  humidity: number;
  certificateId: string | null;
}

const BATCH_ROWS = 5000;
const FLUSH_EVERY_MS = 250;
/** Rows kept in memory while the database is unreachable; beyond it the oldest are dropped (and logged). */
const MAX_PENDING = 200_000;

/**
 * Writes readings in batches (one INSERT over unnested column arrays, one transaction per batch),
 * ignoring duplicates (same sensor and time). A failed batch goes back to the queue and is retried.
 */
@Injectable()
export class ReadingWriter implements OnModuleDestroy {
  private readonly logger = new Logger('ReadingWriter');
  private pending: ReadingRow[] = [];
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;
  private dropped = 0;

  constructor(private readonly dataSource: DataSource) {}

  enqueue(row: ReadingRow): void {
    this.pending.push(row);
    if (this.pending.length > MAX_PENDING) {
      this.pending.shift();
      this.dropped += 1;
      if (this.dropped % 1000 === 1)
        this.logger.error(`Reading queue full: ${this.dropped} oldest readings dropped`);
    }
    if (this.pending.length >= BATCH_ROWS) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
  }

  /** Writes everything queued so far. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.flushing) await this.flushing;
    if (this.pending.length === 0) return;
    this.flushing = this.writeAll().finally(() => {
      this.flushing = undefined;
    });
    await this.flushing;
  }

  async onModuleDestroy(): Promise<void> {
    await this.flush();
  }

  private async writeAll(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, BATCH_ROWS);
      try {
        await this.insert(batch);
      } catch (error) {
        this.pending.unshift(...batch);
        this.logger.warn(`Could not store ${batch.length} readings, retrying: ${(error as Error).message}`);
        this.timer ??= setTimeout(() => void this.flush(), 2000);
        return;
      }
    }
  }

  /** One statement per batch whatever its size: the columns travel as arrays and are unnested. */
  private async insert(batch: ReadingRow[]): Promise<void> {
    const columns = {
      sensorIds: batch.map((row) => row.sensorId),
      times: batch.map((row) => row.time.toISOString()),
      receivedAts: batch.map((row) => row.receivedAt.toISOString()),
      temperatureRaws: batch.map((row) => row.temperatureRaw),
      humidityRaws: batch.map((row) => row.humidityRaw),
      temperatures: batch.map((row) => row.temperature),
      humidities: batch.map((row) => row.humidity),
      certificateIds: batch.map((row) => row.certificateId),
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO readings (sensor_id, time, received_at, temperature_raw, humidity_raw, temperature, humidity, certificate_id)
         SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::float8[], $5::float8[],
                              $6::float8[], $7::float8[], $8::uuid[])
         ON CONFLICT (sensor_id, time) DO NOTHING`,
        Object.values(columns),
      );
    });
  }
}
