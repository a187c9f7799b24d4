import type { ComponentProps, Dispatch, ReactNode, SetStateAction } from 'react';
import { Field, SelectField, TextAreaField } from '../../components/field';

/** The keys of a form's values that are typed text. */
type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;
/** The keys of a form's values that are check boxes. */
type FlagKey<V> = { [K in keyof V]: V[K] extends boolean ? K : never }[keyof V] & string;
/** What a text input may add to its field: input attributes and a hint. */
type InputProps = Omit<ComponentProps<typeof Field>, 'label' | 'value' | 'onChange' | 'error'>;

/**
 * Inputs for a form whose values are one record of typed text, choices and check boxes (the client,
 * project, preset, operator, product and run forms): each bound to its field, with the server's message
 * for that field beside it.
 */
export function typedFields<V extends object>(
  values: V,
  setValues: Dispatch<SetStateAction<V>>,
  errors: Record<string, string>,
) {
  const set = (field: string, value: string | boolean) =>
    setValues((current) => ({ ...current, [field]: value }));
  const text = (field: TextKey<V>, label: string, input: InputProps = {}) => (
    <Field
      label={label}
      value={values[field] as string}
      onChange={(e) => set(field, e.target.value)}
      error={errors[field]}
      {...input}
    />
  );
  return {
    text,
    date: (field: TextKey<V>, label: string) => text(field, label, { type: 'date' }),
    /** A price, thickness or pressure: kept as the decimal string typed. */
    decimal: (field: TextKey<V>, label: string, placeholder: string) =>
      text(field, label, { inputMode: 'decimal', placeholder }),
    /** A count or a number of minutes, from 0 unless `input` says otherwise. */
    whole: (field: TextKey<V>, label: string, input: InputProps = {}) =>
      text(field, label, { type: 'number', min: 0, step: 1, inputMode: 'numeric', ...input }),
    longText: (field: TextKey<V>, label: string) => (
      <TextAreaField
        label={label}
        rows={3}
        value={values[field] as string}
        onChange={(e) => set(field, e.target.value)}
        error={errors[field]}
      />
    ),
    /** One of `options` (`<option>`s); `error` when the server names the choice by another field. */
    choice: (field: TextKey<V>, label: string, options: ReactNode, error = errors[field]) => (
      <SelectField
        label={label}
        value={values[field] as string}
        onChange={(e) => set(field, e.target.value)}
        error={error}
      >
        {options}
      </SelectField>
    ),
    check: (field: FlagKey<V>, label: string) => (
      <label className="check">
        <input
          type="checkbox"
          checked={values[field] as boolean}
          onChange={(e) => set(field, e.target.checked)}
        />
        {label}
      </label>
    ),
  };
}
