import { MACHINE_STATUSES, REQUEST_STATUSES, SEVERITIES } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { colorOf, TONES } from './tones';

describe('tones', () => {
  it('colours machine statuses green, amber, red and grey', () => {
    expect(MACHINE_STATUSES.map((s) => TONES[s])).toEqual(['ok', 'warn', 'danger', 'muted']);
    expect(colorOf('Fault')).toBe('#d92d20');
  });

  it('grows warmer with severity, and has a tone for every request status', () => {
    expect(SEVERITIES.map((s) => TONES[s])).toEqual(['muted', 'info', 'warn', 'critical']);
    expect(REQUEST_STATUSES.map((s) => TONES[s])).toEqual(['info', 'warn', 'ok', 'muted']);
  });
});
