import type { Role } from '@factoryops/contracts';
import type { UserPrincipal } from '../../common/principal.js';
import type { UsersService } from '../auth/users.service.js';

/**
 * A demo account (made before the loaders run) as the principal the demo data is recorded by: who opened
 * a request, uploaded a drawing or logged a run. Services read its id, name and roles, not permissions.
 */
export async function demoPerson(users: UsersService, email: string, roles: Role[]): Promise<UserPrincipal> {
  const user = await users.findByEmail(email);
  if (!user) throw new Error(`demo user ${email} is missing`);
  return {
    kind: 'user',
    id: user.id,
    email,
    displayName: user.displayName,
    roles,
    permissions: [],
    sessionId: '',
  };
}
