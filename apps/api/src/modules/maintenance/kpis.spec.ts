import { describe, expect, it } from '@jest/globals';
import { kpiFigures, type MachineKpiFacts } from './kpis.js';

const facts = (changes: Partial<MachineKpiFacts> = {}): MachineKpiFacts => ({
  failures: 0,
  repaired: 0,
  repairHours: 0,
  downtimeHours: 0,
  preventiveDue: 0,
  preventiveOnTime: 0,
  backlogOpen: 0,
  backlogHours: 0,
  ...changes,
});

describe('maintenance KPIs', () => {
  it('computes MTTR, MTBF and availability by hand for one machine over 100 hours', () => {
    // Two failures repaired in 2 h and 4 h, 6 h down: MTTR 3 h, MTBF (100 − 6) / 2 = 47 h, A = 47 / 50.
    const figures = kpiFigures([facts({ failures: 2, repaired: 2, repairHours: 6, downtimeHours: 6 })], 100);
    expect(figures).toMatchObject({
      failures: 2,
      mttrHours: 3,
      mtbfHours: 47,
      availability: 0.94,
      downtimeHours: 6,
    });
  });

  it('sums before dividing across machines (a group MTTR is not a mean of means)', () => {
    const figures = kpiFigures(
      [
        facts({ failures: 1, repaired: 1, repairHours: 10, downtimeHours: 10 }),
        facts({ failures: 3, repaired: 3, repairHours: 3, downtimeHours: 3 }),
      ],
      100,
    );
    // MTTR = 13 / 4 = 3.25 (the mean of means would be 5.5); MTBF = (200 − 13) / 4 = 46.75.
    expect(figures).toMatchObject({
      machines: 2,
      failures: 4,
      mttrHours: 3.25,
      mtbfHours: 46.75,
      availability: 0.935,
    });
  });

  it('reports full availability and no MTTR/MTBF when nothing failed, and nulls when nothing applies', () => {
    expect(kpiFigures([facts()], 24)).toMatchObject({
      availability: 1,
      mttrHours: null,
      mtbfHours: null,
      preventiveCompliance: null,
    });
    expect(kpiFigures([], 24)).toMatchObject({ machines: 0, availability: null });
    // Failed but not repaired yet: MTBF known, MTTR and availability unknown.
    expect(kpiFigures([facts({ failures: 1, downtimeHours: 4 })], 24)).toMatchObject({
      mttrHours: null,
      mtbfHours: 20,
      availability: null,
    });
  });

  it('gives preventive compliance as done on time over due, and sums the backlog', () => {
    const figures = kpiFigures(
      [
        facts({ preventiveDue: 3, preventiveOnTime: 2, backlogOpen: 2, backlogHours: 3.5 }),
        facts({ preventiveDue: 1, preventiveOnTime: 1, backlogOpen: 1, backlogHours: 1 }),
      ],
      24,
    );
    expect(figures).toMatchObject({
      preventiveDue: 4,
      preventiveOnTime: 3,
      preventiveCompliance: 0.75,
      backlogOpen: 3,
      backlogHours: 4.5,
    });
  });
});
