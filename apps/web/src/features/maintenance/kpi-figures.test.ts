import type { KpiFigures, KpiReport } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { kpiGroups, kpiHoursText, kpiTiles, percentText } from './kpi-figures';

const QUIET: KpiFigures = {
  machines: 9,
  failures: 0,
  mttrHours: null,
  mtbfHours: null,
  availability: 1,
  downtimeHours: 0,
  preventiveDue: 0,
  preventiveOnTime: 0,
  preventiveCompliance: null,
  backlogOpen: 2,
  backlogHours: 3.5,
};

const tile = (figures: KpiFigures, label: string) => kpiTiles(figures).find((t) => t.label === label);

describe('KPI figures', () => {
  it('writes shares as percentages, and nothing to measure as a dash', () => {
    expect(percentText(0.98765)).toBe('98.8 %');
    expect(percentText(1)).toBe('100 %');
    expect(percentText(0.99957)).toBe('99.96 %');
    expect(percentText(0.999999)).toBe('> 99.99 %');
    expect(percentText(0)).toBe('0 %');
    expect(percentText(null)).toBe('—');
  });

  it('writes hours with fewer decimals as they grow, and never a short time as 0', () => {
    expect(kpiHoursText(2.5)).toBe('2.5 h');
    expect(kpiHoursText(0.333)).toBe('0.33 h');
    expect(kpiHoursText(48.26)).toBe('48.3 h');
    expect(kpiHoursText(15767.99)).toMatch(/^15\D?768 h$/);
    expect(kpiHoursText(0.001)).toBe('< 0.01 h');
    expect(kpiHoursText(0)).toBe('0 h');
    expect(kpiHoursText(null)).toBe('—');
  });

  it('says why a figure is missing', () => {
    expect(tile(QUIET, 'MTTR')).toEqual({ label: 'MTTR', value: '—', note: 'No failures in this range' });
    expect(tile(QUIET, 'MTBF')?.note).toBe('No failures in this range');
    expect(tile(QUIET, 'Availability')).toMatchObject({ value: '100 %', note: 'No failures in this range' });
    expect(tile(QUIET, 'Preventive compliance')).toMatchObject({
      value: '—',
      note: 'Nothing was due in this range',
    });
    const unrepaired = { ...QUIET, failures: 2, mtbfHours: 1000, availability: null };
    expect(tile(unrepaired, 'MTTR')?.note).toBe('No failure repaired yet');
    expect(tile(unrepaired, 'Availability')).toMatchObject({ value: '—', note: 'No failure repaired yet' });
    expect(tile({ ...QUIET, machines: 0, availability: null }, 'Availability')?.note).toBe(
      'No machines to measure',
    );
  });

  it('shows the figures there are, with what they count', () => {
    const busy = {
      ...QUIET,
      failures: 1,
      mttrHours: 2.5,
      mtbfHours: 1234.567,
      availability: 0.998,
      downtimeHours: 2.5,
      preventiveDue: 2,
      preventiveOnTime: 1,
      preventiveCompliance: 0.5,
    };
    expect(kpiTiles(busy).map(({ label, value }) => [label, value])).toEqual([
      ['MTTR', '2.5 h'],
      ['MTBF', expect.stringMatching(/^1\D?235 h$/)],
      ['Availability', '99.8 %'],
      ['Downtime', '2.5 h'],
      ['Preventive compliance', '50 %'],
      ['Backlog', '2 open'],
    ]);
    expect(tile(busy, 'MTBF')?.note).toBe('Mean time between 1 failure');
    expect(tile(busy, 'Preventive compliance')?.note).toBe('1 of 2 done on time');
    expect(tile(busy, 'Backlog')?.note).toBe('3.5 h estimated, open requests now');
  });

  it('charts an ungrouped report as one group', () => {
    const report: KpiReport = { from: '', to: '', groupBy: 'none', overall: QUIET, rows: [] };
    expect(kpiGroups(report)).toEqual([{ id: null, name: 'All machines', ...QUIET }]);
    const row = { id: null, name: 'No team', ...QUIET };
    expect(kpiGroups({ ...report, groupBy: 'team', rows: [row] })).toEqual([row]);
  });
});
