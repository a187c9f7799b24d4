import type { MaintenanceRequestSummary } from '@factoryops/contracts';
import { TONES } from './tones';

/** A machine status, request status or severity as a coloured pill. */
export function StatusBadge({ value, title }: { value: keyof typeof TONES; title?: string }) {
  return (
    <span className={`badge badge--${TONES[value]}`} title={title}>
      {value}
    </span>
  );
}

export function OverdueBadge() {
  return <span className="badge badge--danger">Overdue</span>;
}

/** A request's status, and "Overdue" when its scheduled day has passed unfinished. */
export function RequestStatusBadges({
  request,
}: {
  request: Pick<MaintenanceRequestSummary, 'status' | 'isOverdue'>;
}) {
  return (
    <span className="badges">
      <StatusBadge value={request.status} />
      {request.isOverdue ? <OverdueBadge /> : null}
    </span>
  );
}
