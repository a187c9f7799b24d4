import { useEffect, useRef, useState } from 'react';
import type { InstrumentChoices, SensorChoice } from './sensor-choices';
import './sensor-picker.css';

interface SensorPickerProps {
  groups: InstrumentChoices[];
  chosen: SensorChoice[];
  onToggle(id: string, chosen: boolean): void;
}

function summaryText(chosen: SensorChoice[]): string {
  if (chosen.length === 0) return 'Choose sensors';
  if (chosen.length <= 2) return chosen.map((sensor) => sensor.label).join(', ');
  return `${chosen.length} sensors`;
}

/** Sensors to compare, grouped by instrument, in a drop-down that closes on a click outside or Escape. */
export function SensorPicker({ groups, chosen, onToggle }: SensorPickerProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);
  const chosenIds = new Set(chosen.map((sensor) => sensor.id));

  return (
    <details
      ref={root}
      className="sensor-picker"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="sensor-picker__summary" aria-label={`Sensors: ${summaryText(chosen)}`}>
        <span className="truncate">{summaryText(chosen)}</span>
      </summary>
      <div className="sensor-picker__panel">
        {groups.length === 0 ? <p className="muted">No instruments with sensors yet.</p> : null}
        {groups.map((group) => (
          <fieldset key={group.id} className="sensor-picker__group">
            <legend>
              {group.name}
              {group.retired ? <span className="muted small"> · retired</span> : null}
            </legend>
            {group.sensors.map((sensor) => (
              <label key={sensor.id} className="check">
                <input
                  type="checkbox"
                  checked={chosenIds.has(sensor.id)}
                  onChange={(event) => onToggle(sensor.id, event.target.checked)}
                  aria-label={`${group.name} – ${sensor.name}`}
                />
                <span>
                  {sensor.name}
                  {sensor.location ? <span className="muted small"> · {sensor.location}</span> : null}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
