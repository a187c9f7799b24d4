import type { SageSync } from '@factoryops/contracts';

const TONES: Record<SageSync['state'], string> = {
  queued: 'muted',
  running: 'info',
  done: 'ok',
  failed: 'danger',
};
const LABELS: Record<SageSync['state'], string> = {
  queued: 'Queued',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
};

export function SyncStateBadge({ state }: { state: SageSync['state'] }) {
  return <span className={`badge badge--${TONES[state]}`}>{LABELS[state]}</span>;
}

export const syncIsActive = (sync: SageSync | null | undefined) =>
  sync?.state === 'queued' || sync?.state === 'running';
