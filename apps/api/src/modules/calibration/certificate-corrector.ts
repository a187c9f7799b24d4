import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { CorrectionPoint } from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../realtime/domain-events.js';
import { byIndication, interpolate } from './correction.js';

interface ApplicableCertificate {
  id: string;
  validFrom: number;
  temperature: CorrectionPoint[];
  humidity: CorrectionPoint[];
}

export interface CorrectedValues {
  temperature: number;
  humidity: number;
  certificateId: string | null;
}

/** Other API processes' certificate changes are picked up within this time. */
const RELOAD_EVERY_MS = 30_000;

/**
 * Corrects readings with the certificate valid at their time (the latest one that started at or
 * before it), from an in-memory copy of every sensor's certificates: ingest never waits for a query.
 * The copy is reloaded when a certificate changes here, and periodically for changes made elsewhere.
 */
@Injectable()
export class CertificateCorrector implements OnApplicationBootstrap, OnModuleDestroy {
  /** Per sensor, newest first. */
  private bySensor = new Map<string, ApplicableCertificate[]>();
  private timer?: NodeJS.Timeout;
  private unsubscribe?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    events: DomainEvents,
  ) {
    this.unsubscribe = events.subscribe((event) => {
      if (event.type === 'calibration.changed' && event.payload.certificatesChanged) void this.reload();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.reload();
    this.timer = setInterval(() => void this.reload().catch(() => undefined), RELOAD_EVERY_MS);
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
    this.unsubscribe?.();
  }

  async reload(): Promise<void> {
    const rows: {
      id: string;
      sensor_id: string;
      valid_from: Date;
      temperature_points: CorrectionPoint[];
      humidity_points: CorrectionPoint[];
    }[] = await this.dataSource.query(
      `SELECT id, sensor_id, valid_from, temperature_points, humidity_points
         FROM calibration_certificates ORDER BY sensor_id, valid_from DESC`,
    );
    const bySensor = new Map<string, ApplicableCertificate[]>();
    for (const row of rows) {
      const list = bySensor.get(row.sensor_id) ?? [];
      list.push({
        id: row.id,
        validFrom: row.valid_from.getTime(),
        temperature: byIndication(row.temperature_points),
        humidity: byIndication(row.humidity_points),
      });
      bySensor.set(row.sensor_id, list);
    }
    this.bySensor = bySensor;
  }

  correct(sensorId: string, time: Date, temperature: number, humidity: number): CorrectedValues {
    const at = time.getTime();
    const certificate = this.bySensor.get(sensorId)?.find((candidate) => candidate.validFrom <= at);
    if (!certificate) return { temperature, humidity, certificateId: null };
    return {
      temperature: temperature + interpolate(certificate.temperature, temperature),
      humidity: humidity + interpolate(certificate.humidity, humidity),
      certificateId: certificate.id,
    };
  }
}
