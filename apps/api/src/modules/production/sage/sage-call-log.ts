import type { Fetcher } from './sage-oauth.js';

/** One HTTP call to Sage as the sync log keeps it. */
export interface SageCall {
  method: string;
  path: string;
  status: number | null;
  durationMs: number;
  attempt: number;
  error: string | null;
  at: Date;
}

export type RecordCall = (call: SageCall) => Promise<void>;

/** The path and query of a URL, which is what the log shows (the host is always Sage's). */
export const pathOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};

/** Times `fetch` and records the call (its answer, or the error that stood in for one). */
export async function recordedFetch(
  record: RecordCall | undefined,
  attempt: number,
  url: string,
  init: RequestInit,
): Promise<Response> {
  const at = new Date();
  const started = performance.now();
  const call = { method: init.method ?? 'GET', path: pathOf(url), attempt, at };
  try {
    const response = await fetch(url, init);
    await record?.({ ...call, status: response.status, durationMs: elapsed(started), error: null });
    return response;
  } catch (error) {
    await record?.({
      ...call,
      status: null,
      durationMs: elapsed(started),
      error: String((error as Error).message ?? error),
    });
    throw error;
  }
}

/** A fetcher for the OAuth client that records its calls (one attempt each: token calls are not retried). */
export const recordingFetcher =
  (record: RecordCall | undefined): Fetcher =>
  (url, init) =>
    recordedFetch(record, 1, url, init);

const elapsed = (started: number) => Math.round(performance.now() - started);
