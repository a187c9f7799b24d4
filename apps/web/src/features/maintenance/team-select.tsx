import { useQuery } from '@tanstack/react-query';
import { teamListQuery } from './queries';

interface TeamSelectProps {
  label: string;
  value: string;
  onChange(teamId: string): void;
  /** The option for "no team": "No team" in forms, "All teams" in filters. */
  emptyLabel: string;
  /** Shows the label as a field title above (forms) rather than only to screen readers (toolbars). */
  field?: boolean;
  error?: string;
}

/** The maintenance teams as a drop-down, for forms and list filters. */
export function TeamSelect({ label, value, onChange, emptyLabel, field, error }: TeamSelectProps) {
  const teams = useQuery(teamListQuery);
  const options = (
    <>
      <option value="">{emptyLabel}</option>
      {teams.data?.items.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </>
  );
  if (!field) {
    return (
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {options}
      </select>
    );
  }
  return (
    <label className={`field${error ? ' field--invalid' : ''}`}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options}
      </select>
      {error ? <span className="field__error">{error}</span> : null}
    </label>
  );
}
