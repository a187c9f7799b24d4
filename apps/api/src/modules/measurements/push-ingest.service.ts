import { Injectable } from '@nestjs/common';
import { type IngestResult, PushedReadingSchema } from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import { fieldErrors } from '../../common/contract-validation.pipe.js';
import { IngestService } from './ingest.service.js';

interface PushTarget {
  id: string;
  instrument_id: string;
  channel: number;
}

/**
 * Readings posted by `http-push` devices: each item is checked on its own (shape, known and active
 * sensor of a push instrument); the good ones go through the same pipeline as polled readings.
 */
@Injectable()
export class PushIngestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ingest: IngestService,
  ) {}

  async accept(items: unknown[]): Promise<IngestResult> {
    const rejected: IngestResult['rejected'] = [];
    const valid = items.flatMap((item, index) => {
      const parsed = PushedReadingSchema.safeParse(item);
      if (parsed.success) return [{ index, reading: parsed.data }];
      const reason = fieldErrors(parsed.error.issues)
        .map((error) => (error.path ? `${error.path}: ${error.message}` : error.message))
        .join('; ');
      rejected.push({ index, reason });
      return [];
    });
    const sensorIds = [...new Set(valid.map((item) => item.reading.sensorId))];
    const targets: PushTarget[] = sensorIds.length
      ? await this.dataSource.query(
          `SELECT s.id, s.instrument_id, s.channel FROM sensors s JOIN instruments i ON i.id = s.instrument_id
            WHERE s.id = ANY($1::uuid[]) AND s.active AND i.driver = 'http-push' AND i.retired_at IS NULL`,
          [sensorIds],
        )
      : [];
    const byId = new Map(targets.map((target) => [target.id, target]));
    const receivedAt = new Date();
    let accepted = 0;
    for (const { index, reading } of valid) {
      const target = byId.get(reading.sensorId);
      if (!target) {
        rejected.push({ index, reason: 'sensorId: no active sensor of an http-push instrument has this id' });
        continue;
      }
      this.ingest.accept(
        {
          sensorId: target.id,
          instrumentId: target.instrument_id,
          channel: target.channel,
          time: new Date(reading.time),
          receivedAt,
          temperature: reading.temperature,
          humidity: reading.humidity,
        },
        true,
      );
      accepted += 1;
    }
    rejected.sort((a, b) => a.index - b.index);
    return { accepted, rejected };
  }
}
