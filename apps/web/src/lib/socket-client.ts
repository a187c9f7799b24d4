import {
  OPS_NAMESPACE,
  type OpsClientToServerEvents,
  type OpsServerToClientEvents,
} from '@factoryops/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { io, type Socket } from 'socket.io-client';

export type OpsSocket = Socket<OpsServerToClientEvents, OpsClientToServerEvents>;

/** Query keys to refresh when the server says an entity changed. */
const KEYS_BY_ENTITY: Record<string, string[][]> = {
  user: [['users'], ['audit']],
  api_key: [['api-keys'], ['audit']],
  session: [['logins']],
};

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
  socket.on('session:revoked', (event) => onRevoked(event.reason));
  return socket;
}
