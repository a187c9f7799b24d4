import type { ExportQuery } from '@factoryops/contracts';
import { useState } from 'react';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { countText } from './figures';
import type { InstantRange } from './history-range';
import { useCsvExport } from './queries';

type Separator = ',' | ';';
type DecimalMark = '.' | ',';

const SEPARATORS: { value: Separator; label: string }[] = [
  { value: ',', label: 'Comma (,)' },
  { value: ';', label: 'Semicolon (;)' },
];
const DECIMAL_MARKS: { value: DecimalMark; label: string }[] = [
  { value: '.', label: 'Point (1.5)' },
  { value: ',', label: 'Comma (1,5)' },
];

interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  sensorIds: string[];
  range: InstantRange;
  /** What is exported, in words: "2 sensors, 16 Nov 2026 14:30 – 23 Nov 2026 14:30 (site time)". */
  summary: string;
}

function ExportForm({ sensorIds, range, summary, onClose }: Omit<ExportDialogProps, 'open'>) {
  const [separator, setSeparator] = useState<Separator>(',');
  const [decimal, setDecimal] = useState<DecimalMark>('.');
  const { state, start, cancel } = useCsvExport();
  const running = state.status === 'running';

  // A decimal comma cannot share the comma with the columns: choosing it moves them to semicolons.
  const chooseDecimal = (value: DecimalMark) => {
    setDecimal(value);
    if (value === ',' && separator === ',') setSeparator(';');
  };
  const query: ExportQuery = { sensorIds: sensorIds.join(','), ...range, separator, decimal };

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void start(query);
      }}
    >
      <p className="muted">{summary}</p>
      <fieldset className="field" disabled={running}>
        <legend>Column separator</legend>
        <div className="checks">
          {SEPARATORS.map((option) => (
            <label key={option.value} className="check">
              <input
                type="radio"
                name="separator"
                value={option.value}
                checked={separator === option.value}
                disabled={option.value === ',' && decimal === ','}
                onChange={() => setSeparator(option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field" disabled={running}>
        <legend>Decimal mark</legend>
        <div className="checks">
          {DECIMAL_MARKS.map((option) => (
            <label key={option.value} className="check">
              <input
                type="radio"
                name="decimal"
                value={option.value}
                checked={decimal === option.value}
                onChange={() => chooseDecimal(option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
        <p className="field__hint">
          With a decimal comma, columns are separated by semicolons (as spreadsheets set to a comma expect).
        </p>
      </fieldset>
      {state.status === 'running' ? (
        <ExportProgress received={state.received} expected={state.expected} />
      ) : null}
      {state.status === 'saved' ? (
        <p className="banner banner--info" role="status">
          Saved {state.fileName}: {state.rows === 1 ? '1 reading' : `${countText(state.rows)} readings`}.
        </p>
      ) : null}
      {state.status === 'cancelled' ? (
        <p className="banner banner--warning" role="status">
          Export cancelled; nothing was saved.
        </p>
      ) : null}
      <ErrorBanner error={state.status === 'failed' ? state.error : null} />
      <div className="form__actions">
        {running ? (
          <button type="button" className="button" onClick={cancel}>
            Cancel export
          </button>
        ) : (
          <button type="button" className="button button--ghost" onClick={onClose}>
            {state.status === 'saved' ? 'Done' : 'Cancel'}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={running}>
          {running ? 'Exporting…' : 'Download CSV'}
        </button>
      </div>
    </form>
  );
}

function ExportProgress({ received, expected }: { received: number; expected: number | null }) {
  const text =
    expected === null
      ? `${countText(received)} readings received`
      : `${countText(Math.min(received, expected))} of ${countText(expected)} readings`;
  return (
    <div className="history-export__progress">
      <progress
        aria-label="Export progress"
        max={expected ?? undefined}
        value={expected === null ? undefined : Math.min(received, expected)}
      />
      <span className="muted small" aria-live="polite">
        {text}
      </span>
    </div>
  );
}

/** The chosen sensors' readings over the range as CSV, streamed with a progress bar and cancellable. */
export function ExportDialog({ open, onClose, ...form }: ExportDialogProps) {
  return (
    <Dialog title="Export readings as CSV" open={open} onClose={onClose}>
      <ExportForm {...form} onClose={onClose} />
    </Dialog>
  );
}
