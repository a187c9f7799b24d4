import { DEVICE_STATUS_LABELS, DEVICE_STATUSES, type Device, type DeviceStatus } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { FormActions } from '../../components/form-actions';
import { saveRecord } from '../production/save-record';
import { typedFields } from '../production/typed-fields';
import { deviceTypesQuery, fleetCustomersQuery, useCreateDevice, useUpdateDevice } from './queries';

const FIELDS = ['deviceNumber', 'type', 'kind', 'serialNumber', 'status', 'customerId', 'notes'];

/**
 * Adds a device or edits one with the version seen (a change made meanwhile answers 409). Its
 * configuration is shown on the device's page; it is edited with the type's template.
 */
export function DeviceForm({ device, onDone }: { device?: Device; onDone(id?: string): void }) {
  const create = useCreateDevice();
  const update = useUpdateDevice();
  const types = useQuery(deviceTypesQuery);
  const customers = useQuery(fleetCustomersQuery);
  const [values, setValues] = useState(() => ({
    deviceNumber: device?.deviceNumber ?? '',
    type: device?.type ?? 'mask_tester',
    kind: device?.kind ?? '',
    serialNumber: device?.serialNumber ?? '',
    status: device?.status ?? ('active' as DeviceStatus),
    customerId: device?.customerId ?? '',
    notes: device?.notes ?? '',
  }));
  const saving = device ? update : create;
  const { text, longText, choice } = typedFields(values, setValues, fieldErrorsOf(saving.error));

  function submit(event: FormEvent) {
    event.preventDefault();
    saveRecord(
      device,
      { ...values, deviceNumber: values.deviceNumber.trim(), customerId: values.customerId || null },
      create,
      update,
      onDone,
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      <div className="form__row">
        {text('deviceNumber', 'Device number', { placeholder: 'MT-2025-001' })}
        {text('serialNumber', 'Serial number')}
      </div>
      <div className="form__row">
        {choice(
          'type',
          'Type',
          (types.data ?? []).map((type) => (
            <option key={type.code} value={type.code}>
              {type.label}
            </option>
          )),
        )}
        {text('kind', 'Kind', { placeholder: 'FFP bench MT-400' })}
      </div>
      <div className="form__row">
        {choice(
          'status',
          'Status',
          DEVICE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {DEVICE_STATUS_LABELS[status]}
            </option>
          )),
        )}
        {choice('customerId', 'Customer', [
          <option key="" value="">
            No customer
          </option>,
          ...(customers.data ?? []).map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.name}
            </option>
          )),
        ])}
      </div>
      {longText('notes', 'Notes')}
      <FormActions
        submitLabel={device ? 'Save changes' : 'Add device'}
        pending={saving.isPending}
        onCancel={() => onDone()}
      />
    </form>
  );
}
