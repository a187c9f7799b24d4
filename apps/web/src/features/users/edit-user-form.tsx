import type { Role, User } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field } from '../../components/field';
import { useResetPassword, useRevokeSessions, useUpdateUser } from './queries';
import { RoleCheckboxes } from './role-checkboxes';

/** Edit name, roles and active flag (with the version seen), reset the password, end sessions. */
export function EditUserForm({ user, onDone }: { user: User; onDone(): void }) {
  const update = useUpdateUser();
  const reset = useResetPassword();
  const revoke = useRevokeSessions();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [password, setPassword] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const errors = fieldErrorsOf(update.error);

  function save(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      { id: user.id, input: { displayName, roles, version: user.version } },
      { onSuccess: onDone },
    );
  }

  return (
    <div className="stack">
      <form className="form" onSubmit={save} noValidate>
        <p className="muted">{user.email}</p>
        <ErrorBanner error={formLevelError(update.error, ['displayName', 'roles'])} />
        <Field
          label="Display name"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={errors.displayName}
        />
        <RoleCheckboxes value={roles} onChange={setRoles} error={errors.roles} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            Save changes
          </button>
        </div>
      </form>
      <form
        className="form form--inline"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          reset.mutate(
            { id: user.id, password },
            { onSuccess: () => setNotice('Password reset; the user was signed out everywhere.') },
          );
        }}
      >
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldErrorsOf(reset.error).password}
        />
        <button type="submit" className="button" disabled={reset.isPending}>
          Reset password
        </button>
      </form>
      <div className="form__actions form__actions--start">
        <button
          type="button"
          className="button"
          onClick={() =>
            revoke.mutate(user.id, { onSuccess: () => setNotice('Every session of this user was ended.') })
          }
        >
          Sign out everywhere
        </button>
        <button
          type="button"
          className={`button ${user.active ? 'button--danger' : ''}`}
          onClick={() =>
            update.mutate(
              { id: user.id, input: { active: !user.active, version: user.version } },
              { onSuccess: onDone },
            )
          }
        >
          {user.active ? 'Deactivate' : 'Reactivate'}
        </button>
      </div>
      <ErrorBanner
        error={revoke.error ?? (reset.error && !fieldErrorsOf(reset.error).password ? reset.error : null)}
      />
      {notice ? <p className="banner banner--info">{notice}</p> : null}
    </div>
  );
}
