import { setTimeout as sleep } from 'node:timers/promises';
import { UpstreamError } from '../../../common/domain-errors.js';
import type { Env } from '../../../config/env.js';
import { type RecordCall, recordedFetch, recordingFetcher } from './sage-call-log.js';
import { retryDelayMs } from './sage-retry.js';
import type { SageTokenStore } from './sage-token-store.js';

/** A page of a Sage v3.1 list: its items and the path of the next page (null on the last). */
interface SagePage<T> {
  $items: T[];
  $next?: string | null;
}

const TIMEOUT_MS = 30_000;

/**
 * A create (POST) that got a 5xx or no answer: Sage may have made the record all the same, so it is not
 * sent again blindly — the caller looks the record up first (see `createOnce`).
 */
export class UnansweredCreateError extends UpstreamError {}
/** The largest page Sage serves. */
export const ITEMS_PER_PAGE = 200;

/**
 * Calls to Sage's Accounting API v3.1 for one business (`X-Business`): bearer token from the store
 * (refreshed before expiry, and once more when Sage answers 401), 429 retried after its `Retry-After`
 * and 5xx or no answer with a doubling backoff, up to `SAGE_MAX_ATTEMPTS` tries — except a create's,
 * which throws `UnansweredCreateError` instead; every attempt goes to `record` (the sync log) when given.
 */
export class SageApi {
  constructor(
    private readonly env: Env,
    private readonly tokens: SageTokenStore,
    private readonly options: { businessId: string | null; record?: RecordCall },
  ) {}

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  /** Every item of a list, following `$next` page by page (a plain array answer is taken whole). */
  async list<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    const first = new URL(this.url(path));
    if (!first.searchParams.has('items_per_page'))
      first.searchParams.set('items_per_page', String(ITEMS_PER_PAGE));
    let next: string | null | undefined = first.toString();
    for (let pages = 0; next; pages += 1) {
      if (pages >= 1000) throw new UpstreamError(`Sage kept paging ${path} past 1000 pages`);
      const page: SagePage<T> | T[] = await this.send<SagePage<T> | T[]>('GET', next);
      if (Array.isArray(page)) return [...items, ...page];
      items.push(...page.$items);
      next = page.$next;
    }
    return items;
  }

  private url(path: string): string {
    if (/^https?:\/\//.test(path)) {
      const url = new URL(path);
      if (url.origin !== new URL(this.env.SAGE_API_URL).origin)
        throw new UpstreamError(`Sage pointed to another host (${url.origin})`);
      return path;
    }
    const base = this.env.SAGE_API_URL.replace(/\/+$/, '');
    const relative = path.replace(/^\/+/, '');
    // `$next` may repeat the version's path (`/v3.1/contacts?page=2`) or start below it (`/contacts?page=2`).
    const basePath = new URL(base).pathname.replace(/^\/+/, '');
    return basePath && relative.startsWith(`${basePath}/`)
      ? `${new URL(base).origin}/${relative}`
      : `${base}/${relative}`;
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const url = this.url(path);
    const { record, businessId } = this.options;
    const oauthFetch = recordingFetcher(record);
    let token = await this.tokens.accessToken(oauthFetch);
    let renewed = false;
    for (let attempt = 1; ; attempt += 1) {
      let response: Response | null = null;
      let failure = '';
      try {
        response = await recordedFetch(record, attempt, url, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(businessId ? { 'x-business': businessId } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        failure = String((error as Error).message ?? error);
      }
      if (response?.ok) return (response.status === 204 ? undefined : await response.json()) as T;
      if (response?.status === 401 && !renewed) {
        renewed = true;
        token = await this.tokens.refresh(token, oauthFetch);
        continue;
      }
      const status = response?.status ?? null;
      if (method === 'POST' && (status === null || status >= 500))
        throw new UnansweredCreateError(
          `Sage answered POST ${new URL(url).pathname} with ${status ?? failure}: it may or may not have been created`,
        );
      const wait = retryDelayMs(
        response?.status ?? null,
        response?.headers.get('retry-after') ?? null,
        attempt,
        {
          maxAttempts: this.env.SAGE_MAX_ATTEMPTS,
          backoffMs: this.env.SAGE_BACKOFF_MS,
        },
      );
      if (wait === undefined) {
        const detail = response ? `${response.status} ${await sageMessage(response)}` : failure;
        throw new UpstreamError(`Sage answered ${method} ${new URL(url).pathname} with ${detail}`.trim());
      }
      await sleep(wait);
    }
  }
}

/** The message of a Sage error answer (`[{ "$severity", "$dataCode", "$message" }]`), if it has one. */
async function sageMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as { $message?: string }[] | { $message?: string };
    const first = Array.isArray(parsed) ? parsed[0] : parsed;
    return first?.$message ? `(${first.$message})` : '';
  } catch {
    return '';
  }
}
