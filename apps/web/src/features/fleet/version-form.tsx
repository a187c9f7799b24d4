import { type DeviceType, RELEASE_CHANNELS, type ReleaseChannel } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { FormActions } from '../../components/form-actions';
import { typedFields } from '../production/typed-fields';
import { deviceTypesQuery, useAddVersion } from './queries';

const FIELDS = ['versionNumber', 'channel', 'releasedAt', 'releaseNotes', 'changelog', 'requiresReboot'];

/** A new version of a software: a semver number, its notes, and the device types it is for. */
export function VersionForm({ softwareId, onDone }: { softwareId: string; onDone(): void }) {
  const add = useAddVersion(softwareId);
  const types = useQuery(deviceTypesQuery);
  const [values, setValues] = useState({
    versionNumber: '',
    channel: 'stable' as ReleaseChannel,
    releasedAt: '',
    releaseNotes: '',
    changelog: '',
    requiresReboot: false,
  });
  const [deviceTypes, setDeviceTypes] = useState<string[]>([]);
  const errors = fieldErrorsOf(add.error);
  const { text, longText, choice, check } = typedFields(values, setValues, errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(
      {
        ...values,
        releasedAt: values.releasedAt ? new Date(`${values.releasedAt}T00:00:00`).toISOString() : null,
        compatibility: { deviceTypes, minimumVersions: {} },
      },
      { onSuccess: () => onDone() },
    );
  }

  const toggle = (type: DeviceType, on: boolean) =>
    setDeviceTypes((current) =>
      on ? [...current, type.code] : current.filter((code) => code !== type.code),
    );

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(add.error, [...FIELDS, 'compatibility'])} />
      <div className="form__row">
        {text('versionNumber', 'Version number', {
          placeholder: '2.5.0',
          hint: 'Semantic: MAJOR.MINOR.PATCH',
        })}
        {choice(
          'channel',
          'Channel',
          RELEASE_CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {channel === 'stable' ? 'Stable' : 'Beta'}
            </option>
          )),
        )}
        {text('releasedAt', 'Released on', { type: 'date' })}
      </div>
      {longText('releaseNotes', 'Release notes')}
      {longText('changelog', 'Changelog')}
      <fieldset className="fleet-types">
        <legend>For device types (none: any)</legend>
        {(types.data ?? []).map((type) => (
          <label key={type.code} className="check">
            <input
              type="checkbox"
              checked={deviceTypes.includes(type.code)}
              onChange={(e) => toggle(type, e.target.checked)}
            />
            {type.label}
          </label>
        ))}
      </fieldset>
      {check('requiresReboot', 'Requires a reboot')}
      <FormActions submitLabel="Add version" pending={add.isPending} onCancel={() => onDone()} />
    </form>
  );
}
