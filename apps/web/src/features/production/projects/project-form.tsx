import type { Project } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { FormActions } from '../../../components/form-actions';
import { clientChoicesQuery, useCreateProject, useUpdateProject } from '../queries';
import { typedFields } from '../typed-fields';
import { PROJECT_FORM_FIELDS, projectFormValues, projectInput } from './project-form-values';
import '../production.css';

const NEW_STATUSES = ['Request', 'Quote & Approval'] as const;

interface ProjectFormProps {
  project?: Project;
  /** The client of a new project when it is chosen already (from the client's page). */
  clientId?: string;
  onSaved(saved: Project): void;
  onCancel(): void;
}

/** A new project (a Request, or quoted at once), or a project's details with the version seen. */
export function ProjectForm({ project, clientId: fixedClientId, onSaved, onCancel }: ProjectFormProps) {
  const create = useCreateProject();
  // The project as the form opened with it: its version is the one seen, whatever the page refetches meanwhile.
  const [seen] = useState(project);
  const update = useUpdateProject();
  const clients = useQuery({ ...clientChoicesQuery, enabled: !project && !fixedClientId });
  const [values, setValues] = useState(() => projectFormValues(project));
  const [clientId, setClientId] = useState(fixedClientId ?? '');
  const [status, setStatus] = useState<(typeof NEW_STATUSES)[number]>('Request');
  const saving = project ? update : create;
  const errors = fieldErrorsOf(saving.error);
  // With no client chosen, the server's "invalid id" means just that.
  const clientError = errors.clientId && (clientId ? errors.clientId : 'Choose the client');
  const { text, date, decimal, whole, longText, check } = typedFields(values, setValues, errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = projectInput(values);
    if (project)
      update.mutate({ id: project.id, input: { ...input, version: seen?.version } }, { onSuccess: onSaved });
    else create.mutate({ ...input, clientId, status }, { onSuccess: onSaved });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, PROJECT_FORM_FIELDS)} />
      {project || fixedClientId ? null : (
        <div className={`field${clientError ? ' field--invalid' : ''}`}>
          <label htmlFor="project-client">Client</label>
          <select
            id="project-client"
            value={clientId}
            aria-invalid={clientError ? true : undefined}
            onChange={(e) => setClientId(e.target.value)}
          >
            <option value="">Choose a client…</option>
            {clients.data?.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
          {clientError ? (
            <p className="field__error" role="alert">
              {clientError}
            </p>
          ) : null}
        </div>
      )}
      <div className="form__row">
        {text('name', 'Name')}
        {project ? null : (
          <div className="field">
            <label htmlFor="project-status">Status</label>
            <select
              id="project-status"
              value={status}
              onChange={(e) => setStatus(e.target.value as (typeof NEW_STATUSES)[number])}
            >
              {NEW_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {longText('description', 'Description')}
      <fieldset className="form__group">
        <legend>Dates</legend>
        <div className="form__row">
          {date('quoteDate', 'Quote date')}
          {date('approvalDate', 'Approval date')}
          {date('dueDate', 'Due date')}
        </div>
      </fieldset>
      <fieldset className="form__group">
        <legend>Price</legend>
        <div className="form__row">
          {decimal('quotedPrice', 'Quoted price', '1250.00')}
          {decimal('finalPrice', 'Final price', '1250.00')}
        </div>
      </fieldset>
      <fieldset className="form__group">
        <legend>Material and cutting</legend>
        <div className="form__row">
          {text('materialType', 'Material', { placeholder: 'Mild steel' })}
          {decimal('materialThickness', 'Thickness (mm)', '3.00')}
          {whole('sheets', 'Sheets')}
        </div>
        <div className="form__row">
          {whole('parts', 'Parts')}
          {whole('bins', 'Bins')}
          {whole('drawingMinutes', 'Drawing (min)')}
        </div>
        <div className="form__row">
          {whole('estimatedCutMinutes', 'Estimated cut (min)')}
          {date('scheduledCutDate', 'Scheduled cut date')}
        </div>
      </fieldset>
      <div className="checks">
        {check('onHold', 'On hold')}
        {check('clientNotified', 'Client notified')}
      </div>
      <FormActions
        submitLabel={project ? 'Save changes' : 'Create project'}
        pending={saving.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
