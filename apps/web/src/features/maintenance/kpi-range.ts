import { localIsoDate } from '../../lib/format';

/** The ranges the KPI page offers, as its address writes them. */
export const KPI_RANGES = {
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '12m': 'Last 12 months',
  custom: 'Custom',
} as const;
export type KpiRange = keyof typeof KPI_RANGES;

export function isKpiRange(value: string): value is KpiRange {
  return Object.hasOwn(KPI_RANGES, value);
}

export interface DayRange {
  /** First day, `2026-11-01`. */
  from: string;
  /** Last day, included. */
  to: string;
}

/** The whole local days a preset covers, ending with today. */
export function presetDays(range: Exclude<KpiRange, 'custom'>, today: Date): DayRange {
  const [year, month, day] = [today.getFullYear(), today.getMonth(), today.getDate()];
  const first =
    range === '12m'
      ? new Date(year, month - 12, day + 1)
      : new Date(year, month, day - (range === '30d' ? 29 : 89));
  return { from: localIsoDate(first), to: localIsoDate(today) };
}

/** The days a choice covers: a preset's, or the custom days as entered (either may still be empty). */
export function kpiDays(range: KpiRange, custom: DayRange, today: Date): DayRange {
  return range === 'custom' ? custom : presetDays(range, today);
}
