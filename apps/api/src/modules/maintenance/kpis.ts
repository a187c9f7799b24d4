import type { KpiFigures } from '@factoryops/contracts';

/** What one machine contributes to the figures over a range (from SQL). */
export interface MachineKpiFacts {
  failures: number;
  repaired: number;
  repairHours: number;
  downtimeHours: number;
  preventiveDue: number;
  preventiveOnTime: number;
  backlogOpen: number;
  backlogHours: number;
}

const round = (value: number | null, digits = 2) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * MTTR, MTBF, availability, downtime, preventive compliance and backlog of a set of machines over a
 * range of `rangeHours`. Sums first, then ratios: a group's MTTR is its total repair time over its
 * repairs, not a mean of the machines' means.
 */
export function kpiFigures(machines: MachineKpiFacts[], rangeHours: number): KpiFigures {
  const sum = (pick: (facts: MachineKpiFacts) => number) =>
    machines.reduce((total, facts) => total + pick(facts), 0);
  const failures = sum((f) => f.failures);
  const repaired = sum((f) => f.repaired);
  const downtimeHours = sum((f) => f.downtimeHours);
  const operatingHours = Math.max(0, machines.length * rangeHours - downtimeHours);
  const mttrHours = repaired > 0 ? sum((f) => f.repairHours) / repaired : null;
  const mtbfHours = failures > 0 ? operatingHours / failures : null;
  const availability =
    failures === 0
      ? machines.length > 0
        ? 1
        : null
      : mtbfHours !== null && mttrHours !== null
        ? mtbfHours / (mtbfHours + mttrHours)
        : null;
  const preventiveDue = sum((f) => f.preventiveDue);
  const preventiveOnTime = sum((f) => f.preventiveOnTime);
  return {
    machines: machines.length,
    failures,
    mttrHours: round(mttrHours),
    mtbfHours: round(mtbfHours),
    availability: round(availability, 4),
    downtimeHours: round(downtimeHours) ?? 0,
    preventiveDue,
    preventiveOnTime,
    preventiveCompliance: preventiveDue > 0 ? round(preventiveOnTime / preventiveDue, 4) : null,
    backlogOpen: sum((f) => f.backlogOpen),
    backlogHours: round(sum((f) => f.backlogHours)) ?? 0,
  };
}
