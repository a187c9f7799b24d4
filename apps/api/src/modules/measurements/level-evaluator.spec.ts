import type { QuantityLevels } from '@factoryops/contracts';
import { describe, expect, it } from '@jest/globals';
import { LevelEvaluator, type LevelTransition } from './level-evaluator.js';

const MINUTE = 60_000;
const LEVELS: QuantityLevels = {
  alarmLow: 2,
  warningLow: 4,
  warningHigh: 25,
  alarmHigh: 30,
  hysteresis: 0.5,
};

/** Feeds [minute, value] pairs and lists what happened, compactly: "3:raise warning high 25". */
function run(evaluator: LevelEvaluator, readings: [number, number][]): string[] {
  const words = (t: LevelTransition) => {
    switch (t.type) {
      case 'raise':
        return `raise ${t.level} ${t.direction} ${t.threshold}`;
      case 'level':
        return `level ${t.level} ${t.threshold}`;
      case 'worst':
        return `worst ${t.value}`;
      case 'clear':
        return 'clear';
    }
  };
  return readings.flatMap(([minute, value]) =>
    evaluator.next(minute * MINUTE, value).map((t) => `${minute}:${words(t)}`),
  );
}

describe('LevelEvaluator', () => {
  it('raises at once without a delay and clears only past the hysteresis', () => {
    const evaluator = new LevelEvaluator(LEVELS, 0);
    expect(
      run(evaluator, [
        [0, 24],
        [1, 25.5],
        [2, 26],
        [3, 24.8], // inside the warning level but within the deadband: still open
        [4, 24.5], // 25 − 0.5: cleared
        [5, 24],
      ]),
    ).toEqual(['1:raise warning high 25', '2:worst 26', '4:clear']);
  });

  it('counts a level only after the delay, and a dip back inside restarts the wait', () => {
    const evaluator = new LevelEvaluator(LEVELS, 5 * MINUTE);
    expect(
      run(evaluator, [
        [0, 26],
        [3, 26],
        [4, 24.9], // back inside before 5 minutes: nothing raised
        [5, 26],
        [9, 27],
        [10, 26.5], // out since minute 5
        [11, 27.5],
      ]),
    ).toEqual(['10:raise warning high 25', '11:worst 27.5']);
  });

  it('goes up from warning to alarm once the alarm level held for the delay, and never back down', () => {
    const evaluator = new LevelEvaluator(LEVELS, 2 * MINUTE);
    expect(
      run(evaluator, [
        [0, 26],
        [2, 26],
        [3, 31], // beyond alarm since 3
        [4, 31],
        [5, 31], // held 2 minutes
        [6, 28], // back to the warning band: stays an alarm
        [7, 24],
      ]),
    ).toEqual(['2:raise warning high 25', '3:worst 31', '5:level alarm 30', '7:clear']);
  });

  it('raises straight at the alarm level when both levels have held, and mirrors the rules for low values', () => {
    const evaluator = new LevelEvaluator(LEVELS, MINUTE);
    expect(
      run(evaluator, [
        [0, 1],
        [1, 1.5],
        [2, 4.2], // within the warning level, but not by the hysteresis
        [3, 4.5], // 4 + 0.5: cleared
      ]),
    ).toEqual(['1:raise alarm low 2', '3:clear']);
  });

  it('watches only the levels that are set', () => {
    const evaluator = new LevelEvaluator(
      { alarmLow: null, warningLow: null, warningHigh: null, alarmHigh: 8, hysteresis: 1 },
      0,
    );
    expect(
      run(evaluator, [
        [0, -40],
        [1, 9],
        [2, 7.5],
        [3, 7],
      ]),
    ).toEqual(['1:raise alarm high 8', '3:clear']);
  });

  it('clears a high alarm and raises a low one when the value jumps across', () => {
    const evaluator = new LevelEvaluator(LEVELS, 0);
    expect(
      run(evaluator, [
        [0, 26],
        [1, 3],
      ]),
    ).toEqual(['0:raise warning high 25', '1:clear', '1:raise warning low 4']);
  });

  it('resumes an alarm that was open before a restart, and clears it under changed levels', () => {
    const evaluator = new LevelEvaluator(LEVELS, 0, { direction: 'high', level: 'alarm', worst: 33 });
    expect(run(evaluator, [[0, 32]])).toEqual([]);
    evaluator.configure({ ...LEVELS, warningHigh: 35, alarmHigh: 40 }, 0);
    expect(run(evaluator, [[1, 32]])).toEqual(['1:clear']);
    expect(evaluator.openLevel).toBeNull();
  });
});
