import type { SensorLimits } from '@factoryops/contracts';

export type SensorStatus = 'within' | 'near' | 'out' | 'stale' | 'waiting';

/** How close to a limit counts as "near": 10 % of the allowed range, at least 0.5 (°C or %RH). */
function margin(min: number | null, max: number | null): number {
  return min !== null && max !== null ? Math.max(0.5, (max - min) * 0.1) : 0.5;
}

function against(value: number, min: number | null, max: number | null): 'within' | 'near' | 'out' {
  if ((min !== null && value < min) || (max !== null && value > max)) return 'out';
  const m = margin(min, max);
  if ((min !== null && value < min + m) || (max !== null && value > max - m)) return 'near';
  return 'within';
}

/** The colour a sensor card shows: the worse of temperature and humidity, or stale without recent data. */
export function sensorStatus(
  reading: { temperature: number; humidity: number; time: string } | undefined,
  limits: SensorLimits,
  now: number,
  staleAfterMs: number,
): SensorStatus {
  if (!reading) return 'waiting';
  if (now - new Date(reading.time).getTime() > staleAfterMs) return 'stale';
  const states = [
    against(reading.temperature, limits.temperatureMin, limits.temperatureMax),
    against(reading.humidity, limits.humidityMin, limits.humidityMax),
  ];
  return states.includes('out') ? 'out' : states.includes('near') ? 'near' : 'within';
}
