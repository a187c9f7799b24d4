interface FormActionsProps {
  submitLabel: string;
  /** While the server is asked: the submit button waits. */
  pending: boolean;
  onCancel(): void;
}

/** The end of a form in a dialog: Cancel, and the button that sends it. */
export function FormActions({ submitLabel, pending, onCancel }: FormActionsProps) {
  return (
    <div className="form__actions">
      <button type="button" className="button button--ghost" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button--primary" disabled={pending}>
        {submitLabel}
      </button>
    </div>
  );
}
