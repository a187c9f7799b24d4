import {
  RECURRENCE_UNITS,
  type RecurrenceUnit,
  type RequestType,
  type Severity,
} from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useCurrentUser } from '../../app/auth-session';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field, TextAreaField } from '../../components/field';
import { machineChoicesQuery, useCreateRequest } from './queries';
import { SeveritySelect } from './severity-select';
import { TeamSelect } from './team-select';

const FIELDS = [
  'type',
  'machineId',
  'subject',
  'description',
  'severity',
  'teamId',
  'scheduledDate',
  'recurrence',
  'estimatedHours',
];

/**
 * Opens a request. Preventive (scheduled) maintenance is offered to managers only, and needs a date;
 * it may repeat every N days, weeks or months. The team follows the machine unless changed.
 */
export function RequestForm({ onDone }: { onDone(): void }) {
  const canSchedule = useCurrentUser().permissions.includes('maintenance.manage');
  const machines = useQuery(machineChoicesQuery);
  const create = useCreateRequest();
  const [machineId, setMachineId] = useState('');
  const [type, setType] = useState<RequestType>('Corrective');
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<Severity>('Medium');
  const [teamId, setTeamId] = useState('');
  const [scheduledDate, setScheduledDate] = useState('');
  const [repeats, setRepeats] = useState(false);
  const [every, setEvery] = useState('1');
  const [unit, setUnit] = useState<RecurrenceUnit>('month');
  const [until, setUntil] = useState('');
  const [estimatedHours, setEstimatedHours] = useState('');
  const [noMachine, setNoMachine] = useState(false);
  const errors = fieldErrorsOf(create.error);
  const machineError = noMachine ? 'Choose a machine' : errors.machineId;
  const preventive = type === 'Preventive';
  const choices = machines.data?.items.filter((m) => m.status !== 'Scrapped');

  function chooseMachine(id: string) {
    setMachineId(id);
    setNoMachine(false);
    setTeamId(machines.data?.items.find((m) => m.id === id)?.team?.id ?? '');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!machineId) return setNoMachine(true);
    create.mutate(
      {
        type,
        machineId,
        subject,
        description,
        severity,
        teamId: teamId || null,
        scheduledDate: scheduledDate || null,
        recurrence: preventive && repeats ? { every: Number(every), unit, until: until || null } : null,
        estimatedHours: estimatedHours ? Number(estimatedHours) : null,
      },
      { onSuccess: onDone },
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(create.error, FIELDS) ?? machines.error} />
      <label className={`field${machineError ? ' field--invalid' : ''}`}>
        <span>Machine</span>
        <select value={machineId} onChange={(e) => chooseMachine(e.target.value)}>
          <option value="">Choose a machine…</option>
          {choices?.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.code}){m.building ? ` — ${m.building}` : ''}
            </option>
          ))}
        </select>
        {machineError ? <span className="field__error">{machineError}</span> : null}
      </label>
      {canSchedule ? (
        <fieldset className="field">
          <legend>Type</legend>
          <div className="checks">
            {(['Corrective', 'Preventive'] as const).map((t) => (
              <label key={t} className="check">
                <input type="radio" name="type" checked={type === t} onChange={() => setType(t)} />
                {t === 'Corrective' ? 'Corrective (something is wrong)' : 'Preventive (scheduled)'}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <Field
        label="Subject"
        value={subject}
        onChange={(e) => setSubject(e.target.value)}
        error={errors.subject}
      />
      <TextAreaField
        label="Description"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.description}
      />
      <div className="form__row">
        <SeveritySelect value={severity} onChange={setSeverity} />
        <TeamSelect
          field
          label="Team"
          emptyLabel="No team"
          value={teamId}
          onChange={setTeamId}
          error={errors.teamId}
        />
        <Field
          label="Estimated hours"
          type="number"
          min={0}
          step={0.5}
          inputMode="decimal"
          value={estimatedHours}
          onChange={(e) => setEstimatedHours(e.target.value)}
          error={errors.estimatedHours}
        />
      </div>
      <div className="form__row">
        <Field
          label={preventive ? 'Scheduled date' : 'Scheduled date (optional)'}
          type="date"
          required={preventive}
          value={scheduledDate}
          onChange={(e) => setScheduledDate(e.target.value)}
          error={errors.scheduledDate}
        />
      </div>
      {preventive ? (
        <fieldset className="field">
          <legend>Repeat</legend>
          <label className="check">
            <input type="checkbox" checked={repeats} onChange={(e) => setRepeats(e.target.checked)} />
            Repeat this maintenance
          </label>
          {repeats ? (
            <div className="form__row">
              <Field
                label="Every"
                type="number"
                min={1}
                max={365}
                value={every}
                onChange={(e) => setEvery(e.target.value)}
                error={errors['recurrence.every']}
              />
              <label className="field">
                <span>Unit</span>
                <select value={unit} onChange={(e) => setUnit(e.target.value as RecurrenceUnit)}>
                  {RECURRENCE_UNITS.map((u) => (
                    <option key={u} value={u}>
                      {u}s
                    </option>
                  ))}
                </select>
              </label>
              <Field
                label="Until (optional)"
                type="date"
                min={scheduledDate || undefined}
                value={until}
                onChange={(e) => setUntil(e.target.value)}
                error={errors['recurrence.until']}
              />
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Create request
        </button>
      </div>
    </form>
  );
}
