import type { ReactNode } from 'react';
import { Dialog } from '../../components/dialog';

/** What a list page is editing: nothing, a new record, or one of its records. */
export type Editing<T> = T | 'new' | null;

interface RecordDialogProps<T extends { id: string; version: number; name: string }> {
  editing: Editing<T>;
  /** "preset", "operator": in the titles "Add preset", "Edit Mild steel 3 mm". */
  noun: string;
  onClose(): void;
  /** The form, for the record edited (none for a new one). */
  children(record: T | undefined): ReactNode;
}

/**
 * The add-or-edit dialog of a list page. The form is made anew for each record and each version of it,
 * so it always starts from what the server holds.
 */
export function RecordDialog<T extends { id: string; version: number; name: string }>({
  editing,
  noun,
  onClose,
  children,
}: RecordDialogProps<T>) {
  const record = editing === 'new' || editing === null ? undefined : editing;
  return (
    <Dialog title={record ? `Edit ${record.name}` : `Add ${noun}`} open={editing !== null} onClose={onClose}>
      {editing ? <div key={record ? `${record.id}-${record.version}` : 'new'}>{children(record)}</div> : null}
    </Dialog>
  );
}
