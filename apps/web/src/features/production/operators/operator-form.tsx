import type { Operator } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { FormActions } from '../../../components/form-actions';
import { useCreateOperator, useUpdateOperator } from '../queries';
import { typedFields } from '../typed-fields';
import { AccountSelect } from './account-select';

const FIELDS = ['name', 'email', 'phone', 'userId', 'active', 'notes'];

/** A laser operator: contact details, the user account they sign in with, and whether they still cut. */
export function OperatorForm({ operator, onDone }: { operator?: Operator; onDone(): void }) {
  const create = useCreateOperator();
  const update = useUpdateOperator();
  const [values, setValues] = useState(() => ({
    name: operator?.name ?? '',
    email: operator?.email ?? '',
    phone: operator?.phone ?? '',
    active: operator?.active ?? true,
    notes: operator?.notes ?? '',
  }));
  const [userId, setUserId] = useState(operator?.userId ?? null);
  const saving = operator ? update : create;
  const errors = fieldErrorsOf(saving.error);
  const { text, longText, check } = typedFields(values, setValues, errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const details = { ...values, email: values.email.trim(), userId };
    if (operator)
      update.mutate(
        { id: operator.id, input: { ...details, version: operator.version } },
        { onSuccess: onDone },
      );
    else create.mutate(details, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      {text('name', 'Name')}
      <div className="form__row">
        {text('email', 'Email', { type: 'email' })}
        {text('phone', 'Phone')}
      </div>
      <AccountSelect
        value={userId}
        linkedName={operator?.userName ?? null}
        onChange={setUserId}
        error={errors.userId}
      />
      {check('active', 'Active (offered on the run form)')}
      {longText('notes', 'Notes')}
      <FormActions
        submitLabel={operator ? 'Save changes' : 'Add operator'}
        pending={saving.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
