import { NavLink } from 'react-router';
import { useCurrentUser } from '../../app/auth-session';
import { ActiveAlarmsBadge } from './active-alarms-badge';
import { ALARM_HISTORY_PATH, ALARM_RULES_PATH, ALARMS_PATH, OUTBOX_PATH } from './paths';
import './alarms.css';

/** The alarm pages, side by side under each page's heading; the outbox only for those who manage alarms. */
export function AlarmTabs() {
  const canManage = useCurrentUser().permissions.includes('alarms.manage');
  return (
    <nav className="tabs" aria-label="Alarm pages">
      <NavLink to={ALARMS_PATH} end>
        Open alarms
        <ActiveAlarmsBadge />
      </NavLink>
      <NavLink to={ALARM_HISTORY_PATH}>History</NavLink>
      <NavLink to={ALARM_RULES_PATH}>Rules</NavLink>
      {canManage ? <NavLink to={OUTBOX_PATH}>Mail outbox</NavLink> : null}
    </nav>
  );
}
