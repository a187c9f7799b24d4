import type { ConflictError } from '../common/domain-errors.js';

/** The unique index (or constraint) a PostgreSQL unique_violation broke; TypeORM's QueryFailedError carries pg's fields. */
const violated = (error: unknown) =>
  (error as { code?: string })?.code === '23505' ? (error as { constraint?: string }).constraint : undefined;

/**
 * Waits for `write`; when it breaks one of the unique indexes (or constraints) named in `conflicts` — a
 * concurrent request got there first, past the check made before — throws that index's 409, the one that
 * names the field, instead of the generic one.
 */
export async function refusingDuplicate<T>(
  write: Promise<T>,
  conflicts: Record<string, () => ConflictError>,
): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const conflict = conflicts[violated(error) ?? ''];
    throw conflict ? conflict() : error;
  }
}
