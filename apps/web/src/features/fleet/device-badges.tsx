import { DEVICE_STATUS_LABELS, type DeviceStatus } from '@factoryops/contracts';

const TONES: Record<DeviceStatus, string> = { active: 'ok', inactive: 'muted', maintenance: 'warn' };

export function DeviceStatusBadge({ status }: { status: DeviceStatus }) {
  return <span className={`badge badge--${TONES[status]}`}>{DEVICE_STATUS_LABELS[status]}</span>;
}
