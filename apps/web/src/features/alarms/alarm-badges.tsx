import type { Alarm } from '@factoryops/contracts';
import { LEVEL_LABELS, LEVEL_TONES, STATE_BADGE_LABELS, STATE_TONES } from './alarm-labels';

/** Warning (amber) or alarm (red): the highest level the alarm reached. */
export function AlarmLevelBadge({ level }: Pick<Alarm, 'level'>) {
  return <span className={`badge badge--${LEVEL_TONES[level]}`}>{LEVEL_LABELS[level]}</span>;
}

/**
 * Active (solid red, pulsing), acknowledged (blue), closed (grey); cleared (amber) with an
 * "Unacknowledged" badge beside it, as it still waits for someone.
 */
export function AlarmStateBadge({ state }: Pick<Alarm, 'state'>) {
  return (
    <>
      <span className={`badge badge--${STATE_TONES[state]} alarm-state alarm-state--${state}`}>
        {STATE_BADGE_LABELS[state]}
      </span>
      {state === 'cleared' ? (
        <span className="badge badge--outline alarm-unacknowledged">Unacknowledged</span>
      ) : null}
    </>
  );
}

/** Level and state together, as the lists show them. */
export function AlarmBadges({ alarm }: { alarm: Pick<Alarm, 'level' | 'state'> }) {
  return (
    <span className="badges alarm-badges">
      <AlarmLevelBadge level={alarm.level} />
      <AlarmStateBadge state={alarm.state} />
    </span>
  );
}
