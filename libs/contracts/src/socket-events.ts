/**
 * Socket.IO namespaces and the typed events on them. The handshake carries the same
 * access token (or API key) as REST: `io('/ops', { auth: { token } })`.
 */
export const OPS_NAMESPACE = '/ops';

/** Names of entities whose changes are announced, so clients refresh what they show. */
export type EntityName = 'user' | 'api_key' | 'session' | 'instrument' | 'sensor';

export interface EntityChangedEvent {
  entity: EntityName;
  id: string;
  action: string;
  at: string;
}

export interface SessionRevokedEvent {
  reason: string;
}

export interface OpsServerToClientEvents {
  'entity:changed': (event: EntityChangedEvent) => void;
  'session:revoked': (event: SessionRevokedEvent) => void;
}

export interface OpsClientToServerEvents {
  ping: (ack: (reply: { at: string; userId: string }) => void) => void;
}
