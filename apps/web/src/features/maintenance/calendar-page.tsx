import { type MaintenanceRequestSummary, REQUEST_STATUSES } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { localIsoDate } from '../../lib/format';
import { useUrlFilters } from '../../lib/use-url-filters';
import { dayTitle, isMonth, monthOf, monthTitle, monthWeeks, shiftMonth, WEEKDAYS } from './calendar-month';
import { requestPath } from './paths';
import { scheduledWorkQuery } from './queries';
import { OverdueBadge, StatusBadge } from './status-badge';
import { TONES } from './tones';

/** One scheduled request: machine code and subject, coloured by status; it opens the request. */
function CalendarEntry({ request }: { request: MaintenanceRequestSummary }) {
  return (
    <li>
      <Link
        to={requestPath(request.id)}
        className={`calendar-entry calendar-entry--${TONES[request.status]}`}
        title={`${request.machine.name}: ${request.subject} (${request.status})`}
      >
        <span className="calendar-entry__line">
          <span className="mono">{request.machine.code}</span>
          {request.isOverdue ? <OverdueBadge /> : null}
        </span>
        <span className="calendar-entry__subject">{request.subject}</span>
        <span className="visually-hidden">, {request.status}</span>
      </Link>
    </li>
  );
}

function Entries({ requests }: { requests: MaintenanceRequestSummary[] | undefined }) {
  if (!requests?.length) return null;
  return (
    <ul className="calendar-entries">
      {requests.map((request) => (
        <CalendarEntry key={request.id} request={request} />
      ))}
    </ul>
  );
}

function byDay(requests: MaintenanceRequestSummary[]): Map<string, MaintenanceRequestSummary[]> {
  const days = new Map<string, MaintenanceRequestSummary[]>();
  for (const request of requests) {
    if (!request.scheduledDate) continue;
    days.set(request.scheduledDate, [...(days.get(request.scheduledDate) ?? []), request]);
  }
  return days;
}

/**
 * Preventive maintenance by scheduled day, a month at a time (weeks start on Monday). On a tablet or
 * a phone the month becomes a list of the days that have work.
 */
export function CalendarPage() {
  const { filters, setFilter } = useUrlFilters({ month: '' });
  const today = localIsoDate(new Date());
  const month = isMonth(filters.month) ? filters.month : monthOf(today);
  const weeks = monthWeeks(month);
  const days = weeks.flat();
  const scheduled = useQuery(scheduledWorkQuery(days[0].date, days[days.length - 1].date));
  const requests = byDay(scheduled.data?.items ?? []);
  const busyDays = days.filter((day) => day.inMonth && requests.has(day.date));
  const title = monthTitle(month);

  return (
    <>
      <PageHeader
        title="Maintenance calendar"
        description="Preventive maintenance by scheduled day. Open an entry for its request."
      />
      <div className="toolbar calendar-toolbar">
        <button type="button" className="button" onClick={() => setFilter('month', shiftMonth(month, -1))}>
          ‹ Previous<span className="visually-hidden"> month</span>
        </button>
        <button type="button" className="button" onClick={() => setFilter('month', monthOf(today))}>
          Today
        </button>
        <button type="button" className="button" onClick={() => setFilter('month', shiftMonth(month, 1))}>
          Next<span className="visually-hidden"> month</span> ›
        </button>
        <h2 className="calendar-toolbar__title" aria-live="polite">
          {title}
        </h2>
        <span className="badges calendar-toolbar__legend">
          <span className="visually-hidden">Colours by status:</span>
          {REQUEST_STATUSES.map((status) => (
            <StatusBadge key={status} value={status} />
          ))}
        </span>
      </div>
      <ErrorBanner error={scheduled.error} />
      {scheduled.data && scheduled.data.total > scheduled.data.items.length ? (
        <p className="banner banner--warning">
          Showing {scheduled.data.items.length} of {scheduled.data.total} scheduled requests.
        </p>
      ) : null}
      {scheduled.data && busyDays.length === 0 ? (
        <p className="muted">No preventive maintenance is scheduled in {title}.</p>
      ) : null}
      <table className="calendar" aria-label={`Scheduled maintenance, ${title}`}>
        <thead>
          <tr>
            {WEEKDAYS.map((weekday) => (
              <th key={weekday} scope="col" className="calendar__weekday">
                {weekday}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0].date}>
              {week.map((day) => (
                <td
                  key={day.date}
                  className={`calendar__day${day.inMonth ? '' : ' calendar__day--outside'}${day.date === today ? ' calendar__day--today' : ''}`}
                  aria-current={day.date === today ? 'date' : undefined}
                >
                  <span className="calendar__date">{Number(day.date.slice(8))}</span>
                  <Entries requests={requests.get(day.date)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="calendar-list">
        {busyDays.map((day) => (
          <section key={day.date} aria-label={dayTitle(day.date)}>
            <h3 className={day.date === today ? 'calendar-list__today' : undefined}>{dayTitle(day.date)}</h3>
            <Entries requests={requests.get(day.date)} />
          </section>
        ))}
      </div>
      {scheduled.isPending ? <p className="muted">Loading…</p> : null}
    </>
  );
}
