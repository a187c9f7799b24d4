import type { PersonRef } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { ErrorBanner } from '../../components/error-banner';
import { peopleQuery } from './queries';

interface PersonPickerProps {
  legend: string;
  value: string[];
  onChange(ids: string[]): void;
  error?: string;
  /** People chosen before who are no longer active stay listed, so saving does not drop them unseen. */
  current?: PersonRef[];
}

/** Check boxes of the active users (`GET /maintenance/people`): team members, responsible people. */
export function PersonPicker({ legend, value, onChange, error, current = [] }: PersonPickerProps) {
  const people = useQuery(peopleQuery);
  const listed = [
    ...(people.data?.items ?? []),
    ...current.filter((person) => !people.data?.items.some((p) => p.id === person.id)),
  ];
  return (
    <fieldset className={`field${error ? ' field--invalid' : ''}`}>
      <legend>{legend}</legend>
      <ErrorBanner error={people.error} />
      {people.isPending ? <p className="muted small">Loading people…</p> : null}
      <div className="checks checks--columns">
        {listed.map((person) => (
          <label key={person.id} className="check">
            <input
              type="checkbox"
              checked={value.includes(person.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, person.id] : value.filter((id) => id !== person.id))
              }
            />
            {person.displayName}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
