interface DateRangeFilterProps {
  from: string;
  to: string;
  onChange(bound: 'from' | 'to', value: string): void;
}

/** "From" and "To" day pickers for a list toolbar; both ends are whole local days. */
export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  return (
    <>
      <label className="inline-field">
        From{' '}
        <input
          type="date"
          value={from}
          max={to || undefined}
          onChange={(e) => onChange('from', e.target.value)}
        />
      </label>
      <label className="inline-field">
        To{' '}
        <input
          type="date"
          value={to}
          min={from || undefined}
          onChange={(e) => onChange('to', e.target.value)}
        />
      </label>
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
