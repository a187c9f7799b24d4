import { ROLE_LABELS, ROLES, type Role } from '@factoryops/contracts';
import { useCurrentUser } from '../../app/auth-session';

interface RoleCheckboxesProps {
  value: Role[];
  onChange(roles: Role[]): void;
  error?: string;
}

/** Role choice; the admin role is offered only to administrators (the server refuses it to others). */
export function RoleCheckboxes({ value, onChange, error }: RoleCheckboxesProps) {
  const me = useCurrentUser();
  const offered = ROLES.filter((role) => role !== 'admin' || me.roles.includes('admin'));
  return (
    <fieldset className={`field${error ? ' field--invalid' : ''}`}>
      <legend>Roles</legend>
      <div className="checks">
        {offered.map((role) => (
          <label key={role} className="check">
            <input
              type="checkbox"
              checked={value.includes(role)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))
              }
            />
            {ROLE_LABELS[role]}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
