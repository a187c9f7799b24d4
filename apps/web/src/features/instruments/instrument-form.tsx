import type { Instrument, InstrumentDriver } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field } from '../../components/field';
import { useCreateInstrument, useTestConnection, useUpdateInstrument } from './queries';

const FIELDS = [
  'name',
  'location',
  'host',
  'port',
  'pollIntervalSeconds',
  'storageIntervalSeconds',
  'driver',
];

/** Adds an instrument, or edits one's settings (with the version seen); "Test connection" asks the device. */
export function InstrumentForm({ instrument, onDone }: { instrument?: Instrument; onDone(): void }) {
  const create = useCreateInstrument();
  const update = useUpdateInstrument();
  const test = useTestConnection();
  const [name, setName] = useState(instrument?.name ?? '');
  const [location, setLocation] = useState(instrument?.location ?? '');
  const [driver, setDriver] = useState<InstrumentDriver>(instrument?.driver ?? 'fluke-1620a');
  const [host, setHost] = useState(instrument?.host ?? '');
  const [port, setPort] = useState(String(instrument?.port ?? 10001));
  const [poll, setPoll] = useState(String(instrument?.pollIntervalSeconds ?? 5));
  const [storage, setStorage] = useState(String(instrument?.storageIntervalSeconds ?? 5));
  const [enabled, setEnabled] = useState(instrument?.enabled ?? true);
  const saving = instrument ? update : create;
  const errors = fieldErrorsOf(saving.error);
  const polled = driver === 'fluke-1620a';

  function submit(event: FormEvent) {
    event.preventDefault();
    const settings = {
      name,
      location,
      ...(polled ? { host, port: Number(port) } : {}),
      pollIntervalSeconds: Number(poll),
      storageIntervalSeconds: Number(storage),
      enabled,
    };
    if (instrument)
      update.mutate(
        { id: instrument.id, input: { ...settings, version: instrument.version } },
        { onSuccess: onDone },
      );
    else create.mutate({ ...settings, driver }, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      <Field label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <Field
        label="Location"
        value={location}
        onChange={(e) => setLocation(e.target.value)}
        error={errors.location}
      />
      {instrument ? null : (
        <label className="field">
          <span>Driver</span>
          <select value={driver} onChange={(e) => setDriver(e.target.value as InstrumentDriver)}>
            <option value="fluke-1620a">Fluke 1620A (polled over TCP)</option>
            <option value="http-push">HTTP push (the device posts readings)</option>
          </select>
        </label>
      )}
      {polled ? (
        <div className="form__row">
          <Field label="Host" value={host} onChange={(e) => setHost(e.target.value)} error={errors.host} />
          <Field
            label="Port"
            type="number"
            value={port}
            onChange={(e) => setPort(e.target.value)}
            error={errors.port}
          />
        </div>
      ) : null}
      <div className="form__row">
        <Field
          label="Poll every (s)"
          type="number"
          min={1}
          value={poll}
          onChange={(e) => setPoll(e.target.value)}
          error={errors.pollIntervalSeconds}
        />
        <Field
          label="Store every (s)"
          type="number"
          min={1}
          value={storage}
          onChange={(e) => setStorage(e.target.value)}
          error={errors.storageIntervalSeconds}
          hint="Readings between storage ticks are shown live only."
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Enabled: poll it from the server
      </label>
      {polled ? (
        <div className="stack">
          <div>
            <button
              type="button"
              className="button"
              disabled={test.isPending || !host}
              onClick={() => test.mutate({ host, port: Number(port) })}
            >
              {test.isPending ? 'Testing…' : 'Test connection'}
            </button>
          </div>
          <ErrorBanner error={test.error} />
          {test.data ? (
            <p className={`banner ${test.data.reachable ? 'banner--info' : 'banner--error'}`} role="status">
              {test.data.reachable
                ? `Reached ${test.data.identity} — channels ${test.data.channelNames.join(', ')}; clock ${test.data.clockOffsetSeconds} s off.`
                : `Not reached: ${test.data.error}`}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={saving.isPending}>
          {instrument ? 'Save changes' : 'Add instrument'}
        </button>
      </div>
    </form>
  );
}
