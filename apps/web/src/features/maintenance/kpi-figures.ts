import type { KpiFigures, KpiReport, KpiRow } from '@factoryops/contracts';

const hourFormats = [0, 1, 2].map(
  (digits) => new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }),
);

/**
 * Hours as a figure: the larger, the fewer decimals ("0.25 h", "48.3 h", "15,768 h"); a time too
 * short to show is "< 0.01 h", not 0; "—" when there is nothing to measure.
 */
export function kpiHoursText(hours: number | null): string {
  if (hours === null) return '—';
  if (hours > 0 && hours < 0.005) return '< 0.01 h';
  const digits = hours >= 100 ? 0 : hours >= 10 ? 1 : 2;
  return `${hourFormats[digits].format(hours)} h`;
}

/**
 * A share (0–1) as a percentage: "98.7 %"; "—" when there is nothing to measure. A share short of 1
 * never reads "100 %" (availability 0.9996 is "99.96 %").
 */
export function percentText(share: number | null): string {
  if (share === null) return '—';
  for (const digits of [1, 2]) {
    const text = Number((share * 100).toFixed(digits));
    if (share === 1 || text < 100) return `${text} %`;
  }
  return '> 99.99 %';
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export interface KpiTile {
  label: string;
  value: string;
  /** What the figure is, or why there is none. */
  note: string;
}

/** The headline figures, each with a line saying what it is or why it is missing. */
export function kpiTiles(figures: KpiFigures): KpiTile[] {
  const {
    machines,
    failures,
    mttrHours,
    mtbfHours,
    availability,
    downtimeHours,
    preventiveDue,
    preventiveOnTime,
    preventiveCompliance,
  } = figures;
  const noRepair = failures === 0 ? 'No failures in this range' : 'No failure repaired yet';
  return [
    {
      label: 'MTTR',
      value: kpiHoursText(mttrHours),
      note: mttrHours === null ? noRepair : 'Mean time to repair',
    },
    {
      label: 'MTBF',
      value: kpiHoursText(mtbfHours),
      note:
        mtbfHours === null ? 'No failures in this range' : `Mean time between ${count(failures, 'failure')}`,
    },
    {
      label: 'Availability',
      value: percentText(availability),
      note:
        availability === null
          ? machines === 0
            ? 'No machines to measure'
            : noRepair
          : failures === 0
            ? 'No failures in this range'
            : 'MTBF / (MTBF + MTTR)',
    },
    {
      label: 'Downtime',
      value: kpiHoursText(downtimeHours),
      note: `In fault, across ${count(machines, 'machine')}`,
    },
    {
      label: 'Preventive compliance',
      value: percentText(preventiveCompliance),
      note:
        preventiveCompliance === null
          ? 'Nothing was due in this range'
          : `${preventiveOnTime} of ${preventiveDue} done on time`,
    },
    {
      label: 'Backlog',
      value: `${figures.backlogOpen} open`,
      note: `${kpiHoursText(figures.backlogHours)} estimated, open requests now`,
    },
  ];
}

/** The groups to chart and list: the report's rows, or the whole selection as one when not grouped. */
export function kpiGroups(report: KpiReport): KpiRow[] {
  return report.groupBy === 'none' ? [{ id: null, name: 'All machines', ...report.overall }] : report.rows;
}
