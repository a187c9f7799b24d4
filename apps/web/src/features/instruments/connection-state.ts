import type { ConnectionState } from '@factoryops/contracts';

export const CONNECTION_STATE_LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  error: 'Error',
  disconnected: 'Disconnected',
};
