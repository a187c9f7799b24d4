import { permissionsForRoles, type User } from '@factoryops/contracts';
import type { UserEntity } from './user.entity.js';

export function toUserDto(user: UserEntity): User {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    permissions: permissionsForRoles(user.roles),
    active: user.active,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    version: user.version,
  };
}

/** The fields an audit entry records for a user (never the password hash). */
export function userAuditSnapshot(user: UserEntity): Record<string, unknown> {
  return { email: user.email, displayName: user.displayName, roles: user.roles, active: user.active };
}
