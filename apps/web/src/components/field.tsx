import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

interface MessageProps {
  label: string;
  error?: string;
  hint?: ReactNode;
}

/** The label above, the server's message (or a hint) below, for any control rendered by `control`. */
function Labelled({
  label,
  error,
  hint,
  control,
}: MessageProps & { control(props: { id: string; describedBy?: string }): ReactNode }) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {control({ id, describedBy: error || hint ? messageId : undefined })}
      {error ? (
        <p className="field__error" id={messageId} role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="field__hint" id={messageId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type FieldProps = MessageProps & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with the server's message for it right below. */
export function Field({ label, error, hint, ...input }: FieldProps) {
  return (
    <Labelled
      label={label}
      error={error}
      hint={hint}
      control={({ id, describedBy }) => (
        <input id={id} aria-invalid={Boolean(error)} aria-describedby={describedBy} {...input} />
      )}
    />
  );
}

type TextAreaFieldProps = MessageProps & TextareaHTMLAttributes<HTMLTextAreaElement>;

/** A labelled multi-line text, like `Field`. */
export function TextAreaField({ label, error, hint, ...textarea }: TextAreaFieldProps) {
  return (
    <Labelled
      label={label}
      error={error}
      hint={hint}
      control={({ id, describedBy }) => (
        <textarea
          id={id}
          rows={4}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          {...textarea}
        />
      )}
    />
  );
}

type SelectFieldProps = MessageProps & SelectHTMLAttributes<HTMLSelectElement>;

/** A labelled choice (its `<option>`s as children), like `Field`. */
export function SelectField({ label, error, hint, children, ...select }: SelectFieldProps) {
  return (
    <Labelled
      label={label}
      error={error}
      hint={hint}
      control={({ id, describedBy }) => (
        <select id={id} aria-invalid={Boolean(error)} aria-describedby={describedBy} {...select}>
          {children}
        </select>
      )}
    />
  );
}
