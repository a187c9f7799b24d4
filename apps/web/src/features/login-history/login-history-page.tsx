import { LOGIN_OUTCOMES, type LoginOutcome } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import Chart from 'react-apexcharts';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { formatDateTime } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { dailySeries, OUTCOME_LABELS } from './outcomes';
import { loginDailyQuery, loginListQuery } from './queries';

const DAYS = 30;

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
            categories: dates.map((d) => d.slice(5)),
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

export function LoginHistoryPage() {
  const [email, setEmail] = useState('');
  const [outcome, setOutcome] = useState<LoginOutcome | ''>('');
  const [page, setPage] = useState(1);
  const debouncedEmail = useDebounced(email.trim());
  const attempts = useQuery(
    loginListQuery({ email: debouncedEmail || undefined, outcome: outcome || undefined, page, pageSize: 25 }),
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
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
            setPage(1);
          }}
        />
        <select
          aria-label="Outcome"
          value={outcome}
          onChange={(e) => {
            setOutcome(e.target.value as LoginOutcome | '');
            setPage(1);
          }}
        >
          <option value="">All outcomes</option>
          {LOGIN_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </div>
      <ErrorBanner error={attempts.error} />
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>Time</th>
              <th>Email</th>
              <th>Outcome</th>
              <th>Address</th>
              <th>Browser</th>
            </tr>
          </thead>
          <tbody>
            {attempts.data?.items.map((attempt) => (
              <tr key={attempt.id}>
                <td className="nowrap">{formatDateTime(attempt.at)}</td>
                <td>{attempt.email}</td>
                <td>
                  <span className={`badge ${attempt.outcome === 'success' ? 'badge--ok' : 'badge--warn'}`}>
                    {OUTCOME_LABELS[attempt.outcome]}
                  </span>
                </td>
                <td className="mono">{attempt.address}</td>
                <td className="small truncate" title={attempt.userAgent ?? ''}>
                  {attempt.userAgent ?? '—'}
                </td>
              </tr>
            ))}
            {attempts.data?.items.length === 0 ? (
              <tr>
                <td colSpan={5} className="table__empty">
                  No attempts match.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {attempts.data ? (
        <Pager page={page} pageSize={25} total={attempts.data.total} onPage={setPage} />
      ) : null}
    </>
  );
}
