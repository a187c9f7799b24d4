import type { Permission } from '@factoryops/contracts';
import type { ReactNode } from 'react';
import { useCurrentUser } from './auth-session';

/** Hides a page the server would refuse anyway, with a plain explanation. */
export function RequirePermission({ anyOf, children }: { anyOf: Permission[]; children: ReactNode }) {
  const user = useCurrentUser();
  if (anyOf.some((code) => user.permissions.includes(code))) return children;
  return (
    <div className="empty-state">
      <h1>Not available to you</h1>
      <p>Your roles do not include access to this page. Ask an administrator if you need it.</p>
    </div>
  );
}
