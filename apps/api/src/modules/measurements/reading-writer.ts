import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { PoolClient } from 'pg';
import copyStreams from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { addToRollups, lockSensors } from './reading-rollups.js';
import { ReadingSpool } from './reading-spool.js';
import { withPgTransaction } from '../../database/pg-pool.js';

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

const COLUMNS =
  'sensor_id, time, received_at, temperature_raw, humidity_raw, temperature, humidity, certificate_id';
const BATCH_ROWS = 5000;
const FLUSH_EVERY_MS = 250;
const RETRY_EVERY_MS = 2000;
const WRITERS = 3;

/** Readings of one pushed batch share their receive time: formatted once. */
let lastReceivedAt: { date?: Date; text?: string } = {};

/** A reading as one line of PostgreSQL's COPY text format. */
function copyLine(row: ReadingRow): string {
  if (lastReceivedAt.date !== row.receivedAt)
    lastReceivedAt = { date: row.receivedAt, text: row.receivedAt.toISOString() };
  return `${row.sensorId}\t${row.time.toISOString()}\t${lastReceivedAt.text}\t${row.temperatureRaw}\t${row.humidityRaw}\t${row.temperature}\t${row.humidity}\t${row.certificateId ?? '\\N'}\n`;
}

const codeOf = (error: unknown) => (error as { code?: unknown }).code;
/** A batch holding a reading already stored, or one of a sensor deleted meanwhile. */
const isConflict = (error: unknown) => codeOf(error) === '23505' || codeOf(error) === '23503';
/** The rows themselves are unacceptable (bad value, missing column): retrying cannot help. */
const isBadContent = (error: unknown) => {
  const code = codeOf(error);
  return typeof code === 'string' && (code.startsWith('22') || code === '23502');
};

/**
 * Writes readings in batches through COPY, one transaction per batch that also adds them to the
 * 1-minute and 1-hour rollups (reading-rollups.ts). The common case (no reading
 * stored before) goes straight into `readings`; a batch that hits a duplicate (same sensor and time)
 * goes through a temporary table and is merged with duplicates ignored. While the database is
 * unreachable readings wait in memory up to INGEST_MEMORY_ROWS, then spill to a spool file on disk
 * that is replayed, oldest first, once the database is back: an accepted reading is never lost.
 */
@Injectable()
export class ReadingWriter implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ReadingWriter');
  private readonly spool: ReadingSpool;
  private readonly memoryRows: number;
  private pending: ReadingRow[] = [];
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.spool = new ReadingSpool(path.join(config.env.DATA_DIR, 'spool'));
    this.memoryRows = config.env.INGEST_MEMORY_ROWS;
  }

  /** Readings spooled by an earlier run are written first. */
  async onApplicationBootstrap(): Promise<void> {
    await this.spool.releaseAbandonedClaims();
    if ((await this.spool.segments()).length > 0) void this.flush();
  }

  enqueue(row: ReadingRow): void {
    this.pending.push(row);
    if (this.pending.length >= BATCH_ROWS) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
  }

  /** Writes everything queued so far (and anything spooled); rows that cannot be written stay queued. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.flushing) await this.flushing;
    this.flushing ??= this.writeAll().finally(() => {
      this.flushing = undefined;
    });
    await this.flushing;
  }

  /** On shutdown, what the database cannot take now goes to the spool. */
  async onModuleDestroy(): Promise<void> {
    await this.flush();
    clearTimeout(this.timer);
    if (this.pending.length > 0) await this.spill();
  }

  private async writeAll(): Promise<void> {
    try {
      await this.replaySpool();
      // Several batches in flight: PostgreSQL checks and indexes some while the next is sent, and
      // keeps working while the event loop is busy parsing a large pushed batch.
      const writers = await Promise.allSettled(Array.from({ length: WRITERS }, () => this.drain()));
      const failed = writers.find((writer) => writer.status === 'rejected');
      if (failed) throw failed.reason;
    } catch (error) {
      this.logger.warn(`Readings not stored yet (${this.pending.length} waiting), retrying: ${error}`);
      if (this.pending.length > this.memoryRows) await this.spill();
      this.timer ??= setTimeout(() => void this.flush(), RETRY_EVERY_MS);
    }
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, BATCH_ROWS);
      const text = batch.map(copyLine).join('');
      try {
        await this.store(batch, text);
      } catch (error) {
        if (!isBadContent(error)) {
          this.pending.unshift(...batch);
          throw error;
        }
        await this.spool.write(text, 'rejected');
        this.logger.error(`${batch.length} readings refused by the database, kept in the spool: ${error}`);
      }
    }
  }

  private async spill(): Promise<void> {
    const rows = this.pending;
    this.pending = [];
    try {
      await this.spool.write(rows.map(copyLine).join(''));
      this.logger.warn(`${rows.length} readings spooled to disk until the database is back`);
    } catch (error) {
      this.pending = rows.concat(this.pending);
      this.logger.error(`Could not spool ${rows.length} readings, keeping them in memory: ${error}`);
    }
  }

  private async replaySpool(): Promise<void> {
    for (;;) {
      const outcome = await this.spool.replayOldest((rows) => this.merge(rows), isBadContent);
      if (outcome === 'none') return;
      if (outcome !== 'replayed')
        this.logger.error(
          `Spooled readings refused by the database, set aside as ${outcome.rejected}: ${outcome.error}`,
        );
    }
  }

  private async store(batch: ReadingRow[], text: string): Promise<void> {
    try {
      await this.inTransaction(async (client) => {
        await lockSensors(
          client,
          batch.map((row) => row.sensorId),
          'shared',
        );
        await copyInto(client, 'readings', Readable.from([text]));
        await addToRollups(client, batch);
      });
    } catch (error) {
      if (!isConflict(error)) throw error;
      await this.merge(Readable.from([text]));
    }
  }

  /**
   * Through a temporary table: duplicates and readings of sensors deleted meanwhile are skipped, and
   * only the readings actually stored are added to the rollups.
   */
  private merge(rows: Readable): Promise<void> {
    return this.inTransaction(async (client) => {
      await client.query(
        'CREATE TEMPORARY TABLE IF NOT EXISTS readings_incoming (LIKE readings) ON COMMIT DELETE ROWS',
      );
      await copyInto(client, 'readings_incoming', rows);
      const sensors = await client.query<{ sensor_id: string }>(
        'SELECT DISTINCT sensor_id FROM readings_incoming',
      );
      await lockSensors(
        client,
        sensors.rows.map((row) => row.sensor_id),
        'shared',
      );
      const stored = await client.query<{
        sensor_id: string;
        time: Date;
        temperature_raw: number;
        humidity_raw: number;
        temperature: number;
        humidity: number;
      }>(
        `INSERT INTO readings (${COLUMNS})
         SELECT ${COLUMNS} FROM readings_incoming i WHERE EXISTS (SELECT 1 FROM sensors s WHERE s.id = i.sensor_id)
         ON CONFLICT (sensor_id, time) DO NOTHING
         RETURNING sensor_id, time, temperature_raw, humidity_raw, temperature, humidity`,
      );
      await addToRollups(
        client,
        stored.rows.map((row) => ({
          sensorId: row.sensor_id,
          time: row.time,
          temperatureRaw: row.temperature_raw,
          humidityRaw: row.humidity_raw,
          temperature: row.temperature,
          humidity: row.humidity,
        })),
      );
    });
  }

  private inTransaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    return withPgTransaction(this.dataSource, work);
  }
}

function copyInto(client: PoolClient, table: string, rows: Readable): Promise<void> {
  return pipeline(rows, client.query(copyStreams.from(`COPY ${table} (${COLUMNS}) FROM STDIN`)));
}
