import { ALARM_STATES } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import {
  activeCountText,
  byUrgency,
  needsAcknowledgement,
  openCountsText,
  raisedValueText,
  STATE_LABELS,
  STATE_TONES,
  worstText,
} from './alarm-labels';
import { testAlarm as alarm } from './test-alarm';

describe('alarm states', () => {
  it('has a label and a tone for every state, active loudest', () => {
    expect(ALARM_STATES.map((s) => STATE_LABELS[s])).toEqual([
      'Active',
      'Acknowledged',
      'Cleared, unacknowledged',
      'Closed',
    ]);
    expect(ALARM_STATES.map((s) => STATE_TONES[s])).toEqual(['critical', 'info', 'warn', 'muted']);
  });

  it.each([
    ['active', true],
    ['cleared', true],
    ['acknowledged', false],
    ['closed', false],
  ] as const)('a %s alarm needs acknowledging: %s', (state, expected) => {
    expect(needsAcknowledgement({ state })).toBe(expected);
  });

  it('lists active first, then cleared-unacknowledged, then acknowledged; alarms before warnings; newest first', () => {
    const alarms = [
      alarm({ id: 'ack', state: 'acknowledged', level: 'alarm' }),
      alarm({ id: 'old-warning', raisedAt: '2026-11-23T08:00:00Z' }),
      alarm({ id: 'cleared', state: 'cleared', level: 'alarm' }),
      alarm({ id: 'new-warning', raisedAt: '2026-11-23T11:00:00Z' }),
      alarm({ id: 'alarm', level: 'alarm', raisedAt: '2026-11-23T07:00:00Z' }),
    ];
    expect([...alarms].sort(byUrgency).map((a) => a.id)).toEqual([
      'alarm',
      'new-warning',
      'old-warning',
      'cleared',
      'ack',
    ]);
  });
});

describe('alarm values', () => {
  it('writes the worst and the raising value with the quantity’s unit and decimals', () => {
    expect(worstText(alarm({}))).toBe('26.40 °C');
    expect(raisedValueText(alarm({}))).toBe('25.12 °C');
    expect(
      worstText(alarm({ kind: 'humidity', worst: { time: '2026-11-23T10:00:00Z', value: 71.26 } })),
    ).toBe('71.3 %RH');
  });

  it('has no value for communication and calibration alarms', () => {
    expect(worstText(alarm({ kind: 'communication', worst: null, raisedValue: null }))).toBe('—');
    expect(raisedValueText(alarm({ kind: 'calibration', worst: null, raisedValue: null }))).toBeNull();
  });

  it('counts in words', () => {
    expect(activeCountText(0)).toBe('No active alarms');
    expect(activeCountText(1)).toBe('1 active alarm');
    expect(activeCountText(3)).toBe('3 active alarms');
    expect(openCountsText({ active: 2, acknowledged: 3, cleared: 1 })).toBe(
      '2 active · 1 cleared, unacknowledged · 3 acknowledged',
    );
    expect(openCountsText({ active: 0, acknowledged: 0, cleared: 0 })).toBe('No open alarms');
  });
});
