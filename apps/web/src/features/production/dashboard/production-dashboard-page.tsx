import type { OperatorWeekHours } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import Chart from 'react-apexcharts';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { CHART_BASE } from '../../../lib/chart-options';
import { formatCalendarDate, formatDay } from '../../../lib/format';
import { StockToReorder } from '../inventory/stock-to-reorder';
import { clientPath, PRODUCTION_PATHS, projectPath } from '../paths';
import { PROJECT_COLUMNS } from '../projects/project-columns';
import { productionDashboardQuery } from '../runs/queries';
import { weekHoursSeries } from './week-hours';

function CutHoursChart({ operators }: { operators: OperatorWeekHours[] }) {
  const { days, series, total } = weekHoursSeries(operators);
  const title = `Cut hours this week per operator (${total} h)`;
  return (
    <figure className="card chart" aria-label="Cut hours this week per operator">
      <figcaption>{title}</figcaption>
      <Chart
        type="bar"
        height={280}
        series={series}
        options={{
          ...CHART_BASE,
          chart: { ...CHART_BASE.chart, stacked: true },
          xaxis: { categories: days.map(formatDay) },
          yaxis: {
            min: 0,
            title: { text: 'hours' },
            labels: { formatter: (value: number) => value.toFixed(1) },
          },
          tooltip: { y: { formatter: (value: number) => `${value.toFixed(1)} h` } },
          plotOptions: { bar: { columnWidth: '50%' } },
          noData: { text: 'No operators yet' },
        }}
      />
    </figure>
  );
}

/** The shop at a glance, live: counts, the next jobs to cut, who cut how much this week, what is new. */
export function ProductionDashboardPage() {
  const dashboard = useQuery(productionDashboardQuery);
  const d = dashboard.data;
  return (
    <>
      <PageHeader
        title="Production"
        description="The laser shop at a glance; it updates as the queue, runs and stock change."
      />
      <ErrorBanner error={dashboard.error} />
      {d ? (
        <>
          <ul className="stat-tiles" aria-label="Production counts">
            {(
              [
                ['Clients', d.counts.clients, PRODUCTION_PATHS.clients, ''],
                ['Active projects', d.counts.activeProjects, PRODUCTION_PATHS.projects, ''],
                ['In the queue', d.counts.queueLength, PRODUCTION_PATHS.queue, ''],
                ['Runs today', d.counts.runsToday, PRODUCTION_PATHS.runs, 'ok'],
                [
                  'POP deadlines overdue',
                  d.counts.popDeadlinesOverdue,
                  `${PRODUCTION_PATHS.projects}?popDeadlineWithin=0`,
                  d.counts.popDeadlinesOverdue > 0 ? 'danger' : 'ok',
                ],
                [
                  'Low stock',
                  d.lowStock.total,
                  `${PRODUCTION_PATHS.inventory}?lowStock=true`,
                  d.lowStock.total > 0 ? 'warn' : 'ok',
                ],
              ] as const
            ).map(([label, value, to, tone]) => (
              <li key={label} className={`stat-tile${tone ? ` stat-tile--${tone}` : ''}`}>
                <Link to={to} className="stat-tile__link">
                  <span className="stat-tile__value">{value}</span>
                  <span className="stat-tile__label">{label}</span>
                </Link>
              </li>
            ))}
          </ul>
          <div className="chart-grid chart-grid--even">
            <CutHoursChart operators={d.cutHoursThisWeek} />
            <section className="card" aria-label="Next in the queue">
              <h2 className="section-title">Next in the queue</h2>
              <DataTable
                columns={[
                  { header: '#', className: 'numeric', cell: (item) => item.position },
                  {
                    header: 'Project',
                    cell: (item) => (
                      <>
                        <Link to={projectPath(item.projectId)} className="strong-link">
                          {item.projectName}
                        </Link>
                        <div className="muted small mono nowrap">{item.projectCode}</div>
                      </>
                    ),
                  },
                  { header: 'Priority', cell: (item) => item.priority },
                  {
                    header: 'Scheduled',
                    className: 'nowrap',
                    cell: (item) => formatCalendarDate(item.scheduledDate),
                  },
                ]}
                rows={d.nextInQueue}
                rowKey={(item) => item.id}
                empty="The queue is empty."
              />
              <p className="muted small">
                <Link to={PRODUCTION_PATHS.queue}>The whole queue</Link>
              </p>
            </section>
          </div>
          <div className="chart-grid chart-grid--even">
            <section className="card" aria-label="Recent projects">
              <h2 className="section-title">Recent projects</h2>
              <DataTable
                columns={[
                  { ...PROJECT_COLUMNS.project, sortKey: undefined },
                  { header: 'Client', cell: (p) => p.clientName },
                  PROJECT_COLUMNS.status,
                ]}
                rows={d.recentProjects}
                rowKey={(p) => p.id}
                empty="No projects yet."
              />
            </section>
            <section className="card" aria-label="Recent clients">
              <h2 className="section-title">Recent clients</h2>
              <DataTable
                columns={[
                  {
                    header: 'Client',
                    cell: (c) => (
                      <Link to={clientPath(c.id)} className="strong-link">
                        {c.code} · {c.name}
                      </Link>
                    ),
                  },
                  { header: 'Contact', cell: (c) => c.contactPerson || '—' },
                  { header: 'Projects', className: 'numeric', cell: (c) => c.projectCount },
                ]}
                rows={d.recentClients}
                rowKey={(c) => c.id}
                empty="No clients yet."
              />
            </section>
          </div>
          <div className="chart-grid chart-grid--whole">
            <StockToReorder lowStock={d.lowStock} />
          </div>
        </>
      ) : dashboard.isPending ? (
        <p className="muted">Loading…</p>
      ) : null}
    </>
  );
}
