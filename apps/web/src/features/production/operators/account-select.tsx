import { useQuery } from '@tanstack/react-query';
import { useCurrentUser } from '../../../app/auth-session';
import { userListQuery } from '../../users/queries';

/** The active user accounts, by name (the users list needs `users.manage`). */
const accountChoicesQuery = userListQuery({ pageSize: 200, active: 'true' });

/** Whether this user may list accounts, to link an operator to one. */
const useMaySeeAccounts = () => useCurrentUser().permissions.includes('users.manage');

interface AccountSelectProps {
  value: string | null;
  /** The display name of the account linked when the form opened (the server names it to every reader). */
  linkedName: string | null;
  onChange(userId: string | null): void;
  error?: string;
}

/**
 * The sign-in account an operator is (one operator per account): the run form preselects the
 * operator of the signed-in user. Without the users list, the link is shown but cannot be changed.
 */
export function AccountSelect({ value, linkedName, onChange, error }: AccountSelectProps) {
  const maySee = useMaySeeAccounts();
  const accounts = useQuery({ ...accountChoicesQuery, enabled: maySee });
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor="operator-account">Linked user account</label>
      <select
        id="operator-account"
        value={value ?? ''}
        disabled={!maySee}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">No account</option>
        {accounts.data?.items.map((user) => (
          <option key={user.id} value={user.id}>
            {user.displayName} ({user.email})
          </option>
        ))}
        {value && (accounts.data || !maySee) && !accounts.data?.items.some((user) => user.id === value) ? (
          <option value={value}>
            {maySee ? `${linkedName ?? 'An account'} (inactive)` : `Linked to ${linkedName ?? 'an account'}`}
          </option>
        ) : null}
      </select>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : (
        <p className="field__hint">
          {maySee
            ? 'Their operator is preselected when this person logs a run.'
            : 'Only a user administrator can change the linked account.'}
        </p>
      )}
    </div>
  );
}
