import { KPI_GROUPINGS, type KpiQuery, type KpiReport, type KpiRow } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/data-table';
import { DateRangeFilter, dayRangeQuery } from '../../components/date-range-filter';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { formatCalendarDate } from '../../lib/format';
import { useUrlFilters } from '../../lib/use-url-filters';
import { AvailabilityChart, RepairTimesChart } from './kpi-charts';
import { kpiGroups, kpiHoursText, kpiTiles, percentText } from './kpi-figures';
import { isKpiRange, KPI_RANGES, type KpiRange, kpiDays } from './kpi-range';
import { machinePath } from './paths';
import { kpiReportQuery, useKpiCsvDownload } from './queries';
import { TeamSelect } from './team-select';

type Grouping = KpiQuery['groupBy'] & string;

const GROUPINGS: Record<Grouping, { option: string; header: string; scope: string }> = {
  team: { option: 'By team', header: 'Team', scope: 'by team' },
  machine: { option: 'By machine', header: 'Machine', scope: 'by machine' },
  none: { option: 'Overall', header: 'Scope', scope: 'overall' },
};

const isGrouping = (value: string): value is Grouping => (KPI_GROUPINGS as readonly string[]).includes(value);

const numeric = (header: string, cell: Column<KpiRow>['cell'], secondary = false): Column<KpiRow> => ({
  header,
  cell,
  className: 'numeric',
  secondary,
});

function columnsFor(groupBy: Grouping): Column<KpiRow>[] {
  return [
    {
      header: GROUPINGS[groupBy].header,
      cell: (row) =>
        groupBy === 'machine' && row.id ? (
          <Link to={machinePath(row.id)} className="strong-link">
            {row.name}
          </Link>
        ) : (
          <strong>{row.name}</strong>
        ),
    },
    numeric('Machines', (row) => row.machines, true),
    numeric('Failures', (row) => row.failures),
    numeric('MTTR', (row) => kpiHoursText(row.mttrHours)),
    numeric('MTBF', (row) => kpiHoursText(row.mtbfHours)),
    numeric('Availability', (row) => percentText(row.availability)),
    numeric('Downtime', (row) => kpiHoursText(row.downtimeHours)),
    numeric('Preventive', (row) => `${row.preventiveOnTime} of ${row.preventiveDue} on time`, true),
    numeric('Compliance', (row) => percentText(row.preventiveCompliance)),
    numeric('Backlog', (row) => `${row.backlogOpen} open · ${kpiHoursText(row.backlogHours)}`),
  ];
}

/** Every group, then the overall line when grouped (as the CSV has it). */
const tableRows = (report: KpiReport): KpiRow[] =>
  report.groupBy === 'none'
    ? kpiGroups(report)
    : [...report.rows, { id: null, name: 'Overall', ...report.overall }];

function KpiFiguresView({ report }: { report: KpiReport }) {
  const groupBy = report.groupBy;
  const groups = kpiGroups(report);
  const { scope } = GROUPINGS[groupBy];
  return (
    <>
      <ul className="stat-tiles kpi-tiles" aria-label="Overall figures">
        {kpiTiles(report.overall).map((tile) => (
          <li key={tile.label} className="kpi-tile">
            <span className="stat-tile__label">{tile.label}</span>
            <span className="stat-tile__value kpi-tile__value">{tile.value}</span>
            <span className="muted small">{tile.note}</span>
          </li>
        ))}
      </ul>
      <div className="chart-grid chart-grid--even">
        <RepairTimesChart groups={groups} scope={scope} />
        <AvailabilityChart groups={groups} scope={scope} />
      </div>
      <h2 className="section-title">All figures {scope}</h2>
      <DataTable
        columns={columnsFor(groupBy)}
        rows={tableRows(report)}
        rowKey={(row) => `${row.id ?? ''}:${row.name}`}
        empty="No machines match."
      />
    </>
  );
}

/** MTTR, MTBF, availability, downtime, preventive compliance and backlog over a range, by team or machine. */
export function KpisPage() {
  const { filters, setFilter, setFilters } = useUrlFilters({
    range: '30d',
    from: '',
    to: '',
    groupBy: 'team',
    teamId: '',
  });
  const range: KpiRange = isKpiRange(filters.range) ? filters.range : '30d';
  const groupBy: Grouping = isGrouping(filters.groupBy) ? filters.groupBy : 'team';
  const days = kpiDays(range, { from: filters.from, to: filters.to }, new Date());
  const instants = dayRangeQuery(days.from, days.to);
  const query: KpiQuery | null =
    instants.from && instants.to
      ? { from: instants.from, to: instants.to, groupBy, teamId: filters.teamId || undefined }
      : null;
  const report = useQuery(kpiReportQuery(query));
  const download = useKpiCsvDownload();
  const custom = range === 'custom';

  const chooseRange = (value: KpiRange) =>
    // A custom range starts from the days shown until now, to adjust rather than type from scratch.
    setFilters(value === 'custom' ? { range: value, ...days } : { range: value, from: '', to: '' });

  return (
    <>
      <PageHeader
        title="Maintenance KPIs"
        description="Repair times, availability, downtime, preventive compliance and backlog over a range."
        actions={
          <button
            type="button"
            className="button"
            disabled={!query || download.isPending}
            onClick={() => query && download.mutate(query)}
          >
            {download.isPending ? 'Preparing…' : 'Download CSV'}
          </button>
        }
      />
      <div className="toolbar">
        <select aria-label="Range" value={range} onChange={(e) => chooseRange(e.target.value as KpiRange)}>
          {Object.entries(KPI_RANGES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {custom ? (
          <DateRangeFilter
            from={filters.from}
            to={filters.to}
            onChange={setFilter}
            errors={fieldErrorsOf(report.error)}
          />
        ) : null}
        <select
          aria-label="Group by"
          value={groupBy}
          onChange={(e) => setFilter('groupBy', e.target.value as Grouping)}
        >
          {KPI_GROUPINGS.map((grouping) => (
            <option key={grouping} value={grouping}>
              {GROUPINGS[grouping].option}
            </option>
          ))}
        </select>
        <TeamSelect
          label="Team"
          emptyLabel="All teams"
          value={filters.teamId}
          onChange={(id) => setFilter('teamId', id)}
        />
      </div>
      <ErrorBanner error={formLevelError(report.error, custom ? ['from', 'to'] : [])} />
      <ErrorBanner error={download.error} />
      {!query ? (
        <p className="muted">Choose the first and the last day of the range.</p>
      ) : report.data && !report.error ? (
        <>
          <p className="muted small">
            {formatCalendarDate(days.from)} – {formatCalendarDate(days.to)} ·{' '}
            {report.data.overall.machines === 1 ? '1 machine' : `${report.data.overall.machines} machines`}
          </p>
          <KpiFiguresView report={report.data} />
        </>
      ) : report.isPending ? (
        <p className="muted">Loading…</p>
      ) : null}
    </>
  );
}
