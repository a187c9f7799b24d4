/** Longest wait a `Retry-After` may ask for before the sync gives up instead. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Whether an answer (or its absence: `null`, a network error) is worth another try, and after how long:
 * 429 waits what `Retry-After` says (seconds or an HTTP date; the backoff when it says nothing usable),
 * 5xx and no answer wait `backoffMs` doubled per attempt made. Anything else is final. `undefined`: do
 * not retry (final status, last attempt, or a wait beyond `MAX_RETRY_AFTER_MS`).
 */
export function retryDelayMs(
  status: number | null,
  retryAfter: string | null,
  attempt: number,
  options: { maxAttempts: number; backoffMs: number; now?: number },
): number | undefined {
  if (attempt >= options.maxAttempts) return undefined;
  const backoff = options.backoffMs * 2 ** (attempt - 1);
  if (status === 429) {
    const asked = retryAfterMs(retryAfter, options.now ?? Date.now());
    const wait = asked ?? backoff;
    return wait > MAX_RETRY_AFTER_MS ? undefined : wait;
  }
  if (status === null || status >= 500) return backoff;
  return undefined;
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
