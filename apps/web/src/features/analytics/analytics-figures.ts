import { type Excursion, QUANTITY_UNITS, type Quantity, type SensorLimits } from '@factoryops/contracts';
import { numberText, valueText } from '../history/figures';

const formatters = new Map<number, Intl.NumberFormat>();
function upTo(places: number): Intl.NumberFormat {
  let formatter = formatters.get(places);
  if (!formatter) {
    formatter = new Intl.NumberFormat(undefined, { maximumFractionDigits: places });
    formatters.set(places, formatter);
  }
  return formatter;
}

/**
 * A share of time (0–100) readably: "0 %", "< 0.01 %", "0.42 %", "3.5 %", "27 %". A share that is not
 * zero never reads as zero, and one short of everything never reads as 100.
 */
export function percentText(share: number): string {
  if (share <= 0) return '0 %';
  if (share < 0.01) return '< 0.01 %';
  if (share >= 100) return '100 %';
  if (share > 99.9) return '> 99.9 %';
  const places = share < 1 ? 2 : share < 10 ? 1 : 0;
  return `${upTo(places).format(Number(share.toFixed(places)))} %`;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** A length of time to the two largest units: "45 s", "12 min", "2 h 05 min", "2 h", "3 d 4 h", "9 d". */
export function durationText(ms: number): string {
  if (ms < MINUTE) return `${Math.round(ms / SECOND)} s`;
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24)
    return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return hours % 24 === 0 ? `${hours / 24} d` : `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** How long a computation has been running, to the second: "0 s", "12 s", "1 min 05 s". */
export function elapsedText(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / SECOND));
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** A quantity's limits from the sensor's: null on a side without one. */
export function limitsOf(
  limits: SensorLimits,
  quantity: Quantity,
): { min: number | null; max: number | null } {
  return quantity === 'temperature'
    ? { min: limits.temperatureMin, max: limits.temperatureMax }
    : { min: limits.humidityMin, max: limits.humidityMax };
}

/** A quantity's limits as a sentence fragment: "18.00 – 25.00 °C", "≤ 60.0 %RH", "no limits". */
export function limitsText(limits: SensorLimits, quantity: Quantity): string {
  const { min, max } = limitsOf(limits, quantity);
  if (min !== null && max !== null)
    return `${numberText(quantity, min)} – ${numberText(quantity, max)}\u00a0${QUANTITY_UNITS[quantity]}`;
  if (max !== null) return `≤ ${valueText(quantity, max)}`;
  if (min !== null) return `≥ ${valueText(quantity, min)}`;
  return 'no limits';
}

/** A least-squares slope per day with its sign: "+0.12 °C/day", "−1.3 %RH/day", "0.00 °C/day". */
export function trendText(quantity: Quantity, perDay: number): string {
  const text = numberText(quantity, Math.abs(perDay));
  const zero = Number(text.replace(/[^0-9]/g, '')) === 0;
  const sign = zero ? '' : perDay > 0 ? '+' : '−';
  return `${sign}${text} ${QUANTITY_UNITS[quantity]}/day`;
}

/** Which side of its limit an excursion went: "Above limit", "Below limit". */
export function directionText(direction: Excursion['direction']): string {
  return direction === 'high' ? 'Above limit' : 'Below limit';
}

/** ΔH/R in kelvin as the page writes it: "10,000 K". */
export function kelvinText(kelvin: number): string {
  return `${upTo(0).format(kelvin)} K`;
}
