import { type Alarm, PAGE_SIZE_MAX } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth-session';
import { type Column, DataTable } from '../../components/data-table';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { useNow } from '../../lib/use-now';
import { AcknowledgeDialog } from './acknowledge-dialog';
import { AlarmBadges } from './alarm-badges';
import { alarmColumns } from './alarm-columns';
import { byUrgency, needsAcknowledgement, openCountsText } from './alarm-labels';
import { AlarmTabs } from './alarm-tabs';
import { ALARM_HISTORY_PATH } from './paths';
import { alarmCountsQuery, openAlarmsQuery } from './queries';
import './alarms.css';

/** How a row stands out: active loud, cleared-but-unacknowledged marked, acknowledged calm. */
const rowClass = (alarm: Alarm) => `alarm-row alarm-row--${alarm.state} alarm-row--${alarm.level}`;

/**
 * The open alarms (everything not closed), most urgent first, live: raised, levelled up, acknowledged
 * and cleared as it happens. Those who may acknowledge do so with a comment.
 */
export function AlarmsPage() {
  const canAcknowledge = useCurrentUser().permissions.includes('alarms.acknowledge');
  const alarms = useQuery(openAlarmsQuery);
  const counts = useQuery(alarmCountsQuery);
  const now = useNow(1000);
  const [acknowledging, setAcknowledging] = useState<Alarm | null>(null);
  const rows = alarms.data ? [...alarms.data.items].sort(byUrgency) : undefined;
  // The dialog follows the alarm as the list refreshes (a new version, or someone else acknowledging it).
  const current = acknowledging ? (rows?.find((a) => a.id === acknowledging.id) ?? acknowledging) : null;

  const { alarm, raised, worst, duration, acknowledged } = alarmColumns(now);
  const columns: Column<Alarm>[] = [
    { header: 'Severity', cell: (a) => <AlarmBadges alarm={a} /> },
    alarm,
    raised,
    worst,
    { ...duration, secondary: true },
    {
      ...acknowledged,
      // Who took it on and why; until then, the button for those who may.
      cell: (a) =>
        canAcknowledge && needsAcknowledgement(a) ? (
          <button
            type="button"
            className={`button button--small${a.state === 'active' ? ' button--primary' : ''}`}
            onClick={() => setAcknowledging(a)}
          >
            Acknowledge
            <span className="visually-hidden">
              {' '}
              {a.message} on {a.sensorName}
            </span>
          </button>
        ) : (
          acknowledged.cell(a)
        ),
    },
  ];

  return (
    <div className="alarms-page">
      <PageHeader
        title="Alarms"
        description={
          counts.data
            ? `${openCountsText(counts.data)}. Live: alarms appear and change here as they happen.`
            : 'Open alarms, live.'
        }
      />
      <AlarmTabs />
      <ErrorBanner error={alarms.error} />
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(a) => a.id}
        rowClass={rowClass}
        empty="No open alarms: every sensor is within its levels, and every alarm has been acknowledged."
      />
      {alarms.data && alarms.data.total > PAGE_SIZE_MAX ? (
        <p className="muted small">
          {PAGE_SIZE_MAX} of {alarms.data.total} open alarms are shown.{' '}
          <Link to={`${ALARM_HISTORY_PATH}?state=active`}>All in the history</Link>
        </p>
      ) : null}
      <AcknowledgeDialog alarm={current} onClose={() => setAcknowledging(null)} />
    </div>
  );
}
