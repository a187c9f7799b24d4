import type { ApiKey, CreatedApiKey } from '@factoryops/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type Column, DataTable } from '../../components/data-table';
import { ErrorBanner, fieldErrorsOf } from '../../components/error-banner';
import { Field } from '../../components/field';
import { apiRequest } from '../../lib/api-client';
import { formatDateTime, formatRelative } from '../../lib/format';

const kioskKeys = { all: ['kiosk-links'] as const };
const kioskLinkListQuery = queryOptions({
  queryKey: kioskKeys.all,
  queryFn: () => apiRequest<{ items: ApiKey[]; total: number }>('/kiosk-links'),
});

const wallUrl = (secret: string) => `${window.location.origin}/wall#key=${encodeURIComponent(secret)}`;

/** Links for wall displays: created here, shown once, revocable. */
export function KioskLinks() {
  const queryClient = useQueryClient();
  const links = useQuery(kioskLinkListQuery);
  const refresh = () => queryClient.invalidateQueries({ queryKey: kioskKeys.all });
  const create = useMutation({
    mutationFn: (name: string) =>
      apiRequest<CreatedApiKey>('/kiosk-links', { method: 'POST', body: { name } }),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/kiosk-links/${id}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  const [name, setName] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(name, { onSuccess: () => setName('') });
  }

  const columns: Column<ApiKey>[] = [
    { header: 'Display', cell: (link) => link.name },
    {
      header: 'Created',
      cell: (link) => `${formatDateTime(link.createdAt)}${link.createdBy ? ` by ${link.createdBy}` : ''}`,
    },
    { header: 'Last seen', cell: (link) => formatRelative(link.lastUsedAt) },
    {
      header: 'Status',
      cell: (link) => (
        <span className={`badge ${link.revokedAt ? 'badge--muted' : 'badge--ok'}`}>
          {link.revokedAt ? 'Revoked' : 'Active'}
        </span>
      ),
    },
    {
      header: 'Actions',
      hiddenHeader: true,
      className: 'table__actions',
      cell: (link) =>
        link.revokedAt ? null : (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => {
              if (window.confirm(`Revoke the link of "${link.name}"? That screen stops showing readings.`))
                revoke.mutate(link.id);
            }}
          >
            Revoke<span className="visually-hidden"> {link.name}</span>
          </button>
        ),
    },
  ];

  return (
    <section aria-label="Wall displays">
      <h2 className="section-title">Wall displays</h2>
      <p className="muted">
        A link shows live readings full screen on a TV without signing in. It can only watch.
      </p>
      <form className="form form--inline" onSubmit={submit} noValidate>
        <Field
          label="New wall display"
          placeholder="e.g. Lab 1 TV"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldErrorsOf(create.error).name}
        />
        <button type="submit" className="button" disabled={create.isPending}>
          Create link
        </button>
      </form>
      {create.data ? (
        <div className="banner banner--warning stack" role="status">
          <span>Open this link on the display. It is shown only now:</span>
          <input
            readOnly
            aria-label="Wall display link"
            className="mono"
            value={wallUrl(create.data.secret)}
          />
        </div>
      ) : null}
      <ErrorBanner error={links.error ?? revoke.error} />
      <DataTable
        columns={columns}
        rows={links.data?.items}
        rowKey={(link) => link.id}
        empty="No wall display links."
      />
    </section>
  );
}
