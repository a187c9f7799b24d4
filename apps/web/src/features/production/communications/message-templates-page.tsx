import { MESSAGE_AUTOMATIONS, type MessageAutomation, type MessageTemplate } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { Field, SelectField } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime } from '../../../lib/format';
import { useProductionAccess } from '../access';
import { PRODUCTION_PATHS } from '../paths';
import { projectListQuery } from '../queries';
import { type Editing, RecordDialog } from '../record-dialog';
import { ActiveBadge } from '../status-badges';
import './communications.css';
import { MessagePreviewPanel, MessageTextFields, useMessagePreview } from './message-compose';
import {
  automationsQuery,
  messageTemplatesQuery,
  useCreateMessageTemplate,
  useDeleteMessageTemplate,
  useUpdateAutomation,
  useUpdateMessageTemplate,
} from './queries';

const FIELDS = ['name', 'description', 'subject', 'body', 'active'];

/** A template's name, subject and body (variables checked by the server), previewed for a chosen project. */
function MessageTemplateForm({ template, onDone }: { template?: MessageTemplate; onDone(): void }) {
  const create = useCreateMessageTemplate();
  const update = useUpdateMessageTemplate();
  const saving = template ? update : create;
  const [values, setValues] = useState({
    name: template?.name ?? '',
    description: template?.description ?? '',
    subject: template?.subject ?? '',
    body: template?.body ?? '',
    active: template?.active ?? true,
  });
  const [projectId, setProjectId] = useState('');
  const projects = useQuery(projectListQuery({ pageSize: 50 }));
  const preview = useMessagePreview(values, { projectId: projectId || undefined });
  const errors = fieldErrorsOf(saving.error);
  const set = (changes: Partial<typeof values>) => setValues((current) => ({ ...current, ...changes }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (template)
      update.mutate(
        { id: template.id, input: { ...values, version: template.version } },
        { onSuccess: onDone },
      );
    else create.mutate(values, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      <div className="form__row">
        <Field
          label="Name"
          value={values.name}
          error={errors.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <Field
          label="Description"
          value={values.description}
          error={errors.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </div>
      <MessageTextFields text={values} errors={errors} onChange={set} />
      <label className="check">
        <input type="checkbox" checked={values.active} onChange={(e) => set({ active: e.target.checked })} />{' '}
        Active (offered when writing a message)
      </label>
      <SelectField
        label="Preview with project"
        value={projectId}
        onChange={(e) => setProjectId(e.target.value)}
      >
        <option value="">Choose a project…</option>
        {projects.data?.items.map((p) => (
          <option key={p.id} value={p.id}>
            {p.code} — {p.name}
          </option>
        ))}
      </SelectField>
      <MessagePreviewPanel preview={preview} />
      <FormActions
        submitLabel={template ? 'Save template' : 'Add template'}
        pending={saving.isPending}
        onCancel={onDone}
      />
    </form>
  );
}

/** An automated message: on or off, and the template it sends. */
function AutomationRow({
  automation,
  templates,
  canChange,
}: {
  automation: MessageAutomation;
  templates: MessageTemplate[];
  canChange: boolean;
}) {
  const update = useUpdateAutomation();
  const change = (input: { enabled?: boolean; templateId?: string }) =>
    update.mutate({ key: automation.key, input: { ...input, version: automation.version } });
  return (
    <li className="automation">
      <label className="check">
        <input
          type="checkbox"
          checked={automation.enabled}
          disabled={!canChange || update.isPending}
          onChange={(e) => change({ enabled: e.target.checked })}
        />{' '}
        <strong>{automation.label}</strong>
      </label>
      <p className="muted small">{automation.description}</p>
      <select
        aria-label={`Template of ${automation.label}`}
        value={automation.template.id}
        disabled={!canChange || update.isPending}
        onChange={(e) => change({ templateId: e.target.value })}
      >
        {templates
          .filter((t) => t.active || t.id === automation.template.id)
          .map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
      </select>
      <ErrorBanner error={update.error} />
    </li>
  );
}

/** Message templates with their variables, and the automated messages that send some of them. */
export function MessageTemplatesPage() {
  const access = useProductionAccess();
  const templates = useQuery(messageTemplatesQuery());
  const automations = useQuery(automationsQuery);
  const remove = useDeleteMessageTemplate();
  const [editing, setEditing] = useState<Editing<MessageTemplate>>(null);

  const columns: Column<MessageTemplate>[] = [
    {
      header: 'Template',
      cell: (t) => (
        <>
          <strong>{t.name}</strong>
          {t.description ? <div className="muted small">{t.description}</div> : null}
        </>
      ),
    },
    { header: 'Subject', cell: (t) => <span className="truncate">{t.subject}</span> },
    {
      header: 'Used by',
      secondary: true,
      cell: (t) => t.usedBy.map((key) => MESSAGE_AUTOMATIONS[key].label).join(', ') || '—',
    },
    { header: 'Active', cell: (t) => <ActiveBadge active={t.active} /> },
    { header: 'Changed', secondary: true, className: 'nowrap', cell: (t) => formatDateTime(t.updatedAt) },
  ];
  if (access.messages)
    columns.push({
      header: 'Actions',
      hiddenHeader: true,
      className: 'table__actions',
      cell: (t) => (
        <div className="row-actions">
          <button type="button" className="button button--small" onClick={() => setEditing(t)}>
            Edit<span className="visually-hidden"> {t.name}</span>
          </button>
          {t.usedBy.length === 0 ? (
            <button
              type="button"
              className="button button--small"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(`Delete the template "${t.name}"? Messages sent with it keep their text.`))
                  remove.mutate(t.id);
              }}
            >
              Delete<span className="visually-hidden"> {t.name}</span>
            </button>
          ) : null}
        </div>
      ),
    });

  return (
    <>
      <PageHeader
        title="Message templates"
        description="What the shop says to clients, with their details filled in, and the messages it sends by itself."
        actions={
          <>
            <Link className="button" to={PRODUCTION_PATHS.messages}>
              Messages
            </Link>
            {access.messages ? (
              <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
                Add template
              </button>
            ) : null}
          </>
        }
      />
      <section aria-label="Automated messages" className="stack">
        <h2 className="details-title">Automated messages</h2>
        <ErrorBanner error={automations.error} />
        <ul className="automations">
          {automations.data?.map((automation) => (
            <AutomationRow
              key={automation.key}
              automation={automation}
              templates={templates.data?.items ?? []}
              canChange={access.messages}
            />
          ))}
        </ul>
      </section>
      <ErrorBanner error={templates.error ?? remove.error} />
      <DataTable
        columns={columns}
        rows={templates.data?.items}
        rowKey={(t) => t.id}
        empty="No templates yet."
      />
      <RecordDialog editing={editing} noun="template" onClose={() => setEditing(null)}>
        {(record) => <MessageTemplateForm template={record} onDone={() => setEditing(null)} />}
      </RecordDialog>
    </>
  );
}
