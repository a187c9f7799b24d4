import { MACHINE_STATUSES, type MachineSummary } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import Chart from 'react-apexcharts';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { CHART_BASE } from '../../lib/chart-options';
import { MACHINE_COLUMNS } from './machine-columns';
import { machineListQuery, machineSummaryQuery } from './queries';
import { colorOf, TONES } from './tones';

const CHART_OPTIONS = { ...CHART_BASE, colors: MACHINE_STATUSES.map(colorOf) };

function StatusDonut({ summary }: { summary: MachineSummary }) {
  return (
    <figure className="card chart" aria-label="Machines by status">
      <figcaption>Machines by status</figcaption>
      <Chart
        type="donut"
        height={280}
        series={MACHINE_STATUSES.map((status) => summary.byStatus[status] ?? 0)}
        options={{
          ...CHART_OPTIONS,
          labels: [...MACHINE_STATUSES],
          plotOptions: {
            pie: { donut: { labels: { show: true, total: { show: true, label: 'Machines' } } } },
          },
        }}
      />
    </figure>
  );
}

function BuildingBars({ summary }: { summary: MachineSummary }) {
  return (
    <figure className="card chart" aria-label="Machines by building">
      <figcaption>Machines by building</figcaption>
      <Chart
        type="bar"
        height={280}
        series={MACHINE_STATUSES.map((status) => ({
          name: status,
          data: summary.byBuilding.map(({ counts }) => counts[status] ?? 0),
        }))}
        options={{
          ...CHART_OPTIONS,
          chart: { ...CHART_OPTIONS.chart, stacked: true },
          xaxis: { categories: summary.byBuilding.map(({ building }) => building || 'No building') },
          yaxis: { labels: { formatter: (value: number) => value.toFixed(0) }, title: { text: 'machines' } },
          plotOptions: { bar: { horizontal: false, columnWidth: '45%' } },
        }}
      />
    </figure>
  );
}

const { name, place, team, importance, openRequests } = MACHINE_COLUMNS;
const FAULT_COLUMNS = [name, place, team, importance, openRequests];

/** The state of the plant at a glance: machine statuses, by building, and the machines down now. */
export function MaintenanceDashboardPage() {
  const summary = useQuery(machineSummaryQuery);
  const faults = useQuery(machineListQuery({ status: 'Fault', archived: 'false', pageSize: 10 }));
  return (
    <>
      <PageHeader title="Maintenance dashboard" description="Machine status across the plant, live." />
      <ErrorBanner error={summary.error ?? faults.error} />
      {summary.data ? (
        <>
          <ul className="stat-tiles" aria-label="Machines by status">
            {MACHINE_STATUSES.map((status) => (
              <li key={status} className={`stat-tile stat-tile--${TONES[status]}`}>
                <Link to={`/maintenance/machines?status=${status}`} className="stat-tile__link">
                  <span className="stat-tile__value">{summary.data.byStatus[status] ?? 0}</span>
                  <span className="stat-tile__label">{status}</span>
                </Link>
              </li>
            ))}
          </ul>
          <div className="chart-grid">
            <StatusDonut summary={summary.data} />
            <BuildingBars summary={summary.data} />
          </div>
        </>
      ) : summary.isPending ? (
        <p className="muted">Loading…</p>
      ) : null}
      <h2 className="section-title">Machines with an open fault</h2>
      <DataTable
        columns={FAULT_COLUMNS}
        rows={faults.data?.items}
        rowKey={(m) => m.id}
        empty="No machine has an open fault."
      />
      {faults.data && faults.data.total > faults.data.items.length ? (
        <p className="muted small">
          <Link to="/maintenance/machines?status=Fault">All {faults.data.total} machines with a fault</Link>
        </p>
      ) : null}
    </>
  );
}
