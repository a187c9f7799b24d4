import {
  ROLE_LABELS,
  ROLES,
  type Role,
  type User,
  type UserListQuery,
  USER_SORTS,
} from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { formatRelative } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { CreateUserForm } from './create-user-form';
import { EditUserForm } from './edit-user-form';
import { userListQuery } from './queries';

type Sort = (typeof USER_SORTS)[number];
const COLUMNS: { key: 'displayName' | 'email' | 'lastLoginAt'; label: string }[] = [
  { key: 'displayName', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'lastLoginAt', label: 'Last sign-in' },
];

export function UsersPage() {
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [active, setActive] = useState<'' | 'true' | 'false'>('');
  const [sort, setSort] = useState<Sort>('displayName');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const q = useDebounced(search.trim());
  const query: UserListQuery = {
    q: q || undefined,
    role: role || undefined,
    active: active || undefined,
    sort,
    page,
    pageSize: 25,
  };
  const users = useQuery(userListQuery(query));

  const sortBy = (key: string) => {
    setSort((current) => (current === key ? (`-${key}` as Sort) : (key as Sort)));
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, and what their roles let them do."
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New user
          </button>
        }
      />
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search users"
          placeholder="Search by name or email"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
        />
        <select
          aria-label="Role"
          value={role}
          onChange={(e) => {
            setRole(e.target.value as Role | '');
            setPage(1);
          }}
        >
          <option value="">All roles</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <select
          aria-label="Status"
          value={active}
          onChange={(e) => {
            setActive(e.target.value as '' | 'true' | 'false');
            setPage(1);
          }}
        >
          <option value="">Active and inactive</option>
          <option value="true">Active</option>
          <option value="false">Deactivated</option>
        </select>
      </div>
      <ErrorBanner error={users.error} />
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  aria-sort={
                    sort === column.key ? 'ascending' : sort === `-${column.key}` ? 'descending' : 'none'
                  }
                >
                  <button type="button" className="sort" onClick={() => sortBy(column.key)}>
                    {column.label}
                    {sort === column.key ? ' ▲' : sort === `-${column.key}` ? ' ▼' : ''}
                  </button>
                </th>
              ))}
              <th>Roles</th>
              <th>Status</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.data?.items.map((user) => (
              <tr key={user.id}>
                <td>{user.displayName}</td>
                <td>{user.email}</td>
                <td>{formatRelative(user.lastLoginAt)}</td>
                <td>{user.roles.map((r) => ROLE_LABELS[r]).join(', ')}</td>
                <td>
                  <span className={`badge ${user.active ? 'badge--ok' : 'badge--muted'}`}>
                    {user.active ? 'Active' : 'Deactivated'}
                  </span>
                </td>
                <td className="table__actions">
                  <button type="button" className="button button--small" onClick={() => setEditing(user)}>
                    Edit<span className="visually-hidden"> {user.displayName}</span>
                  </button>
                </td>
              </tr>
            ))}
            {users.data?.items.length === 0 ? (
              <tr>
                <td colSpan={6} className="table__empty">
                  No users match.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {users.data ? <Pager page={page} pageSize={25} total={users.data.total} onPage={setPage} /> : null}
      <Dialog title="New user" open={creating} onClose={() => setCreating(false)}>
        <CreateUserForm onDone={() => setCreating(false)} />
      </Dialog>
      <Dialog
        title={editing ? `Edit ${editing.displayName}` : 'Edit user'}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing ? <EditUserForm key={editing.id} user={editing} onDone={() => setEditing(null)} /> : null}
      </Dialog>
    </>
  );
}
