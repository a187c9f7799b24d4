import type { Certificate } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, errorMessage, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field, TextAreaField } from '../../components/field';
import { CertificateFileField, type FileChange } from './certificate-file-field';
import {
  type CertificateValues,
  emptyValues,
  missingFields,
  toCreateInput,
  toUpdateInput,
  valuesOf,
} from './certificate-values';
import { CorrectionPointsTable } from './correction-points-table';
import { useCertificateFile, useCreateCertificate, useUpdateCertificate } from './queries';
import { SensorSelect } from './sensor-select';

const FIELDS = [
  'sensorId',
  'number',
  'calibratedOn',
  'validFrom',
  'dueOn',
  'laboratory',
  'notes',
  'temperaturePoints',
  'humidityPoints',
];

const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

interface CertificateFormProps {
  /** The certificate to fix; a new one when absent. */
  certificate?: Certificate;
  /** The sensor a new certificate is for, when chosen beforehand. */
  sensorId?: string;
  /** Called with the certificate as stored, its PDF attached or removed. */
  onSaved(certificate: Certificate): void;
  onCancel(): void;
}

/**
 * Adds a certificate or fixes one (with the version seen). Saving stores the certificate first, then
 * uploads or removes its PDF; if the upload is refused, the form stays open on the stored certificate.
 */
export function CertificateForm({ certificate, sensorId, onSaved, onCancel }: CertificateFormProps) {
  const create = useCreateCertificate();
  const update = useUpdateCertificate();
  const file = useCertificateFile();
  const [values, setValues] = useState<CertificateValues>(() =>
    certificate ? valuesOf(certificate) : emptyValues(sensorId),
  );
  const [fileChange, setFileChange] = useState<FileChange>({ kind: 'keep' });
  const [missing, setMissing] = useState<Record<string, string>>({});
  /** A certificate this form has stored (a new one whose PDF was refused): saving again fixes it. */
  const [stored, setStored] = useState<Certificate | undefined>(certificate);
  const saving = stored ? update : create;
  const errors = { ...fieldErrorsOf(saving.error), ...missing };
  const busy = create.isPending || update.isPending || file.isPending;

  const set = <K extends keyof CertificateValues>(field: K, value: CertificateValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const absent = missingFields(values);
    setMissing(absent);
    if (Object.keys(absent).length > 0) return;
    try {
      let record: Certificate;
      if (stored) {
        const input = toUpdateInput(values, stored);
        record = Object.keys(input).length > 1 ? await update.mutateAsync({ id: stored.id, input }) : stored;
      } else {
        record = await create.mutateAsync(toCreateInput(values));
      }
      setStored(record);
      if (fileChange.kind !== 'keep') {
        record = await file.mutateAsync({
          id: record.id,
          file: fileChange.kind === 'attach' ? fileChange.file : null,
        });
        setFileChange({ kind: 'keep' });
      }
      onSaved(record);
    } catch {
      // Shown from the mutations' errors: next to the fields, above the form, or at the PDF.
    }
  }

  const fileError = file.error ? (fieldErrorsOf(file.error).file ?? errorMessage(file.error)) : undefined;

  return (
    <form className="form certificate-form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      {stored && !certificate && file.error ? (
        <p className="banner banner--warning">
          Certificate {stored.number} was saved, but its PDF was not. Choose another file, or save without
          one.
        </p>
      ) : null}
      <div className="form__row certificate-form__wide">
        <SensorSelect
          field
          label="Sensor"
          emptyLabel="Choose a sensor…"
          value={values.sensorId}
          onChange={(id) => set('sensorId', id)}
          error={errors.sensorId}
          disabled={Boolean(stored)}
        />
        <Field
          label="Certificate number"
          value={values.number}
          onChange={(e) => set('number', e.target.value)}
          error={errors.number}
        />
      </div>
      <div className="form__row">
        <Field
          label="Calibrated on"
          type="date"
          value={values.calibratedOn}
          onChange={(e) => set('calibratedOn', e.target.value)}
          error={errors.calibratedOn}
        />
        <Field
          label="Valid from"
          type="datetime-local"
          value={values.validFrom}
          onChange={(e) => set('validFrom', e.target.value)}
          error={errors.validFrom}
          hint={`Readings from then on are corrected with it (${TIME_ZONE} time).`}
        />
        <Field
          label="Next calibration due"
          type="date"
          min={values.calibratedOn || undefined}
          value={values.dueOn}
          onChange={(e) => set('dueOn', e.target.value)}
          error={errors.dueOn}
        />
      </div>
      <Field
        label="Laboratory"
        value={values.laboratory}
        onChange={(e) => set('laboratory', e.target.value)}
        error={errors.laboratory}
      />
      <TextAreaField
        label="Notes"
        rows={2}
        value={values.notes}
        onChange={(e) => set('notes', e.target.value)}
        error={errors.notes}
      />
      <CorrectionPointsTable
        quantity="Temperature"
        unit="°C"
        path="temperaturePoints"
        rows={values.temperaturePoints}
        onChange={(rows) => set('temperaturePoints', rows)}
        errors={errors}
      />
      <CorrectionPointsTable
        quantity="Humidity"
        unit="%RH"
        path="humidityPoints"
        rows={values.humidityPoints}
        onChange={(rows) => set('humidityPoints', rows)}
        errors={errors}
      />
      <CertificateFileField
        current={stored?.file ?? null}
        change={fileChange}
        onChange={(change) => {
          file.reset();
          setFileChange(change);
        }}
        error={fileError}
      />
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : stored ? 'Save certificate' : 'Add certificate'}
        </button>
      </div>
    </form>
  );
}
