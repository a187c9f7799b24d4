import { ROLE_LABELS, ROLES, type Role, type User, USER_SORTS } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type Column, DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { formatDate, formatRelative } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useListFilters } from '../../lib/use-list-filters';
import { CreateUserForm } from './create-user-form';
import { EditUserForm } from './edit-user-form';
import { userListQuery } from './queries';

type Sort = (typeof USER_SORTS)[number];
const PAGE_SIZE = 25;

export function UsersPage() {
  const { filters, setFilter, page, setPage } = useListFilters({
    search: '',
    role: '' as Role | '',
    active: '' as '' | 'true' | 'false',
    sort: 'displayName' as Sort,
  });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const q = useDebounced(filters.search.trim());
  const users = useQuery(
    userListQuery({
      q: q || undefined,
      role: filters.role || undefined,
      active: filters.active || undefined,
      sort: filters.sort,
      page,
      pageSize: PAGE_SIZE,
    }),
  );

  const columns: Column<User>[] = [
    { header: 'Name', sortKey: 'displayName', cell: (user) => user.displayName },
    { header: 'Email', sortKey: 'email', cell: (user) => user.email },
    {
      header: 'Last sign-in',
      sortKey: 'lastLoginAt',
      secondary: true,
      cell: (user) => formatRelative(user.lastLoginAt),
    },
    { header: 'Roles', cell: (user) => user.roles.map((r) => ROLE_LABELS[r]).join(', ') },
    {
      header: 'Created',
      sortKey: 'createdAt',
      className: 'nowrap',
      secondary: true,
      cell: (user) => formatDate(user.createdAt),
    },
    {
      header: 'Status',
      cell: (user) => (
        <span className={`badge ${user.active ? 'badge--ok' : 'badge--muted'}`}>
          {user.active ? 'Active' : 'Deactivated'}
        </span>
      ),
    },
    {
      header: 'Actions',
      hiddenHeader: true,
      className: 'table__actions',
      cell: (user) => (
        <button type="button" className="button button--small" onClick={() => setEditing(user)}>
          Edit<span className="visually-hidden"> {user.displayName}</span>
        </button>
      ),
    },
  ];

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
          value={filters.search}
          onChange={(e) => setFilter('search', e.target.value)}
        />
        <select
          aria-label="Role"
          value={filters.role}
          onChange={(e) => setFilter('role', e.target.value as Role | '')}
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
          value={filters.active}
          onChange={(e) => setFilter('active', e.target.value as '' | 'true' | 'false')}
        >
          <option value="">Active and inactive</option>
          <option value="true">Active</option>
          <option value="false">Deactivated</option>
        </select>
      </div>
      <ErrorBanner error={users.error} />
      <DataTable
        columns={columns}
        rows={users.data?.items}
        rowKey={(user) => user.id}
        empty="No users match."
        sort={filters.sort}
        onSort={(key) => setFilter('sort', (filters.sort === key ? `-${key}` : key) as Sort)}
      />
      {users.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={users.data.total} onPage={setPage} />
      ) : null}
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
