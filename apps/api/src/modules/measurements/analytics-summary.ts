import { type Excursion, QUANTITIES, QUANTITY_UNITS, type SensorAnalytics } from '@factoryops/contracts';

/** Coverage below this is worth a sentence. */
const LOW_COVERAGE = 95;
/** A trend smaller than this per day (°C or %RH) is called stable. */
const STABLE_PER_DAY = { temperature: 0.05, humidity: 0.2 } as const;

/** "2 d 3 h", "1 h 10 min", "45 min", "30 s". */
export function formatDuration(ms: number): string {
  if (ms < 59_500) return `${Math.round(ms / 1000)} s`;
  const minutes = Math.round(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  return `${rest} min`;
}

const percent = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} %`;
const number = (value: number) => value.toFixed(1);

/** How far beyond its limit an excursion went, to pick the worst one. */
const severity = (excursion: Excursion) => Math.abs(excursion.worst.value - excursion.limit);

/**
 * A few plain sentences from the figures: which sensors were out and how long, the worst excursion,
 * gaps in coverage, trends and the mean kinetic temperature. The same figures give the same words.
 */
export function writeSummary(sensors: readonly SensorAnalytics[], timeZone: string): string {
  if (sensors.length === 0) return 'No sensor was chosen.';
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const label = (sensor: SensorAnalytics) =>
    sensor.location ? `${sensor.sensorName} (${sensor.location})` : sensor.sensorName;
  const sentences: string[] = [];

  const withReadings = sensors.filter((sensor) => sensor.count > 0);
  const silent = sensors.filter((sensor) => sensor.count === 0);
  if (silent.length > 0)
    sentences.push(`${silent.map(label).join(', ')} recorded no readings in this range.`);
  if (withReadings.length === 0) return sentences.join(' ');

  const out = withReadings
    .filter((sensor) => sensor.outOfLimitsMs.either > 0)
    .sort((a, b) => b.outOfLimits.either - a.outOfLimits.either);
  const within = withReadings.filter((sensor) => sensor.outOfLimitsMs.either === 0);
  for (const sensor of out) {
    const parts = QUANTITIES.filter((quantity) => sensor.outOfLimitsMs[quantity] > 0).map(
      (quantity) => `${quantity} ${percent(sensor.outOfLimits[quantity])}`,
    );
    const excursions = sensor.excursionCount === 1 ? '1 excursion' : `${sensor.excursionCount} excursions`;
    sentences.push(
      `${label(sensor)} was out of limits ${percent(sensor.outOfLimits.either)} of the covered time ` +
        `(${formatDuration(sensor.outOfLimitsMs.either)}; ${parts.join(', ')}) in ${excursions}.`,
    );
  }
  if (within.length > 0)
    sentences.push(
      `${within.map(label).join(', ')} ${within.length === 1 ? 'stayed' : 'all stayed'} within limits.`,
    );

  const worst = out
    .flatMap((sensor) => sensor.excursions.map((excursion) => ({ sensor, excursion })))
    .sort((a, b) => severity(b.excursion) - severity(a.excursion))[0];
  if (worst) {
    const { sensor, excursion } = worst;
    const unit = QUANTITY_UNITS[excursion.quantity];
    sentences.push(
      `The worst excursion was ${excursion.quantity} at ${label(sensor)}: ${number(excursion.worst.value)} ${unit} ` +
        `on ${when.format(new Date(excursion.worst.time))}, ${excursion.direction === 'high' ? 'above' : 'below'} ` +
        `the ${number(excursion.limit)} ${unit} limit, for ${formatDuration(excursion.durationMs)}.`,
    );
  }

  for (const sensor of withReadings.filter((s) => s.coverage < LOW_COVERAGE))
    sentences.push(
      `Readings cover ${percent(sensor.coverage)} of the range at ${label(sensor)}; the gaps are left out of the figures.`,
    );

  for (const sensor of withReadings) {
    const trends = QUANTITIES.flatMap((quantity) => {
      const slope = sensor.trendPerDay[quantity];
      if (slope === null || Math.abs(slope) < STABLE_PER_DAY[quantity]) return [];
      const unit = QUANTITY_UNITS[quantity];
      return [`${quantity} ${slope > 0 ? 'rose' : 'fell'} by ${Math.abs(slope).toFixed(2)} ${unit} a day`];
    });
    if (trends.length > 0) sentences.push(`At ${label(sensor)}, ${trends.join(' and ')} on average.`);
  }

  const kinetic = withReadings.filter((sensor) => sensor.meanKineticTemperature !== null);
  if (kinetic.length > 0)
    sentences.push(
      `Mean kinetic temperature: ${kinetic
        .map((sensor) => `${label(sensor)} ${number(sensor.meanKineticTemperature ?? 0)} °C`)
        .join(', ')}.`,
    );
  return sentences.join(' ');
}
