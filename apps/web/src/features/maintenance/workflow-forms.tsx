import type { MaintenanceRequestSummary } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field, TextAreaField } from '../../components/field';
import { teamListQuery } from './queries';

interface StepFormProps<T> {
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(value: T): void;
  onCancel(): void;
}

function Actions({ submitLabel, pending, onCancel }: Omit<StepFormProps<never>, 'onSubmit' | 'error'>) {
  return (
    <div className="form__actions">
      <button type="button" className="button button--ghost" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button--primary" disabled={pending}>
        {submitLabel}
      </button>
    </div>
  );
}

/** Chooses the technician among the members of the request's team (the server allows no one else). */
export function AssignForm({
  request,
  ...step
}: StepFormProps<string> & { request: Pick<MaintenanceRequestSummary, 'team' | 'technician'> }) {
  const teams = useQuery(teamListQuery);
  const candidates = request.team ? teams.data?.items.find((t) => t.id === request.team?.id)?.members : [];
  const [technicianId, setTechnicianId] = useState(request.technician?.id ?? '');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (technicianId) step.onSubmit(technicianId);
    else setMissing(true);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(step.error, ['technicianId']) ?? teams.error} />
      <fieldset className={`field${missing ? ' field--invalid' : ''}`}>
        <legend>{request.team ? `Technician from ${request.team.name}` : 'Technician'}</legend>
        {candidates === undefined ? <p className="muted small">Loading people…</p> : null}
        {candidates?.length === 0 ? (
          <p className="muted">
            {request.team
              ? 'This team has no members yet: a manager adds them on the Teams page.'
              : 'This request has no maintenance team, so there is no one to assign.'}
          </p>
        ) : null}
        <div className="checks checks--columns">
          {candidates?.map((person) => (
            <label key={person.id} className="check">
              <input
                type="radio"
                name="technician"
                value={person.id}
                checked={technicianId === person.id}
                onChange={() => {
                  setTechnicianId(person.id);
                  setMissing(false);
                }}
              />
              {person.displayName}
            </label>
          ))}
        </div>
        {missing || fieldErrorsOf(step.error).technicianId ? (
          <p className="field__error" role="alert">
            {fieldErrorsOf(step.error).technicianId ?? 'Choose a technician'}
          </p>
        ) : null}
      </fieldset>
      <Actions {...step} />
    </form>
  );
}

export interface Completion {
  durationHours: number;
  notes?: string;
}

/** Asks for the hours worked (more than 0) and an optional closing note. */
export function CompleteForm(step: StepFormProps<Completion>) {
  const [hours, setHours] = useState('');
  const [notes, setNotes] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const serverErrors = fieldErrorsOf(step.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const durationHours = Number(hours.replace(',', '.'));
    if (!hours.trim() || !Number.isFinite(durationHours)) return setInvalid('Enter the hours worked');
    if (durationHours <= 0) return setInvalid('Must be more than 0 hours');
    setInvalid(null);
    step.onSubmit({ durationHours, notes: notes.trim() || undefined });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(step.error, ['durationHours', 'notes'])} />
      <Field
        label="Hours worked"
        type="number"
        inputMode="decimal"
        min={0}
        step={0.25}
        autoFocus
        value={hours}
        onChange={(e) => setHours(e.target.value)}
        error={invalid ?? serverErrors.durationHours}
      />
      <TextAreaField
        label="What was done (optional)"
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={serverErrors.notes}
      />
      <Actions {...step} />
    </form>
  );
}
