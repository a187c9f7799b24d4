import type { LaserRun } from '@factoryops/contracts';
import { Link } from 'react-router';
import type { Column } from '../../../components/data-table';
import { formatCalendarDate } from '../../../lib/format';
import { operatorPath, projectPath } from '../paths';

/** Estimated over actual minutes as people say it: "1.25×", with a tone above or below plan. */
export function EfficiencyText({ efficiency }: { efficiency: string | null }) {
  if (efficiency === null) return <span className="muted">—</span>;
  const tone = Number(efficiency) >= 1 ? 'efficiency--ahead' : 'efficiency--behind';
  return <span className={`efficiency ${tone}`}>{efficiency}×</span>;
}

export const RUN_COLUMNS = {
  date: { header: 'Date', className: 'nowrap', cell: (run) => formatCalendarDate(run.runDate) },
  project: {
    header: 'Project',
    cell: (run) => (
      <>
        <Link to={projectPath(run.projectId)} className="strong-link">
          {run.projectCode}
        </Link>
        <div className="muted small truncate">
          {run.projectName} · {run.clientName}
        </div>
      </>
    ),
  },
  operator: {
    header: 'Operator',
    cell: (run) => <Link to={operatorPath(run.operatorId)}>{run.operatorName}</Link>,
  },
  preset: { header: 'Preset', secondary: true, cell: (run) => run.presetName ?? '—' },
  material: { header: 'Material', cell: (run) => `${run.material} ${run.thickness} mm` },
  sheets: { header: 'Sheets', className: 'numeric', secondary: true, cell: (run) => run.sheets },
  parts: { header: 'Parts', className: 'numeric', secondary: true, cell: (run) => run.parts },
  minutes: {
    header: 'Cut / est. min',
    className: 'numeric nowrap',
    cell: (run) => `${run.cutMinutes} / ${run.estimatedMinutes ?? '—'}`,
  },
  efficiency: {
    header: 'Efficiency',
    className: 'numeric',
    cell: (run) => <EfficiencyText efficiency={run.efficiency} />,
  },
} satisfies Record<string, Column<LaserRun>>;
