import { describe, expect, it } from 'vitest';
import { hoursText, recurrenceText, scrapWarning } from './request-text';

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

describe('scrapWarning', () => {
  const base = {
    reference: 'MR-000042',
    subject: 'Leak',
    machine: { id: 'm', name: 'Press A1', code: 'PRS-A1' },
  };
  it('says that scrapping a fault case scraps the machine', () => {
    expect(scrapWarning({ ...base, type: 'Corrective', recurrence: null })).toBe(
      'Scrap MR-000042 (Leak)? This also scraps Press A1: no new request can be opened for it. Scrap is final.',
    );
  });
  it('says what happens to a preventive plan', () => {
    expect(
      scrapWarning({ ...base, type: 'Preventive', recurrence: { every: 1, unit: 'month', until: null } }),
    ).toContain('the next one is scheduled');
    expect(scrapWarning({ ...base, type: 'Preventive', recurrence: null })).toContain(
      'This occurrence is dropped.',
    );
  });
});
