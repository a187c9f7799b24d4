import type { AlarmLevel, QuantityLevels } from '@factoryops/contracts';

export type Direction = 'high' | 'low';

/** The alarm a quantity has open: which side, the highest level reached, and its worst value. */
export interface OpenLevel {
  direction: Direction;
  level: AlarmLevel;
  worst: number;
}

export type LevelTransition =
  | { type: 'raise'; direction: Direction; level: AlarmLevel; threshold: number; value: number; time: number }
  /** The open alarm went up from warning to the alarm level. */
  | { type: 'level'; level: AlarmLevel; threshold: number; value: number; time: number }
  | { type: 'worst'; value: number; time: number }
  | { type: 'clear'; value: number; time: number };

const RANK: Record<AlarmLevel, number> = { warning: 1, alarm: 2 };

/** The level set on one side, or null. */
export function thresholdOf(levels: QuantityLevels, direction: Direction, level: AlarmLevel): number | null {
  if (direction === 'high') return level === 'alarm' ? levels.alarmHigh : levels.warningHigh;
  return level === 'alarm' ? levels.alarmLow : levels.warningLow;
}

const beyond = (value: number, threshold: number | null, direction: Direction) =>
  threshold !== null && (direction === 'high' ? value > threshold : value < threshold);

/**
 * Watches one quantity of one sensor against its levels, reading by reading, in time order:
 * - a level counts once the value has stayed beyond it for `delayMs` (0: at once); the alarm is raised
 *   at the highest level that counts, and goes up from warning to alarm the same way;
 * - it clears when the value is back within the innermost level of its side by the hysteresis
 *   (high: at or below warning high − hysteresis, or alarm high − hysteresis with no warning level);
 * - it never goes back down a level while open, and remembers the worst value.
 * The open alarm is handed in, so the watch resumes after a restart from what the database holds.
 */
export class LevelEvaluator {
  private pending: { direction: Direction; warningSince: number | null; alarmSince: number | null } | null =
    null;

  constructor(
    private levels: QuantityLevels,
    private delayMs: number,
    private open: OpenLevel | null = null,
  ) {}

  /** New levels apply from the next reading; an open alarm stays open until it clears under them. */
  configure(levels: QuantityLevels, delayMs: number): void {
    this.levels = levels;
    this.delayMs = delayMs;
    this.pending = null;
  }

  get openLevel(): OpenLevel | null {
    return this.open;
  }

  next(time: number, value: number): LevelTransition[] {
    this.track(time, value);
    const transitions: LevelTransition[] = [];
    const open = this.open;
    if (open !== null) {
      if (this.backWithin(open.direction, value)) {
        this.open = null;
        transitions.push({ type: 'clear', value, time });
      } else {
        const due = this.dueLevel(time, open.direction);
        if (due !== null && RANK[due.level] > RANK[open.level]) {
          open.level = due.level;
          transitions.push({ type: 'level', level: due.level, threshold: due.threshold, value, time });
        }
        if (open.direction === 'high' ? value > open.worst : value < open.worst) {
          open.worst = value;
          transitions.push({ type: 'worst', value, time });
        }
        return transitions;
      }
    }
    const direction = this.pending?.direction;
    const due = direction ? this.dueLevel(time, direction) : null;
    if (direction && due) {
      this.open = { direction, level: due.level, worst: value };
      transitions.push({ type: 'raise', direction, level: due.level, threshold: due.threshold, value, time });
    }
    return transitions;
  }

  /** Since when the value has been beyond each level of the side it is on. */
  private track(time: number, value: number): void {
    const direction: Direction | null =
      (['high', 'low'] as const).find(
        (side) =>
          beyond(value, thresholdOf(this.levels, side, 'warning'), side) ||
          beyond(value, thresholdOf(this.levels, side, 'alarm'), side),
      ) ?? null;
    if (direction === null) {
      this.pending = null;
      return;
    }
    if (this.pending?.direction !== direction)
      this.pending = { direction, warningSince: null, alarmSince: null };
    const pending = this.pending;
    const alarm = beyond(value, thresholdOf(this.levels, direction, 'alarm'), direction);
    // Beyond the alarm level is beyond the warning level too, when there is one.
    const warning = alarm
      ? thresholdOf(this.levels, direction, 'warning') !== null
      : beyond(value, thresholdOf(this.levels, direction, 'warning'), direction);
    pending.alarmSince = alarm ? (pending.alarmSince ?? time) : null;
    pending.warningSince = warning ? (pending.warningSince ?? time) : null;
  }

  private dueLevel(time: number, direction: Direction): { level: AlarmLevel; threshold: number } | null {
    const pending = this.pending;
    if (pending === null || pending.direction !== direction) return null;
    for (const level of ['alarm', 'warning'] as const) {
      const since = level === 'alarm' ? pending.alarmSince : pending.warningSince;
      const threshold = thresholdOf(this.levels, direction, level);
      if (since !== null && threshold !== null && time - since >= this.delayMs) return { level, threshold };
    }
    return null;
  }

  private backWithin(direction: Direction, value: number): boolean {
    const inner =
      thresholdOf(this.levels, direction, 'warning') ?? thresholdOf(this.levels, direction, 'alarm');
    if (inner === null) return true; // the levels of that side were removed
    return direction === 'high'
      ? value <= inner - this.levels.hysteresis
      : value >= inner + this.levels.hysteresis;
  }
}
