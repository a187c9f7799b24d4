import type { ConflictError } from '../common/domain-errors.js';

/** PostgreSQL's unique_violation of `index`; TypeORM's QueryFailedError carries pg's `code` and `constraint`. */
const violates = (error: unknown, index: string) =>
  (error as { code?: string })?.code === '23505' && (error as { constraint?: string }).constraint === index;

/**
 * Waits for `write`; when it breaks the unique index (or constraint) `index` — a concurrent request got
 * there first, past the check made before — throws `conflict()`, the 409 that names the field, instead
 * of the generic one.
 */
export async function refusingDuplicate<T>(
  write: Promise<T>,
  index: string,
  conflict: () => ConflictError,
): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw violates(error, index) ? conflict() : error;
  }
}
