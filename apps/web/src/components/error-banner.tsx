import { ApiError } from '../lib/api-client';

/** What went wrong, readably: the server's `detail` for a refused call. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : 'Something went wrong';
}

/** The message of a failed request, for the top of a form or page. */
export function ErrorBanner({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div className="banner banner--error" role="alert">
      {errorMessage(error)}
    </div>
  );
}

/** Field errors from the server, by field path, for forms. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors : {};
}

/** The part of an error not shown next to a field (to show once, above the form). */
export function formLevelError(error: unknown, fields: string[]): unknown {
  if (!(error instanceof ApiError)) return error;
  const shownAtFields = Object.keys(error.fieldErrors).some((path) => fields.includes(path.split('.')[0]));
  return shownAtFields ? null : error;
}
