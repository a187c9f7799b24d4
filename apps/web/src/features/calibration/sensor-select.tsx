import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { instrumentListQuery } from '../instruments/queries';

interface SensorSelectProps {
  label: string;
  value: string;
  onChange(sensorId: string): void;
  /** "Choose a sensor…" in forms, "All sensors" in filters. */
  emptyLabel: string;
  /** A labelled form field (with the server's message) rather than a toolbar filter. */
  field?: boolean;
  error?: string;
  disabled?: boolean;
}

/**
 * The instruments' sensors, grouped by instrument. A form offers the active sensors of instruments in
 * service (and the one already chosen); a filter offers every sensor, as old certificates may name any.
 */
export function SensorSelect({
  label,
  value,
  onChange,
  emptyLabel,
  field,
  error,
  disabled,
}: SensorSelectProps) {
  const instruments = useQuery(instrumentListQuery);
  const id = useId();
  const groups = (instruments.data?.items ?? [])
    .map((instrument) => ({
      instrument,
      sensors: instrument.sensors.filter(
        (sensor) => !field || sensor.id === value || (sensor.active && !instrument.retiredAt),
      ),
    }))
    .filter((group) => group.sensors.length > 0);
  const select = (
    <select
      id={id}
      aria-label={field ? undefined : label}
      value={value}
      disabled={disabled}
      aria-invalid={error ? true : undefined}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{emptyLabel}</option>
      {groups.map(({ instrument, sensors }) => (
        <optgroup key={instrument.id} label={instrument.name}>
          {sensors.map((sensor) => (
            <option key={sensor.id} value={sensor.id}>
              {sensor.name}
              {sensor.location ? ` — ${sensor.location}` : ''}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
  if (!field) return select;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {select}
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
