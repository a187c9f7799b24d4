import {
  EFFICIENCY_CLASSES,
  EFFICIENCY_THRESHOLDS,
  type EfficiencyFigures,
  type EfficiencyReport,
} from '@factoryops/contracts';
import Chart from 'react-apexcharts';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table';
import { CHART_BASE } from '../../../lib/chart-options';
import { toneColor } from '../../maintenance/tones';
import { operatorPath, projectPath } from '../paths';
import { EfficiencyBadge, ProjectStatusBadges } from '../status-badges';
import {
  EFFICIENCY_LABELS,
  EFFICIENCY_TONES,
  efficiencyColor,
  minutesText,
  percentText,
} from './report-figures';
import { ReportTiles } from './report-tiles';

/** Estimated, actual, the variance and the efficiency: the columns every efficiency table ends with. */
function figureColumns<T extends EfficiencyFigures>(): Column<T>[] {
  return [
    { header: 'Estimated', className: 'numeric', cell: (row) => minutesText(row.estimatedMinutes) },
    { header: 'Actual', className: 'numeric', cell: (row) => minutesText(row.actualMinutes) },
    {
      header: 'Variance',
      className: 'numeric',
      cell: (row) => (
        <>
          {minutesText(row.varianceMinutes, true)}
          <div className="muted small">{percentText(row.variancePercent, true)}</div>
        </>
      ),
    },
    { header: 'Efficiency', className: 'numeric', cell: (row) => <EfficiencyBadge figures={row} /> },
  ];
}

/** The thresholds as lines across a chart of efficiencies, labelled with their class. */
const THRESHOLD_LINES = (['good', 'fair'] as const).map((level) => ({
  y: EFFICIENCY_THRESHOLDS[level],
  borderColor: toneColor(EFFICIENCY_TONES[level]),
  strokeDashArray: 4,
  label: {
    text: `${EFFICIENCY_THRESHOLDS[level]} %`,
    position: 'left',
    textAnchor: 'start',
    style: { background: toneColor(EFFICIENCY_TONES[level]), color: '#fff' },
  },
}));

/** Efficiency bars, each in its class's colour, with the thresholds drawn across. */
function EfficiencyBars({
  title,
  rows,
}: {
  title: string;
  rows: { label: string; title: string; figures: EfficiencyFigures }[];
}) {
  const percents = rows.map((row) => row.figures.efficiencyPercent);
  return (
    <figure className="card chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <Chart
        type="bar"
        height={300}
        series={[
          {
            name: 'Efficiency',
            data: percents.map((percent) => (percent === null ? null : Number(percent))),
          },
        ]}
        options={{
          ...CHART_BASE,
          colors: rows.map((row) => efficiencyColor(row.figures.class)),
          legend: { show: false },
          xaxis: { categories: rows.map((row) => row.label) },
          yaxis: {
            min: 0,
            max: (max: number) => Math.max(120, Math.ceil(max / 10) * 10),
            title: { text: 'estimated ÷ actual (%)' },
            labels: { formatter: (value: number) => value.toFixed(0) },
          },
          annotations: { yaxis: THRESHOLD_LINES },
          tooltip: {
            y: {
              formatter: (_: number, opts?: { dataPointIndex: number }) =>
                percentText(percents[opts?.dataPointIndex ?? 0]),
            },
          },
          plotOptions: { bar: { distributed: true, columnWidth: '55%' } },
          noData: { text: 'Nothing with an estimate was cut in this range' },
        }}
      />
    </figure>
  );
}

/** Estimated against actual cut minutes per project and per operator, coloured by the thresholds. */
export function EfficiencyReportView({ report }: { report: EfficiencyReport }) {
  const { totals } = report;
  return (
    <>
      <ReportTiles
        label="Efficiency totals"
        tiles={[
          {
            label: 'Efficiency',
            value: <EfficiencyBadge figures={totals} />,
            note: `${totals.projects} project${totals.projects === 1 ? '' : 's'} with an estimate`,
          },
          { label: 'Estimated', value: minutesText(totals.estimatedMinutes) },
          { label: 'Actual', value: minutesText(totals.actualMinutes) },
          {
            label: 'Variance',
            value: minutesText(totals.varianceMinutes, true),
            note: percentText(totals.variancePercent, true),
          },
        ]}
      />
      <p className="muted small efficiency-legend">
        {EFFICIENCY_CLASSES.map((level) => (
          <span key={level} className="efficiency-legend__item">
            <span className="efficiency-legend__swatch" style={{ background: efficiencyColor(level) }} />
            {EFFICIENCY_LABELS[level]}
          </span>
        ))}
        {report.unestimatedProjects > 0
          ? ` · ${report.unestimatedProjects} project${report.unestimatedProjects === 1 ? '' : 's'} cut without an estimate left out`
          : null}
      </p>
      <div className="chart-grid chart-grid--even">
        <EfficiencyBars
          title="Efficiency per project"
          // The code's client and number (`CL0003-001`): the whole code is too long under a bar.
          rows={report.byProject.map((project) => ({
            label: project.code.split('-').slice(-2).join('-'),
            title: `${project.code} · ${project.name}`,
            figures: project,
          }))}
        />
        <EfficiencyBars
          title="Efficiency per operator"
          rows={report.byOperator.map((operator) => ({
            label: operator.name,
            title: operator.name,
            figures: operator,
          }))}
        />
      </div>
      <h2 className="section-title">Projects, the least efficient first</h2>
      <p className="muted small">Each project cut in the range, its estimate against all its runs.</p>
      <DataTable
        columns={[
          {
            header: 'Project',
            cell: (row) => (
              <>
                <Link to={projectPath(row.projectId)} className="strong-link">
                  {row.name}
                </Link>
                <div className="muted small mono nowrap">{row.code}</div>
              </>
            ),
          },
          { header: 'Client', secondary: true, cell: (row) => row.clientName },
          {
            header: 'Status',
            secondary: true,
            cell: (row) => (
              <ProjectStatusBadges project={{ status: row.status, onHold: false, overdue: false }} />
            ),
          },
          { header: 'Runs', className: 'numeric', cell: (row) => row.runs },
          ...figureColumns<EfficiencyReport['byProject'][number]>(),
        ]}
        rows={report.byProject}
        rowKey={(row) => row.projectId}
        empty="No project with an estimate was cut in this range."
      />
      <h2 className="section-title">Operators</h2>
      <p className="muted small">
        Their runs in the range against their share of each project's estimate: the share of its parts they
        cut.
      </p>
      <DataTable
        columns={[
          {
            header: 'Operator',
            cell: (row) => (
              <Link to={operatorPath(row.operatorId)} className="strong-link">
                {row.name}
              </Link>
            ),
          },
          { header: 'Projects', className: 'numeric', secondary: true, cell: (row) => row.projects },
          { header: 'Runs', className: 'numeric', cell: (row) => row.runs },
          ...figureColumns<EfficiencyReport['byOperator'][number]>(),
        ]}
        rows={report.byOperator}
        rowKey={(row) => row.operatorId}
        empty="No runs on projects with an estimate in this range."
      />
    </>
  );
}
