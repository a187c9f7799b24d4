import { describe, expect, it } from 'vitest';
import { isKpiRange, kpiDays, presetDays } from './kpi-range';

const today = new Date(2026, 10, 23, 14, 30);

describe('KPI ranges', () => {
  it('ends the presets with today, counting whole days', () => {
    expect(presetDays('30d', today)).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(presetDays('90d', today)).toEqual({ from: '2026-08-26', to: '2026-11-23' });
    expect(presetDays('12m', today)).toEqual({ from: '2025-11-24', to: '2026-11-23' });
  });

  it('crosses a leap day and a year end', () => {
    // 30 days up to the 1st of March hold the 29th of February in a leap year.
    expect(presetDays('30d', new Date(2028, 2, 1))).toEqual({ from: '2028-02-01', to: '2028-03-01' });
    expect(presetDays('30d', new Date(2027, 2, 1))).toEqual({ from: '2027-01-31', to: '2027-03-01' });
    expect(presetDays('12m', new Date(2027, 0, 5))).toEqual({ from: '2026-01-06', to: '2027-01-05' });
  });

  it('takes custom days as entered, even half filled in', () => {
    const custom = { from: '2026-06-10', to: '' };
    expect(kpiDays('custom', custom, today)).toBe(custom);
    expect(kpiDays('90d', custom, today).to).toBe('2026-11-23');
  });

  it('reads ranges from the address strictly', () => {
    expect(isKpiRange('12m')).toBe(true);
    expect(isKpiRange('custom')).toBe(true);
    expect(isKpiRange('7d')).toBe(false);
    expect(isKpiRange('toString')).toBe(false);
  });
});
