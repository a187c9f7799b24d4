import { useQuery } from '@tanstack/react-query';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { roleMatrixQuery } from './queries';

export function RolesPage() {
  const matrix = useQuery(roleMatrixQuery);
  return (
    <>
      <PageHeader
        title="Roles & permissions"
        description="What each role may do. Users can hold several roles; they get the union."
      />
      <ErrorBanner error={matrix.error} />
      {matrix.data ? (
        <div className="table-wrap">
          <table className="table table--matrix">
            <thead>
              <tr>
                <th>Permission</th>
                {matrix.data.roles.map((role) => (
                  <th key={role.code}>{role.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.data.permissions.map((permission) => (
                <tr key={permission.code}>
                  <th scope="row">
                    <code>{permission.code}</code>
                    <span className="muted small">{permission.description}</span>
                  </th>
                  {matrix.data.roles.map((role) => {
                    const granted = matrix.data.grants[role.code]?.includes(permission.code);
                    return (
                      <td key={role.code} className="matrix__cell">
                        {granted ? (
                          <span role="img" aria-label={`${role.label} has ${permission.code}`}>
                            ✓
                          </span>
                        ) : (
                          <span className="muted">·</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
