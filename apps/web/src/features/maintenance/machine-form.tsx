import type { Machine } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field } from '../../components/field';
import { PersonPicker } from './person-picker';
import { useCreateMachine, useUpdateMachine } from './queries';
import { TeamSelect } from './team-select';

const FIELDS = ['name', 'code', 'building', 'area', 'category', 'importance', 'teamId', 'responsibleIds'];
const IMPORTANCE_LEVELS = [1, 2, 3, 4, 5] as const;

/** Adds a machine, or edits one's details (with the version seen); the code is fixed once printed. */
export function MachineForm({ machine, onDone }: { machine?: Machine; onDone(): void }) {
  const create = useCreateMachine();
  const update = useUpdateMachine();
  // The machine as the form opened with it: its version is the one seen, whatever the page refetches meanwhile.
  const [seen] = useState(machine);
  const [name, setName] = useState(machine?.name ?? '');
  const [code, setCode] = useState('');
  const [building, setBuilding] = useState(machine?.building ?? '');
  const [area, setArea] = useState(machine?.area ?? '');
  const [category, setCategory] = useState(machine?.category ?? '');
  const [importance, setImportance] = useState(machine?.importance ?? 3);
  const [teamId, setTeamId] = useState(machine?.team?.id ?? '');
  const [responsibleIds, setResponsibleIds] = useState(machine?.responsible.map((p) => p.id) ?? []);
  const saving = machine ? update : create;
  const errors = fieldErrorsOf(saving.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const details = { name, building, area, category, importance, teamId: teamId || null, responsibleIds };
    if (machine)
      update.mutate({ id: machine.id, input: { ...details, version: seen?.version } }, { onSuccess: onDone });
    else create.mutate({ ...details, code: code.trim() || undefined }, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      <div className="form__row">
        <Field label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
        {machine ? null : (
          <Field
            label="Code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={errors.code}
            hint="On the label; made from the name when left empty."
          />
        )}
      </div>
      <div className="form__row">
        <Field
          label="Building"
          value={building}
          onChange={(e) => setBuilding(e.target.value)}
          error={errors.building}
        />
        <Field label="Area" value={area} onChange={(e) => setArea(e.target.value)} error={errors.area} />
        <Field
          label="Category"
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          error={errors.category}
        />
      </div>
      <div className="form__row">
        <label className="field">
          <span>Importance</span>
          <select value={importance} onChange={(e) => setImportance(Number(e.target.value))}>
            {IMPORTANCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level} {level === 1 ? '(lowest)' : level === 5 ? '(critical to production)' : ''}
              </option>
            ))}
          </select>
        </label>
        <TeamSelect
          field
          label="Maintenance team"
          emptyLabel="No team"
          value={teamId}
          onChange={setTeamId}
          error={errors.teamId}
        />
      </div>
      <PersonPicker
        legend="Responsible people"
        value={responsibleIds}
        onChange={setResponsibleIds}
        error={errors.responsibleIds}
        current={machine?.responsible}
      />
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={saving.isPending}>
          {machine ? 'Save changes' : 'Add machine'}
        </button>
      </div>
    </form>
  );
}
