import type { CorrectionPoint } from '@factoryops/contracts';

/**
 * The correction a certificate gives at an indicated value: linear interpolation of the corrections
 * (reference − indication) between the two points around the value, flat beyond the first and the
 * last point; none without points. Points may come in any order. docs/calibration.md has the formula
 * and a worked example.
 */
export function correctionAt(points: readonly CorrectionPoint[], indicated: number): number {
  return interpolate(byIndication(points), indicated);
}

/** `correctionAt` over points already sorted by indication (the hot path at ingest). */
export function interpolate(sorted: readonly CorrectionPoint[], indicated: number): number {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return 0;
  if (indicated <= first.indication) return first.reference - first.indication;
  if (indicated >= last.indication) return last.reference - last.indication;
  for (let index = 1; index < sorted.length; index += 1) {
    const upper = sorted[index] as CorrectionPoint;
    if (indicated > upper.indication) continue;
    const lower = sorted[index - 1] as CorrectionPoint;
    const lowerCorrection = lower.reference - lower.indication;
    const upperCorrection = upper.reference - upper.indication;
    const share = (indicated - lower.indication) / (upper.indication - lower.indication);
    return lowerCorrection + share * (upperCorrection - lowerCorrection);
  }
  return last.reference - last.indication;
}

export const byIndication = (points: readonly CorrectionPoint[]): CorrectionPoint[] =>
  [...points].sort((a, b) => a.indication - b.indication);
