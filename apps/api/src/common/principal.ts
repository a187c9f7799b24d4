import type { Permission, Role } from '@factoryops/contracts';

export interface UserPrincipal {
  kind: 'user';
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  permissions: Permission[];
  sessionId: string;
}

export interface ApiKeyPrincipal {
  kind: 'api_key';
  id: string;
  name: string;
  permissions: Permission[];
}

/** Who is calling: a signed-in user or a machine client with an API key. */
export type Principal = UserPrincipal | ApiKeyPrincipal;

export function principalLabel(principal: Principal): string {
  return principal.kind === 'user' ? principal.displayName : `API key ${principal.name}`;
}
