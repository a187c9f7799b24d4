import { type InputHTMLAttributes, useId } from 'react';

type Bound = 'from' | 'to';

interface DateRangeFilterProps {
  from: string;
  to: string;
  onChange(bound: Bound, value: string): void;
  /** The server's message for either end, shown beside it. */
  errors?: Partial<Record<Bound, string>>;
}

interface DayInputProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string;
}

function DayInput({ label, error, ...input }: DayInputProps) {
  const errorId = useId();
  return (
    <span className="inline-field">
      <label className="inline-field">
        {label}{' '}
        <input
          type="date"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          {...input}
        />
      </label>
      {error ? (
        <span className="field__error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** "From" and "To" day pickers for a list toolbar; both ends are whole local days. */
export function DateRangeFilter({ from, to, onChange, errors = {} }: DateRangeFilterProps) {
  return (
    <>
      <DayInput
        label="From"
        value={from}
        max={to || undefined}
        error={errors.from}
        onChange={(e) => onChange('from', e.target.value)}
      />
      <DayInput
        label="To"
        value={to}
        min={from || undefined}
        error={errors.to}
        onChange={(e) => onChange('to', e.target.value)}
      />
    </>
  );
}

/** The instants a day range covers, for the API's `from`/`to`: the start of `from`, the end of `to`. */
export function dayRangeQuery(from: string, to: string): { from?: string; to?: string } {
  return { from: startOfLocalDay(from), to: startOfLocalDay(to, 1) };
}

function startOfLocalDay(value: string, plusDays = 0): string | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
}
