import type {
  EfficiencyClass,
  InventoryTransactionType,
  ProjectStatus,
  QueuePriority,
  QueueStatus,
} from '@factoryops/contracts';
import { EFFICIENCY_LABELS, EFFICIENCY_TONES } from './reports/report-figures';

type Tone = 'ok' | 'info' | 'warn' | 'danger' | 'muted' | 'outline';

const PROJECT_TONES: Record<ProjectStatus, Tone> = {
  Request: 'outline',
  'Quote & Approval': 'info',
  'Approved (POP Received)': 'info',
  'Queued (Scheduled for Cutting)': 'info',
  'In Progress': 'warn',
  Completed: 'ok',
  Cancelled: 'muted',
};

const QUEUE_TONES: Record<QueueStatus, Tone> = {
  Queued: 'info',
  'In Progress': 'warn',
  Completed: 'ok',
  Cancelled: 'muted',
};

const PRIORITY_TONES: Record<QueuePriority, Tone> = {
  Low: 'muted',
  Normal: 'outline',
  High: 'warn',
  Urgent: 'danger',
};

const TRANSACTION_TONES: Record<InventoryTransactionType, Tone> = {
  Purchase: 'ok',
  Usage: 'info',
  Adjustment: 'warn',
  Return: 'outline',
};

function Badge({ tone, children }: { tone: Tone; children: string }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

/** A project's status, with "On hold" and "Overdue" beside it when they apply. */
export function ProjectStatusBadges({
  project,
}: {
  project: { status: ProjectStatus; onHold: boolean; overdue: boolean };
}) {
  return (
    <span className="badges">
      <Badge tone={PROJECT_TONES[project.status]}>{project.status}</Badge>
      {project.onHold ? <Badge tone="warn">On hold</Badge> : null}
      {project.overdue ? <Badge tone="danger">Overdue</Badge> : null}
    </span>
  );
}

export function QueueStatusBadge({ status }: { status: QueueStatus }) {
  return <Badge tone={QUEUE_TONES[status]}>{status}</Badge>;
}

export function PriorityBadge({ priority }: { priority: QueuePriority }) {
  return <Badge tone={PRIORITY_TONES[priority]}>{priority}</Badge>;
}

/** Whether a preset or an operator is offered on the run form. */
export function ActiveBadge({ active }: { active: boolean }) {
  return active ? <Badge tone="ok">Active</Badge> : <Badge tone="muted">Inactive</Badge>;
}

/** An item at or under its reorder level: "Low stock", or "Out of stock" when none is left. */
export function StockBadge({ item }: { item: { lowStock: boolean; quantityOnHand: string } }) {
  if (!item.lowStock) return null;
  return /[1-9]/.test(item.quantityOnHand) ? (
    <Badge tone="warn">Low stock</Badge>
  ) : (
    <Badge tone="danger">Out of stock</Badge>
  );
}

export function TransactionTypeBadge({ type }: { type: InventoryTransactionType }) {
  return <Badge tone={TRANSACTION_TONES[type]}>{type}</Badge>;
}

/** An efficiency percentage in its class's colour (`EFFICIENCY_THRESHOLDS`); "—" without one. */
export function EfficiencyBadge({
  figures,
}: {
  figures: { efficiencyPercent: string | null; class: EfficiencyClass | null };
}) {
  if (figures.efficiencyPercent === null || figures.class === null) return <span className="muted">—</span>;
  return (
    <span title={EFFICIENCY_LABELS[figures.class]}>
      <Badge tone={EFFICIENCY_TONES[figures.class]}>{`${figures.efficiencyPercent} %`}</Badge>
    </span>
  );
}
