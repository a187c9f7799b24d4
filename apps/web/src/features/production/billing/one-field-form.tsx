import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';

interface OneFieldFormProps {
  label: string;
  field: string;
  initial?: string;
  type?: string;
  hint?: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(value: string): void;
  onCancel(): void;
}

/** A dialog's form of one value: why an invoice is cancelled, where a document is sent, when it was paid. */
export function OneFieldForm({
  label,
  field,
  initial = '',
  type = 'text',
  hint,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: OneFieldFormProps) {
  const [value, setValue] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(value.trim());
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(error, [field])} />
      <Field
        label={label}
        type={type}
        value={value}
        hint={hint}
        onChange={(e) => setValue(e.target.value)}
        error={fieldErrorsOf(error)[field]}
      />
      <FormActions submitLabel={submitLabel} pending={pending} onCancel={onCancel} />
    </form>
  );
}
