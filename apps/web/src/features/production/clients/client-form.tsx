import type { Client } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { FormActions } from '../../../components/form-actions';
import { useCreateClient, useUpdateClient } from '../queries';
import { typedFields } from '../typed-fields';

const FIELDS = ['name', 'contactPerson', 'email', 'phone', 'address', 'notes'] as const;

interface ClientFormProps {
  client?: Client;
  onSaved(saved: Client): void;
  onCancel(): void;
}

/** Adds a client (the server gives it the next code), or edits one's details with the version seen. */
export function ClientForm({ client, onSaved, onCancel }: ClientFormProps) {
  const create = useCreateClient();
  // The client as the form opened with it: its version is the one seen, whatever the page refetches meanwhile.
  const [seen] = useState(client);
  const update = useUpdateClient();
  const [values, setValues] = useState(() => ({
    name: client?.name ?? '',
    contactPerson: client?.contactPerson ?? '',
    email: client?.email ?? '',
    phone: client?.phone ?? '',
    address: client?.address ?? '',
    notes: client?.notes ?? '',
  }));
  const saving = client ? update : create;
  const { text, longText } = typedFields(values, setValues, fieldErrorsOf(saving.error));

  function submit(event: FormEvent) {
    event.preventDefault();
    const details = { ...values, email: values.email.trim() };
    if (client)
      update.mutate({ id: client.id, input: { ...details, version: seen?.version } }, { onSuccess: onSaved });
    else create.mutate(details, { onSuccess: onSaved });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, [...FIELDS])} />
      {text('name', 'Name')}
      <div className="form__row">
        {text('contactPerson', 'Contact person')}
        {text('email', 'Email', { type: 'email' })}
        {text('phone', 'Phone')}
      </div>
      <p className="field__hint">Proof-of-payment confirmations are mailed to the email address.</p>
      {longText('address', 'Address')}
      {longText('notes', 'Notes')}
      <FormActions
        submitLabel={client ? 'Save changes' : 'Add client'}
        pending={saving.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
