import { useId } from 'react';

interface ChoiceFieldProps<V extends string> {
  label: string;
  /** Each value with its text, in the order offered. */
  choices: Record<V, string>;
  value: V;
  onChange(value: V): void;
}

/** A labelled drop-down of a fixed set of choices, like the range and quantity of the history page. */
export function ChoiceField<V extends string>({ label, choices, value, onChange }: ChoiceFieldProps<V>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {Object.entries<string>(choices).map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
