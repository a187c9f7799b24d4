import {
  type ApiKey,
  type CreatedApiKey,
  PERMISSION_CODES,
  PERMISSIONS,
  type Permission,
} from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type Column, DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field } from '../../components/field';
import { PageHeader } from '../../components/page-header';
import { formatDateTime, formatRelative } from '../../lib/format';
import { apiKeyListQuery, useCreateApiKey, useRevokeApiKey } from './queries';

function CreateApiKeyForm({
  onCreated,
  onCancel,
}: {
  onCreated(key: CreatedApiKey): void;
  onCancel(): void;
}) {
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [permissions, setPermissions] = useState<Permission[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const errors = fieldErrorsOf(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const expiresAt = expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : undefined;
    create.mutate({ name, permissions, expiresAt }, { onSuccess: onCreated });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(create.error, ['name', 'permissions', 'expiresAt'])} />
      <Field
        label="Name"
        placeholder="e.g. Line 3 PLC"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      <fieldset className={`field${errors.permissions ? ' field--invalid' : ''}`}>
        <legend>Permissions</legend>
        <div className="checks checks--columns">
          {PERMISSION_CODES.map((code) => (
            <label key={code} className="check" title={PERMISSIONS[code]}>
              <input
                type="checkbox"
                checked={permissions.includes(code)}
                onChange={(e) =>
                  setPermissions(
                    e.target.checked ? [...permissions, code] : permissions.filter((p) => p !== code),
                  )
                }
              />
              {code}
            </label>
          ))}
        </div>
        {errors.permissions ? (
          <p className="field__error" role="alert">
            {errors.permissions}
          </p>
        ) : null}
      </fieldset>
      <Field
        label="Expires on (optional)"
        type="date"
        value={expiresOn}
        onChange={(e) => setExpiresOn(e.target.value)}
        error={errors.expiresAt}
      />
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Create key
        </button>
      </div>
    </form>
  );
}

function SecretOnce({ apiKey, onClose }: { apiKey: CreatedApiKey; onClose(): void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="stack">
      <p className="banner banner--warning">
        Copy this key now. It is shown only once: FactoryOps keeps only a hash of it.
      </p>
      <label className="field">
        <span>API key for {apiKey.name}</span>
        <input readOnly value={apiKey.secret} onFocus={(e) => e.target.select()} className="mono" />
      </label>
      <div className="form__actions">
        <button
          type="button"
          className="button"
          onClick={() => void navigator.clipboard?.writeText(apiKey.secret).then(() => setCopied(true))}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}

function KeyStatus({ apiKey }: { apiKey: ApiKey }) {
  if (apiKey.revokedAt) return <span className="badge badge--muted">Revoked</span>;
  if (apiKey.expiresAt && new Date(apiKey.expiresAt) < new Date()) {
    return <span className="badge badge--muted">Expired</span>;
  }
  return <span className="badge badge--ok">Active</span>;
}

export function ApiKeysPage() {
  const keys = useQuery(apiKeyListQuery);
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  const columns: Column<ApiKey>[] = [
    { header: 'Name', cell: (key) => key.name },
    { header: 'Key', className: 'mono', cell: (key) => `${key.prefix}…` },
    { header: 'Permissions', className: 'small', cell: (key) => key.permissions.join(', ') },
    {
      header: 'Created',
      secondary: true,
      cell: (key) => (
        <>
          {formatDateTime(key.createdAt)}
          {key.createdBy ? <span className="muted small"> by {key.createdBy}</span> : null}
        </>
      ),
    },
    { header: 'Last used', cell: (key) => formatRelative(key.lastUsedAt) },
    { header: 'Status', cell: (key) => <KeyStatus apiKey={key} /> },
    {
      header: 'Actions',
      hiddenHeader: true,
      className: 'table__actions',
      cell: (key) =>
        key.revokedAt ? null : (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => {
              if (window.confirm(`Revoke the key "${key.name}"? Clients using it stop working at once.`)) {
                revoke.mutate(key.id);
              }
            }}
          >
            Revoke<span className="visually-hidden"> {key.name}</span>
          </button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys for machine clients: external systems that post readings, warnings and faults."
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New API key
          </button>
        }
      />
      <ErrorBanner error={keys.error ?? revoke.error} />
      <DataTable
        columns={columns}
        rows={keys.data?.items}
        rowKey={(key) => key.id}
        empty="No API keys yet."
      />
      <Dialog title="New API key" open={creating} onClose={() => setCreating(false)}>
        <CreateApiKeyForm
          onCancel={() => setCreating(false)}
          onCreated={(key) => {
            setCreating(false);
            setCreated(key);
          }}
        />
      </Dialog>
      <Dialog title="Your new API key" open={created !== null} onClose={() => setCreated(null)}>
        {created ? <SecretOnce apiKey={created} onClose={() => setCreated(null)} /> : null}
      </Dialog>
    </>
  );
}
