import { useId } from 'react';
import { correctionText, type PointRow, pointRow } from './certificate-values';

/** The contract's limit of points per quantity. */
const MAX_POINTS = 20;

interface PointInputProps {
  label: string;
  value: string;
  error?: string;
  onChange(value: string): void;
}

function PointInput({ label, value, error, onChange }: PointInputProps) {
  const errorId = useId();
  return (
    <>
      <input
        type="number"
        step="any"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <span className="field__error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

interface CorrectionPointsTableProps {
  /** "Temperature", "Humidity": names the table and every cell for screen readers. */
  quantity: string;
  unit: string;
  /** The input's field (`temperaturePoints`), under which the server reports a cell as `…​.1.reference`. */
  path: string;
  rows: PointRow[];
  onChange(rows: PointRow[]): void;
  errors: Record<string, string>;
}

/** Reference and indication per row, added and removed at will; the correction is worked out as typed. */
export function CorrectionPointsTable({
  quantity,
  unit,
  path,
  rows,
  onChange,
  errors,
}: CorrectionPointsTableProps) {
  const name = quantity.toLowerCase();
  const edit = (index: number, change: Partial<PointRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const tableError = errors[path];
  return (
    <fieldset className={`field points${tableError ? ' field--invalid' : ''}`}>
      <legend>
        {quantity} points ({unit})
      </legend>
      {rows.length === 0 ? (
        <p className="field__hint">No points: {name} readings are stored as the instrument measures them.</p>
      ) : (
        <table className="points__table">
          <thead>
            <tr>
              <th scope="col" className="points__number">
                <span className="visually-hidden">Point</span>
              </th>
              <th scope="col">Reference</th>
              <th scope="col">Indication</th>
              <th scope="col" className="points__correction">
                Correction
              </th>
              <th scope="col" className="points__remove">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const label = `${quantity} point ${index + 1}`;
              const correction = correctionText(row);
              return (
                <tr key={row.key}>
                  <th scope="row" className="points__number">
                    {index + 1}
                  </th>
                  <td>
                    <PointInput
                      label={`${label} reference`}
                      value={row.reference}
                      error={errors[`${path}.${index}.reference`]}
                      onChange={(reference) => edit(index, { reference })}
                    />
                  </td>
                  <td>
                    <PointInput
                      label={`${label} indication`}
                      value={row.indication}
                      error={errors[`${path}.${index}.indication`]}
                      onChange={(indication) => edit(index, { indication })}
                    />
                  </td>
                  <td className="points__correction">
                    <output aria-label={`${label} correction`}>
                      {correction ? `${correction} ${unit}` : '—'}
                    </output>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={`Remove ${name} point ${index + 1}`}
                      onClick={() => onChange(rows.filter((_, i) => i !== index))}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {tableError ? (
        <p className="field__error" role="alert">
          {tableError}
        </p>
      ) : null}
      <div>
        <button
          type="button"
          className="button button--small"
          disabled={rows.length >= MAX_POINTS}
          onClick={() => onChange([...rows, pointRow()])}
        >
          Add {name} point
        </button>
      </div>
    </fieldset>
  );
}
