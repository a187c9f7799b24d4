import { LOGIN_OUTCOMES, type LoginAttempt, type LoginOutcome } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import Chart from 'react-apexcharts';
import { type Column, DataTable } from '../../components/data-table';
import { DateRangeFilter, dayRangeQuery } from '../../components/date-range-filter';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { formatDateTime, formatDay } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useListFilters } from '../../lib/use-list-filters';
import { dailySeries, OUTCOME_LABELS } from './outcomes';
import { loginDailyQuery, loginListQuery } from './queries';

const DAYS = 30;
const PAGE_SIZE = 25;

function LoginChart() {
  const daily = useQuery(loginDailyQuery(DAYS));
  if (!daily.data) return <ErrorBanner error={daily.error} />;
  const { dates, series } = dailySeries(daily.data, DAYS);
  return (
    <figure className="card chart" aria-label={`Sign-in attempts per day over the last ${DAYS} days`}>
      <figcaption>Sign-in attempts per day, last {DAYS} days</figcaption>
      <Chart
        type="bar"
        height={260}
        series={series.map(({ name, data }) => ({ name, data }))}
        options={{
          chart: {
            stacked: true,
            toolbar: { show: false },
            animations: { enabled: false },
            fontFamily: 'inherit',
          },
          colors: series.map((s) => s.color),
          xaxis: {
            categories: dates.map(formatDay),
            labels: { rotate: -45, hideOverlappingLabels: true },
          },
          yaxis: { labels: { formatter: (value: number) => value.toFixed(0) }, title: { text: 'attempts' } },
          dataLabels: { enabled: false },
          legend: { position: 'top' },
          plotOptions: { bar: { columnWidth: '70%' } },
        }}
      />
    </figure>
  );
}

const COLUMNS: Column<LoginAttempt>[] = [
  { header: 'Time', className: 'nowrap', cell: (attempt) => formatDateTime(attempt.at) },
  { header: 'Email', cell: (attempt) => attempt.email },
  {
    header: 'Outcome',
    cell: (attempt) => (
      <span className={`badge ${attempt.outcome === 'success' ? 'badge--ok' : 'badge--warn'}`}>
        {OUTCOME_LABELS[attempt.outcome]}
      </span>
    ),
  },
  { header: 'Address', className: 'mono', cell: (attempt) => attempt.address },
  {
    header: 'Browser',
    className: 'small truncate',
    secondary: true,
    cell: (attempt) => <span title={attempt.userAgent ?? ''}>{attempt.userAgent ?? '—'}</span>,
  },
];

export function LoginHistoryPage() {
  const { filters, setFilter, page, setPage } = useListFilters({
    email: '',
    outcome: '' as LoginOutcome | '',
    from: '',
    to: '',
  });
  const email = useDebounced(filters.email.trim());
  const attempts = useQuery(
    loginListQuery({
      email: email || undefined,
      outcome: filters.outcome || undefined,
      ...dayRangeQuery(filters.from, filters.to),
      page,
      pageSize: PAGE_SIZE,
    }),
  );

  return (
    <>
      <PageHeader
        title="Login history"
        description="Every sign-in attempt: when, from where, with which browser, and how it ended."
      />
      <LoginChart />
      <div className="toolbar">
        <input
          type="search"
          aria-label="Filter by email"
          placeholder="Filter by email"
          value={filters.email}
          onChange={(e) => setFilter('email', e.target.value)}
        />
        <select
          aria-label="Outcome"
          value={filters.outcome}
          onChange={(e) => setFilter('outcome', e.target.value as LoginOutcome | '')}
        >
          <option value="">All outcomes</option>
          {LOGIN_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
        <DateRangeFilter from={filters.from} to={filters.to} onChange={setFilter} />
      </div>
      <ErrorBanner error={attempts.error} />
      <DataTable
        columns={COLUMNS}
        rows={attempts.data?.items}
        rowKey={(a) => a.id}
        empty="No attempts match."
      />
      {attempts.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={attempts.data.total} onPage={setPage} />
      ) : null}
    </>
  );
}
