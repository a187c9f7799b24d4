import { SEVERITIES, type Severity } from '@factoryops/contracts';

/** Low to Critical, as a labelled drop-down for forms. */
export function SeveritySelect({ value, onChange }: { value: Severity; onChange(severity: Severity): void }) {
  return (
    <label className="field">
      <span>Severity</span>
      <select value={value} onChange={(e) => onChange(e.target.value as Severity)}>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </label>
  );
}
