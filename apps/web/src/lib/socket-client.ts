import {
  type EntityName,
  OPS_NAMESPACE,
  type OpsClientToServerEvents,
  type OpsServerToClientEvents,
} from '@factoryops/contracts';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { io, type Socket } from 'socket.io-client';
import { applyAlarmEvent } from '../features/alarms/queries';
import { apiKeyKeys } from '../features/api-keys/queries';
import { auditKeys } from '../features/audit/queries';
import { fleetKeys } from '../features/fleet/queries';
import { applyCalibrationEvent } from '../features/calibration/queries';
import { instrumentKeys } from '../features/instruments/queries';
import { loginKeys } from '../features/login-history/queries';
import { maintenanceKeys } from '../features/maintenance/queries';
import { productionKeys } from '../features/production/queries';
import { applySageEvent } from '../features/production/sage/queries';
import { userKeys } from '../features/users/queries';

export type OpsSocket = Socket<OpsServerToClientEvents, OpsClientToServerEvents>;

/** Queries to refresh when the server says an entity changed (every change is also audited). */
const KEYS_BY_ENTITY: Partial<Record<EntityName, QueryKey[]>> = {
  user: [userKeys.all, auditKeys.all],
  api_key: [apiKeyKeys.all, auditKeys.all],
  session: [loginKeys.all],
  instrument: [instrumentKeys.all, auditKeys.all],
  sensor: [instrumentKeys.all, auditKeys.all],
};

/** The `/ops` events of production, after which every production query is stale. */
const PRODUCTION_EVENTS = ['production:queue', 'production:runs', 'production:changed'] as const;

/** Connects to `/ops` with the current access token; events refresh queries or end the session. */
export function connectOps(
  token: string,
  queryClient: QueryClient,
  onRevoked: (reason: string) => void,
): OpsSocket {
  const socket: OpsSocket = io(OPS_NAMESPACE, { auth: { token }, transports: ['websocket'] });
  socket.on('entity:changed', (event) => {
    for (const queryKey of KEYS_BY_ENTITY[event.entity] ?? [])
      void queryClient.invalidateQueries({ queryKey });
  });
  // Ids only: every maintenance list, board and dashboard refetches what this user may see.
  socket.on('maintenance:changed', () => {
    void queryClient.invalidateQueries({ queryKey: maintenanceKeys.all });
  });
  // A queue item moved on (and its project with it), a laser run was logged or deleted, or a client,
  // project, product, file, preset or operator changed: every production page refetches what it shows.
  for (const event of PRODUCTION_EVENTS)
    socket.on(event, () => {
      void queryClient.invalidateQueries({ queryKey: productionKeys.all });
    });
  // A fleet record (a JSON template…) changed: every fleet page refetches what it shows.
  socket.on('fleet:changed', () => {
    void queryClient.invalidateQueries({ queryKey: fleetKeys.all });
  });
  // A recompute job's progress goes into the job lists; other certificate changes refetch calibration data.
  socket.on('calibration:changed', (event) => applyCalibrationEvent(queryClient, event));
  // The alarm changes at once where it is listed; lists, counts (the navigation badge) and the outbox refetch.
  socket.on('alarm:changed', (event) => applyAlarmEvent(queryClient, event));
  // A Sage sync's progress goes into the accounting page; its end (or a connection change) refetches production.
  socket.on('production:sage', (event) => applySageEvent(queryClient, event));
  socket.on('session:revoked', (event) => onRevoked(event.reason));
  return socket;
}
