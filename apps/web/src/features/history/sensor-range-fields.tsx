import { Field } from '../../components/field';
import { ChoiceField } from './choice-field';
import { HISTORY_RANGES, type HistoryRange, type WallClockRange } from './history-range';
import type { InstrumentChoices, SensorChoice } from './sensor-choices';
import { SensorPicker } from './sensor-picker';

interface SensorRangeFieldsProps {
  groups: InstrumentChoices[];
  chosen: SensorChoice[];
  range: HistoryRange;
  onToggleSensor(id: string, chosen: boolean): void;
  onRange(range: HistoryRange): void;
}

/**
 * The sensors and range fields the history and analytics pages start their controls with; siblings of
 * the page's other controls (no wrapper), so the page's own row lays them out.
 */
export function SensorRangeFields({
  groups,
  chosen,
  range,
  onToggleSensor,
  onRange,
}: SensorRangeFieldsProps) {
  return (
    <>
      <div className="field">
        <span>Sensors</span>
        <SensorPicker groups={groups} chosen={chosen} onToggle={onToggleSensor} />
      </div>
      <ChoiceField label="Range" choices={HISTORY_RANGES} value={range} onChange={onRange} />
    </>
  );
}

/** Ends a preset range at this minute again; `className` levels it in the page's row. */
export function RefreshButton({ className, onRefresh }: { className: string; onRefresh(): void }) {
  return (
    <button type="button" className={`button button--ghost ${className}`} onClick={onRefresh}>
      Refresh
    </button>
  );
}

interface CustomRangeFieldsProps {
  custom: WallClockRange;
  /** The server's messages by field (`from`, `to`). */
  errors: Record<string, string>;
  onChange(bound: keyof WallClockRange, value: string): void;
}

const BOUNDS: [keyof WallClockRange, string][] = [
  ['from', 'From'],
  ['to', 'To'],
];

/** The start and end of a custom range, wall-clock times in the site's zone. */
export function CustomRangeFields({ custom, errors, onChange }: CustomRangeFieldsProps) {
  return BOUNDS.map(([bound, label]) => (
    <Field
      key={bound}
      label={label}
      type="datetime-local"
      value={custom[bound]}
      error={errors[bound]}
      onChange={(e) => onChange(bound, e.target.value)}
    />
  ));
}
