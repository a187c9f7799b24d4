import { useQuery } from '@tanstack/react-query';
import { activeCountText } from './alarm-labels';
import { alarmCountsQuery } from './queries';
import './alarms.css';

/** The number of active alarms as a red pill beside a link; nothing while none is active. */
export function ActiveAlarmsBadge() {
  const counts = useQuery(alarmCountsQuery);
  const active = counts.data?.active ?? 0;
  if (active === 0) return null;
  return (
    <span className="count-badge" title={activeCountText(active)}>
      <span aria-hidden="true">{active}</span>
      <span className="visually-hidden">, {activeCountText(active)}</span>
    </span>
  );
}
