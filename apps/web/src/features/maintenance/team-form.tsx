import type { Team } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field, TextAreaField } from '../../components/field';
import { PersonPicker } from './person-picker';
import { useCreateTeam, useUpdateTeam } from './queries';

const FIELDS = ['name', 'description', 'memberIds'];

/** Creates a team, or edits one (with the version seen): name, description and members. */
export function TeamForm({ team, onDone }: { team?: Team; onDone(): void }) {
  const create = useCreateTeam();
  const update = useUpdateTeam();
  const [name, setName] = useState(team?.name ?? '');
  const [description, setDescription] = useState(team?.description ?? '');
  const [memberIds, setMemberIds] = useState(team?.members.map((m) => m.id) ?? []);
  const saving = team ? update : create;
  const errors = fieldErrorsOf(saving.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name, description, memberIds };
    if (team)
      update.mutate({ id: team.id, input: { ...input, version: team.version } }, { onSuccess: onDone });
    else create.mutate(input, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      <Field label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <TextAreaField
        label="Description"
        rows={2}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.description}
      />
      <PersonPicker
        legend="Members"
        value={memberIds}
        onChange={setMemberIds}
        error={errors.memberIds}
        current={team?.members}
      />
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={saving.isPending}>
          {team ? 'Save changes' : 'Create team'}
        </button>
      </div>
    </form>
  );
}
