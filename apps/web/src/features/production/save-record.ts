import type { UseMutationResult } from '@tanstack/react-query';

/**
 * Sends an add-or-edit form: the changes to `record` with the version read (a change made meanwhile
 * answers 409), or a new record. `onDone` gets the new record's id; nothing after an edit.
 */
export function saveRecord<C, U, R extends { id: string }>(
  record: { id: string; version: number } | undefined,
  input: C & U,
  create: UseMutationResult<R, Error, C>,
  update: UseMutationResult<unknown, Error, { id: string; input: U }>,
  onDone: (id?: string) => void,
): void {
  if (record)
    update.mutate(
      { id: record.id, input: { ...input, version: record.version } },
      { onSuccess: () => onDone() },
    );
  else create.mutate(input, { onSuccess: (created) => onDone(created.id) });
}
