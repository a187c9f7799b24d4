import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { formatCalendarDate } from '../../../lib/format';
import { PRODUCTION_PATHS } from '../paths';
import { ActiveBadge } from '../status-badges';
import { operatorDetailQuery } from './queries';
import { RUN_COLUMNS } from './run-columns';

const { date, project, material, minutes, efficiency } = RUN_COLUMNS;
const RECENT_COLUMNS = [date, project, material, minutes, efficiency];

const hours = (minutes: number) => `${(minutes / 60).toFixed(1)} h`;

/** An operator: contact, production totals over all their runs, and their latest runs. */
export function OperatorPage() {
  const { id = '' } = useParams();
  const operator = useQuery(operatorDetailQuery(id));
  const o = operator.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to={PRODUCTION_PATHS.operators}>Operators</Link>
      </p>
      <PageHeader
        title={o?.name ?? 'Operator'}
        description={
          o
            ? [o.email, o.phone, o.userName && `Linked to ${o.userName}`].filter(Boolean).join(' · ') ||
              undefined
            : undefined
        }
        actions={o ? <ActiveBadge active={o.active} /> : undefined}
      />
      <ErrorBanner error={operator.error} />
      {o ? (
        <>
          <ul className="stat-tiles" aria-label="Production totals">
            {(
              [
                ['Runs', String(o.totals.runs)],
                ['Cut time', hours(o.totals.cutMinutes)],
                ['Sheets', String(o.totals.sheets)],
                ['Parts', String(o.totals.parts)],
                ['Projects', String(o.totals.projects)],
                ['Last run', o.totals.lastRunDate ? formatCalendarDate(o.totals.lastRunDate) : '—'],
              ] as const
            ).map(([label, value]) => (
              <li key={label} className="stat-tile">
                <span className="stat-tile__link">
                  <span className="stat-tile__value">{value}</span>
                  <span className="stat-tile__label">{label}</span>
                </span>
              </li>
            ))}
          </ul>
          <h2 className="section-title">Latest runs</h2>
          <DataTable
            columns={RECENT_COLUMNS}
            rows={o.recentRuns}
            rowKey={(run) => run.id}
            empty="No runs logged by this operator yet."
          />
          {o.totals.runs > o.recentRuns.length ? (
            <p className="muted small">
              <Link to={`${PRODUCTION_PATHS.runs}?operatorId=${o.id}`}>All {o.totals.runs} runs</Link>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
