import { describe, expect, it } from 'vitest';
import { afterRaisedText, alarmDurationMs, alarmDurationText, durationText } from './alarm-duration';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe('durationText', () => {
  it.each([
    [0, '0 s'],
    [-5 * S, '0 s'],
    [40 * S + 900, '40 s'],
    [MIN, '1 min'],
    [59 * MIN + 59 * S, '59 min'],
    [H, '1 h 00 min'],
    [3 * H + 5 * MIN, '3 h 05 min'],
    [D, '1 d'],
    [2 * D + 4 * H + 30 * MIN, '2 d 4 h'],
  ])('%d ms is %s', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });
});

describe('alarm duration', () => {
  const raisedAt = '2026-11-23T10:00:00Z';
  const now = Date.parse('2026-11-23T10:12:30Z');

  it('runs until now while the condition lasts', () => {
    expect(alarmDurationMs({ raisedAt, clearedAt: null }, now)).toBe(12 * MIN + 30 * S);
    expect(alarmDurationText({ raisedAt, clearedAt: null }, now)).toBe('12 min so far');
  });

  it('stops when it cleared', () => {
    const cleared = { raisedAt, clearedAt: '2026-11-23T11:05:00Z' };
    expect(alarmDurationText(cleared, now)).toBe('1 h 05 min');
  });

  it('says how long after raising something happened', () => {
    expect(afterRaisedText({ raisedAt }, '2026-11-23T10:30:00Z')).toBe('after 30 min');
    expect(afterRaisedText({ raisedAt }, null)).toBeNull();
  });
});
