import type { EfficiencyClass } from '@factoryops/contracts';
import { EFFICIENCY_THRESHOLDS, plainDecimal } from '@factoryops/contracts';
import { type Tone, toneColor } from '../../maintenance/tones';

/** The badge tone and chart colour of each efficiency class (`EFFICIENCY_THRESHOLDS` sets the classes). */
export const EFFICIENCY_TONES = { good: 'ok', fair: 'warn', poor: 'danger' } as const satisfies Record<
  EfficiencyClass,
  Tone
>;

export const EFFICIENCY_LABELS: Record<EfficiencyClass, string> = {
  good: `Good (≥ ${EFFICIENCY_THRESHOLDS.good} %)`,
  fair: `Fair (≥ ${EFFICIENCY_THRESHOLDS.fair} %)`,
  poor: `Poor (< ${EFFICIENCY_THRESHOLDS.fair} %)`,
};

/** A bar's colour: its class's, grey without one. */
export const efficiencyColor = (efficiencyClass: EfficiencyClass | null): string =>
  toneColor(efficiencyClass ? EFFICIENCY_TONES[efficiencyClass] : 'muted');

/** `2.08 h` from the server's hours (a decimal string, already to 2 places). */
export const hoursText = (hours: string): string => `${hours} h`;

/** `96.0 %`, or "—" without a figure; a variance with its sign (`+4.2 %`). */
export function percentText(percent: string | null, signed = false): string {
  if (percent === null) return '—';
  return `${signed && !percent.startsWith('-') && percent !== '0.0' ? '+' : ''}${percent} %`;
}

/** Minutes as the server writes them (`5.00`, `-1.00`) without idle zeros: `5`, `-1`, `36.5`. */
export function minutesText(minutes: string | number, signed = false): string {
  const text = plainDecimal(String(minutes));
  return `${signed && !text.startsWith('-') && text !== '0' ? '+' : ''}${text} min`;
}

/** Amounts on a chart's axis, short: `250K`, `1.2M` (the figures themselves are shown exactly elsewhere). */
export const compactAmount = (value: number, locale?: string): string =>
  new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
