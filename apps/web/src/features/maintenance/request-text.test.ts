import { describe, expect, it } from 'vitest';
import { hoursText, recurrenceText } from './request-text';

describe('request texts', () => {
  it('says how often a preventive request repeats', () => {
    expect(recurrenceText({ every: 1, unit: 'month', until: null })).toBe('Every month');
    expect(recurrenceText({ every: 2, unit: 'week', until: '2027-03-01' })).toMatch(
      /^Every 2 weeks until .*2027$/,
    );
  });

  it('writes hours without trailing zeros', () => {
    expect(hoursText(1.5)).toBe('1.5 h');
    expect(hoursText(12)).toBe('12 h');
    expect(hoursText(0.333333)).toBe('0.33 h');
    expect(hoursText(null)).toBe('—');
  });
});
