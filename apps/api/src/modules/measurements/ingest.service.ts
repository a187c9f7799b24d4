import { Injectable } from '@nestjs/common';
import { CertificateCorrector, type CorrectedValues } from '../calibration/certificate-corrector.js';
import { DomainEvents } from '../realtime/domain-events.js';
import { ReadingWriter } from './reading-writer.js';

export interface IncomingReading {
  sensorId: string;
  instrumentId: string;
  channel: number;
  time: Date;
  receivedAt: Date;
  temperature: number;
  humidity: number;
}

/**
 * The one path every reading takes: broadcast at once (live latency does not wait for the database),
 * then, on storage ticks, queued for the batch writer. Each reading is corrected with the calibration
 * certificate valid at its time; raw values, corrected values and the certificate are all kept.
 */
@Injectable()
export class IngestService {
  constructor(
    private readonly events: DomainEvents,
    private readonly writer: ReadingWriter,
    private readonly corrector: CertificateCorrector,
  ) {}

  accept(reading: IncomingReading, store: boolean): void {
    const corrected = this.corrector.correct(
      reading.sensorId,
      reading.time,
      reading.temperature,
      reading.humidity,
    );
    this.events.publish({
      type: 'reading',
      reading: {
        sensorId: reading.sensorId,
        instrumentId: reading.instrumentId,
        channel: reading.channel,
        time: reading.time.toISOString(),
        temperature: corrected.temperature,
        humidity: corrected.humidity,
        temperatureRaw: reading.temperature,
        humidityRaw: reading.humidity,
        stored: store,
      },
    });
    if (store) this.enqueue(reading, corrected);
  }

  /** Stores a reading without announcing it live (readings loaded from elsewhere, such as demo history). */
  store(reading: IncomingReading): void {
    this.enqueue(
      reading,
      this.corrector.correct(reading.sensorId, reading.time, reading.temperature, reading.humidity),
    );
  }

  private enqueue(reading: IncomingReading, corrected: CorrectedValues): void {
    this.writer.enqueue({
      sensorId: reading.sensorId,
      time: reading.time,
      receivedAt: reading.receivedAt,
      temperatureRaw: reading.temperature,
      humidityRaw: reading.humidity,
      temperature: corrected.temperature,
      humidity: corrected.humidity,
      certificateId: corrected.certificateId,
    });
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }
}
