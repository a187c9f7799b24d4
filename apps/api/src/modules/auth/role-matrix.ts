import { PERMISSIONS, ROLE_LABELS, ROLE_PERMISSIONS, ROLES, type RoleMatrix } from '@factoryops/contracts';

export function roleMatrix(): RoleMatrix {
  return {
    roles: ROLES.map((code) => ({ code, label: ROLE_LABELS[code] })),
    permissions: Object.entries(PERMISSIONS).map(([code, description]) => ({ code, description })),
    grants: Object.fromEntries(ROLES.map((role) => [role, [...ROLE_PERMISSIONS[role]]])),
  };
}
