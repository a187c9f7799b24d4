import {
  BROWSER_CLIENT_HEADER,
  type FieldError,
  type Problem,
  type TokenResponse,
} from '@factoryops/contracts';

/** Any failed API call: the server's problem+json, made readable, with field errors by path. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly fieldErrors: Record<string, string>;
  /** Every field error as sent, with the JSON pointer of a bad value inside a JSON field. */
  readonly errors: FieldError[];
  readonly retryAfterSeconds?: number;

  constructor(problem: Partial<Problem> & { status: number }) {
    super(problem.detail ?? problem.title ?? `Request failed (${problem.status})`);
    this.status = problem.status;
    this.title = problem.title ?? 'Error';
    this.detail = problem.detail;
    this.retryAfterSeconds = problem.retryAfterSeconds;
    this.fieldErrors = {};
    this.errors = problem.errors ?? [];
    for (const error of problem.errors ?? []) {
      this.fieldErrors[error.path] ??= error.message;
    }
  }
}

type SessionListener = (tokens: TokenResponse | null) => void;

/** The access token lives in memory only; the refresh token is an httpOnly cookie the browser keeps. */
const state: {
  accessToken: string | null;
  refreshing: Promise<TokenResponse | null> | null;
  listeners: Set<SessionListener>;
} = {
  accessToken: null,
  refreshing: null,
  listeners: new Set(),
};

export const session = {
  accessToken: () => state.accessToken,
  /** Called with new tokens after sign-in or refresh, and with null when the session has ended. */
  subscribe(listener: SessionListener): () => void {
    state.listeners.add(listener);
    return () => state.listeners.delete(listener);
  },
  set(tokens: TokenResponse | null): void {
    state.accessToken = tokens?.accessToken ?? null;
    for (const listener of state.listeners) listener(tokens);
  },
};

async function toApiError(response: Response): Promise<ApiError> {
  const body = await response.json().catch(() => undefined);
  if (body && typeof body === 'object' && 'status' in body) return new ApiError(body as Problem);
  return new ApiError({ status: response.status, title: response.statusText || 'Error' });
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: 'The server cannot be reached. Check the connection and try again.',
    });
  }
}

/** Spends the refresh cookie once, however many calls ask at the same time. */
export function refreshSession(): Promise<TokenResponse | null> {
  state.refreshing ??= (async () => {
    try {
      const response = await send('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [BROWSER_CLIENT_HEADER]: 'web' },
        body: '{}',
      });
      const tokens = response.ok ? ((await response.json()) as TokenResponse) : null;
      session.set(tokens);
      return tokens;
    } catch {
      return null;
    } finally {
      state.refreshing = null;
    }
  })();
  return state.refreshing;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON, or as multipart when a FormData (file uploads). */
  body?: unknown;
  query?: Record<string, unknown>;
  /** Whether a 401 may be answered by refreshing the session and retrying once. */
  retryOnUnauthorized?: boolean;
  /** Credentials other than the session's (a wall display's key). */
  apiKey?: string;
  /** Cancels the call (and the reading of its body). */
  signal?: AbortSignal;
}

export function withQuery(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Calls `/api/v1{path}` with the session's credentials; the response as it came, or an ApiError. */
async function call(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { [BROWSER_CLIENT_HEADER]: 'web', accept: 'application/json' };
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  else if (state.accessToken) headers.authorization = `Bearer ${state.accessToken}`;
  const response = await send(withQuery(`/api/v1${path}`, options.query), {
    method: options.method ?? 'GET',
    headers,
    signal: options.signal,
    body:
      options.body === undefined
        ? undefined
        : multipart
          ? (options.body as FormData)
          : JSON.stringify(options.body),
  });
  if (
    response.status === 401 &&
    options.retryOnUnauthorized !== false &&
    state.accessToken &&
    !options.apiKey
  ) {
    const tokens = await refreshSession();
    if (tokens) return call(path, { ...options, retryOnUnauthorized: false });
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** Calls `/api/v1{path}`; resolves with the JSON answer (undefined for 204) or throws an ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await call(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A file the API serves (an image, a label, a CSV), fetched with the session's credentials. */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  return (await apiResponse(path, options)).blob();
}

/** The response itself (headers, a body to stream), once the session's credentials have been accepted. */
export function apiResponse(path: string, options: RequestOptions = {}): Promise<Response> {
  return call(path, options);
}

/**
 * Sends a multipart form to `/api/v1{path}` reporting the upload's progress (0–1) as it goes — fetch
 * cannot — with the session's credentials; resolves with the JSON answer or throws an ApiError.
 */
export function apiUpload<T>(
  path: string,
  form: FormData,
  options: { headers?: Record<string, string>; onProgress?(fraction: number): void } = {},
): Promise<T> {
  const attempt = () =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', `/api/v1${path}`);
      request.setRequestHeader(BROWSER_CLIENT_HEADER, 'web');
      request.setRequestHeader('accept', 'application/json');
      if (state.accessToken) request.setRequestHeader('authorization', `Bearer ${state.accessToken}`);
      for (const [name, value] of Object.entries(options.headers ?? {}))
        request.setRequestHeader(name, value);
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
      };
      request.onload = () => {
        let body: unknown;
        try {
          body = JSON.parse(request.responseText);
        } catch {
          body = undefined;
        }
        resolve({ status: request.status, body });
      };
      request.onerror = () =>
        reject(
          new ApiError({
            status: 0,
            title: 'Network error',
            detail: 'The server cannot be reached. Check the connection and try again.',
          }),
        );
      request.send(form);
    });
  return (async () => {
    let answer = await attempt();
    if (answer.status === 401 && state.accessToken && (await refreshSession())) answer = await attempt();
    if (answer.status >= 200 && answer.status < 300) return answer.body as T;
    const problem = answer.body;
    throw problem && typeof problem === 'object' && 'status' in problem
      ? new ApiError(problem as Problem)
      : new ApiError({ status: answer.status, title: 'Error' });
  })();
}
