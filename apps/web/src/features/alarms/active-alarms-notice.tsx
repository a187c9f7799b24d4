import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatRelative } from '../../lib/format';
import { AlarmLevelBadge } from './alarm-badges';
import { activeCountText, byUrgency } from './alarm-labels';
import { ALARMS_PATH } from './paths';
import { openAlarmsQuery } from './queries';
import './alarms.css';

const SHOWN = 3;

/** For the live dashboard: the active alarms, most urgent first; nothing while none is active. */
export function ActiveAlarmsNotice() {
  const alarms = useQuery(openAlarmsQuery);
  const active = (alarms.data?.items ?? []).filter((a) => a.state === 'active').sort(byUrgency);
  if (active.length === 0) return null;
  const loud = active.some((a) => a.level === 'alarm');
  return (
    <section
      className={`card active-alarms${loud ? ' active-alarms--alarm' : ''}`}
      aria-label="Active alarms"
    >
      <header className="active-alarms__header">
        <h2>{activeCountText(active.length)}</h2>
        <Link to={ALARMS_PATH}>Open alarms</Link>
      </header>
      <ul className="active-alarms__list">
        {active.slice(0, SHOWN).map((alarm) => (
          <li key={alarm.id}>
            <AlarmLevelBadge level={alarm.level} /> <strong>{alarm.sensorName}</strong> {alarm.message}{' '}
            <span className="muted small">{formatRelative(alarm.raisedAt)}</span>
          </li>
        ))}
      </ul>
      {active.length > SHOWN ? (
        <p className="muted small">
          and {active.length - SHOWN} more: <Link to={ALARMS_PATH}>see them all</Link>
        </p>
      ) : null}
    </section>
  );
}
