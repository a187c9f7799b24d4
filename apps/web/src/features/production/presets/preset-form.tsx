import { GAS_TYPES, type Preset } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { FormActions } from '../../../components/form-actions';
import { useCreatePreset, useUpdatePreset } from '../queries';
import { typedFields } from '../typed-fields';
import {
  missingPresetNumbers,
  PRESET_FORM_FIELDS,
  type PresetFormValues,
  presetFormValues,
  presetInput,
} from './preset-form-values';

interface PresetFormProps {
  preset?: Preset;
  onDone(): void;
}

/** A machine preset's cutting settings for one material and thickness. */
export function PresetForm({ preset, onDone }: PresetFormProps) {
  const create = useCreatePreset();
  const update = useUpdatePreset();
  const [values, setValues] = useState(() => presetFormValues(preset));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const saving = preset ? update : create;
  const errors = { ...fieldErrorsOf(saving.error), ...missing };

  const { text, decimal, whole, longText, check } = typedFields(values, setValues, errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const absent = missingPresetNumbers(values);
    setMissing(absent);
    if (Object.keys(absent).length > 0) return;
    const input = presetInput(values);
    if (preset)
      update.mutate({ id: preset.id, input: { ...input, version: preset.version } }, { onSuccess: onDone });
    else create.mutate(input, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, PRESET_FORM_FIELDS)} />
      {text('name', 'Name', { placeholder: 'Mild steel 3 mm O2' })}
      <div className="form__row">
        {text('material', 'Material', { placeholder: 'Mild steel' })}
        {decimal('thickness', 'Thickness (mm)', '3.00')}
      </div>
      <div className="form__row">
        {whole('powerW', 'Power (W)')}
        {whole('speedMmMin', 'Speed (mm/min)')}
        {whole('frequencyHz', 'Frequency (Hz)')}
      </div>
      <div className="form__row">
        <div className="field">
          <label htmlFor="preset-gas">Gas</label>
          <select
            id="preset-gas"
            value={values.gasType}
            onChange={(e) =>
              setValues((current) => ({ ...current, gasType: e.target.value as PresetFormValues['gasType'] }))
            }
          >
            {GAS_TYPES.map((gas) => (
              <option key={gas} value={gas}>
                {gas}
              </option>
            ))}
          </select>
        </div>
        {decimal('gasPressureBar', 'Gas pressure (bar)', '0.80')}
        {decimal('nozzleMm', 'Nozzle (mm)', '1.20')}
        {decimal('focusMm', 'Focus (mm)', '-1.50')}
      </div>
      {check('active', 'Active (offered on the run form)')}
      {longText('notes', 'Notes')}
      <FormActions
        submitLabel={preset ? 'Save changes' : 'Add preset'}
        pending={saving.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
