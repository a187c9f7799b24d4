import type { Instrument } from '@factoryops/contracts';
import { dayIn } from '../../common/site-calendar.js';
import type { CertificatesService } from '../calibration/certificates.service.js';
import type { IngestService } from '../measurements/ingest.service.js';

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 30;

/** A small deterministic noise source, so every demo looks the same. */
function noise(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648 - 0.5;
  };
}

/**
 * Thirty days of stored readings for the demo sensors (a daily swing, noise, one temperature and one
 * humidity excursion, and a six-hour outage), then their calibration certificates: one due soon, one
 * overdue, one valid and one sensor without. The certificates' recompute jobs correct the history.
 */
export async function loadDemoMonitoring(
  instruments: Instrument[],
  deps: { ingest: IngestService; certificates: CertificatesService; timeZone: string },
): Promise<void> {
  const now = Date.now();
  const start = Math.floor((now - HISTORY_DAYS * DAY_MS) / 60_000) * 60_000;
  instruments.forEach((instrument, instrumentIndex) => {
    const interval = instrument.storageIntervalSeconds * 1000;
    for (const sensor of instrument.sensors) {
      const random = noise(instrumentIndex * 10 + sensor.channel);
      for (let time = start; time < now - interval; time += interval) {
        const daysAgo = (now - time) / DAY_MS;
        if (instrumentIndex === 1 && daysAgo > 9 && daysAgo < 9.25) continue; // the warehouse logger was off
        const phase = (2 * Math.PI * (time % DAY_MS)) / DAY_MS;
        let temperature = 21 + 0.3 * sensor.channel + 0.8 * Math.sin(phase - 2) + 0.1 * random();
        let humidity = 45 + 5 * Math.sin(phase + 1) + 0.6 * random();
        if (instrumentIndex === 0 && sensor.channel === 1 && daysAgo > 5 && daysAgo < 5.1)
          temperature += 5 * Math.sin(((5.1 - daysAgo) / 0.1) * Math.PI); // air conditioning failed
        if (instrumentIndex === 1 && daysAgo > 12 && daysAgo < 12.125)
          humidity += 25 * Math.sin(((12.125 - daysAgo) / 0.125) * Math.PI); // a door left open in the rain
        deps.ingest.store({
          sensorId: sensor.id,
          instrumentId: instrument.id,
          channel: sensor.channel,
          time: new Date(time),
          receivedAt: new Date(time),
          temperature: Math.round(temperature * 1000) / 1000,
          humidity: Math.round(humidity * 100) / 100,
        });
      }
    }
  });
  await deps.ingest.flush();

  const day = (offsetDays: number) => dayIn(new Date(now + offsetDays * DAY_MS), deps.timeZone);
  const [lab, warehouse] = instruments;
  const plans = [
    { sensor: lab?.sensors[0], number: 'CAL-2025-1187', calibrated: -355, due: 10 },
    { sensor: lab?.sensors[1], number: 'CAL-2026-0412', calibrated: -21, due: 344 },
    { sensor: warehouse?.sensors[0], number: 'WH-2025-0093', calibrated: -380, due: -15 },
  ];
  for (const plan of plans) {
    if (!plan.sensor) continue;
    await deps.certificates.create({
      sensorId: plan.sensor.id,
      number: plan.number,
      calibratedOn: day(plan.calibrated),
      validFrom: new Date(Math.max(start, now + (plan.calibrated + 1) * DAY_MS)).toISOString(),
      dueOn: day(plan.due),
      laboratory: 'Metrology Services Ltd (accredited)',
      notes: 'Three-point calibration in a climatic chamber.',
      temperaturePoints: [
        { reference: 15, indication: 15.12 },
        { reference: 20, indication: 20.05 },
        { reference: 30, indication: 29.84 },
      ],
      humidityPoints: [
        { reference: 20, indication: 21.1 },
        { reference: 50, indication: 50.7 },
        { reference: 80, indication: 79.2 },
      ],
    });
  }
}
