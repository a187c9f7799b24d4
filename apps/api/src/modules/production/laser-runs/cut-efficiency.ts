/**
 * Estimated over actual cut minutes as a decimal string with 2 places (`1.25`, `0.80`), rounded half
 * up; null without an estimate or without any minute cut. Worked in whole hundredths, so no float
 * rounding shows.
 */
export function cutEfficiency(estimatedMinutes: number | null, actualMinutes: number): string | null {
  if (estimatedMinutes === null || actualMinutes <= 0) return null;
  const hundredths = Math.floor((estimatedMinutes * 200 + actualMinutes) / (2 * actualMinutes));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}
