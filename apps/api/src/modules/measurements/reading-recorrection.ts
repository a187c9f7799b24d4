import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CertificateCorrector } from '../calibration/certificate-corrector.js';
import {
  RECORRECT_JOB,
  type RecorrectPayload,
  toRecomputeJobDto,
} from '../calibration/certificate.mapper.js';
import type { JobEntity } from '../jobs/job.entity.js';
import { JobQueue, type ReportProgress } from '../jobs/job-queue.js';
import { withPgTransaction } from '../../database/pg-pool.js';
import { lockSensors, rebuildRollups } from './reading-rollups.js';
import { ReadingWriter } from './reading-writer.js';

const CHUNK_ROWS = 20_000;

/**
 * The background job a certificate change queues: rewrites the corrected values (and certificate id)
 * of a sensor's stored readings in the window, from their raw values, chunk by chunk, each chunk in
 * one transaction with its rollup buckets rebuilt. Running it again gives the same result, so a job
 * taken over after a crash simply starts over.
 */
@Injectable()
export class ReadingRecorrection implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly corrector: CertificateCorrector,
    private readonly writer: ReadingWriter,
  ) {}

  onModuleInit(): void {
    this.jobs.register(RECORRECT_JOB, {
      run: (job, progress) => this.run(job.payload as unknown as RecorrectPayload, progress),
      announce: (job: JobEntity) => {
        const dto = toRecomputeJobDto(job);
        return {
          type: 'calibration.changed',
          payload: {
            sensorId: dto.sensorId,
            certificateId: dto.certificateId,
            certificatesChanged: false,
            job: dto,
            at: new Date().toISOString(),
          },
        };
      },
    });
  }

  async run(payload: RecorrectPayload, progress: ReportProgress): Promise<void> {
    // Readings corrected before the change reach the table first, and the corrections are current.
    await this.writer.flush();
    await this.corrector.reload();
    const { sensorId } = payload;
    const until = payload.until === null ? null : new Date(payload.until);
    const [{ count }] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM readings WHERE sensor_id = $1 AND time >= $2 AND ($3::timestamptz IS NULL OR time < $3)',
      [sensorId, payload.from, until],
    );
    let done = 0;
    await progress(done, count);
    let cursor = new Date(payload.from);
    for (;;) {
      const rewritten = await withPgTransaction(this.dataSource, async (client) => {
        await lockSensors(client, [sensorId], 'exclusive');
        const { rows } = await client.query<{ time: Date; temperature_raw: number; humidity_raw: number }>(
          `SELECT time, temperature_raw, humidity_raw FROM readings
            WHERE sensor_id = $1 AND time >= $2 AND ($3::timestamptz IS NULL OR time < $3)
            ORDER BY time LIMIT ${CHUNK_ROWS}`,
          [sensorId, cursor, until],
        );
        const last = rows[rows.length - 1];
        if (!last) return 0;
        const corrected = rows.map((row) =>
          this.corrector.correct(sensorId, row.time, row.temperature_raw, row.humidity_raw),
        );
        await client.query(
          `UPDATE readings r SET temperature = u.temperature, humidity = u.humidity, certificate_id = u.certificate_id
             FROM unnest($2::timestamptz[], $3::float8[], $4::float8[], $5::uuid[]) AS u(time, temperature, humidity, certificate_id)
            WHERE r.sensor_id = $1 AND r.time = u.time`,
          [
            sensorId,
            rows.map((row) => row.time),
            corrected.map((values) => values.temperature),
            corrected.map((values) => values.humidity),
            corrected.map((values) => values.certificateId),
          ],
        );
        const next = new Date(last.time.getTime() + 1);
        await rebuildRollups(client, sensorId, cursor, next);
        cursor = next;
        return rows.length;
      });
      if (rewritten === 0) break;
      done += rewritten;
      await progress(done, Math.max(count, done));
    }
  }
}
