import type { CalibrationStanding } from '@factoryops/contracts';
import { STANDING_LABELS, STANDING_TONES } from './standing';

/** Where a sensor's calibration stands, as a coloured pill like the app's other statuses. */
export function StandingBadge({ standing }: { standing: CalibrationStanding }) {
  return <span className={`badge badge--${STANDING_TONES[standing]}`}>{STANDING_LABELS[standing]}</span>;
}
