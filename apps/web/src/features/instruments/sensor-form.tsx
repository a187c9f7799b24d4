import type { Sensor } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field } from '../../components/field';
import { useUpdateSensor } from './queries';

const LIMITS = [
  ['temperatureMin', 'Temperature min (°C)'],
  ['temperatureMax', 'Temperature max (°C)'],
  ['humidityMin', 'Humidity min (%RH)'],
  ['humidityMax', 'Humidity max (%RH)'],
] as const;

type LimitKey = (typeof LIMITS)[number][0];

/** A sensor's name, place and limits (an empty limit means none). */
export function SensorForm({ sensor, onDone }: { sensor: Sensor; onDone(): void }) {
  const update = useUpdateSensor();
  const [name, setName] = useState(sensor.name);
  const [location, setLocation] = useState(sensor.location);
  const [active, setActive] = useState(sensor.active);
  const [limits, setLimits] = useState<Record<LimitKey, string>>(
    Object.fromEntries(LIMITS.map(([key]) => [key, sensor.limits[key]?.toString() ?? ''])) as Record<
      LimitKey,
      string
    >,
  );
  const errors = fieldErrorsOf(update.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const numbers = Object.fromEntries(
      LIMITS.map(([key]) => [key, limits[key].trim() === '' ? null : Number(limits[key])]),
    ) as Record<LimitKey, number | null>;
    update.mutate(
      { id: sensor.id, input: { name, location, active, limits: numbers, version: sensor.version } },
      { onSuccess: onDone },
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(update.error, ['name', 'location', 'limits', 'active'])} />
      <Field label="Sensor name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <Field
        label="Location"
        value={location}
        onChange={(e) => setLocation(e.target.value)}
        error={errors.location}
      />
      <div className="form__row">
        {LIMITS.map(([key, label]) => (
          <Field
            key={key}
            label={label}
            type="number"
            step="0.1"
            value={limits[key]}
            onChange={(e) => setLimits({ ...limits, [key]: e.target.value })}
            error={errors[`limits.${key}`]}
          />
        ))}
      </div>
      <label className="check">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        Active: show and store its readings
      </label>
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          Save sensor
        </button>
      </div>
    </form>
  );
}
