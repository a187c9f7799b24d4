import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, session } from './api-client';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const tokens = (accessToken: string) => ({
  accessToken,
  tokenType: 'Bearer' as const,
  expiresIn: 900,
  user: { id: '1', email: 'a@b.c', displayName: 'A', roles: [], permissions: [], operator: null },
});

describe('apiRequest', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    session.set(tokens('old-token'));
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('turns problem+json into an ApiError with errors by field', async () => {
    fetchMock.mockResolvedValueOnce(
      json(400, {
        type: 'x',
        title: 'Bad request',
        status: 400,
        detail: 'The request body has invalid fields',
        errors: [
          { path: 'password', message: 'Use at least 8 characters' },
          { path: 'email', message: 'Enter a valid email address' },
        ],
      }),
    );
    const error = await apiRequest('/users', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('The request body has invalid fields');
    expect((error as ApiError).fieldErrors).toEqual({
      password: 'Use at least 8 characters',
      email: 'Enter a valid email address',
    });
  });

  it('sends the bearer token and the browser header', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { ok: true }));
    await apiRequest('/auth/me');
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/v1/auth/me');
    const headers = (init as RequestInit).headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer old-token');
    expect(headers['x-factoryops-client']).toBe('web');
  });

  it('refreshes once for concurrent 401s and retries each call with the new token', async () => {
    let refreshes = 0;
    fetchMock.mockImplementation(async (input, init) => {
      const auth = (init?.headers as Record<string, string> | undefined)?.authorization;
      if (String(input) === '/api/v1/auth/refresh') {
        refreshes += 1;
        return json(200, tokens('new-token'));
      }
      return auth === 'Bearer new-token'
        ? json(200, { path: String(input) })
        : json(401, { status: 401, title: 'Unauthorized' });
    });
    const answers = await Promise.all([apiRequest('/a'), apiRequest('/b'), apiRequest('/c')]);
    expect(answers).toEqual([{ path: '/api/v1/a' }, { path: '/api/v1/b' }, { path: '/api/v1/c' }]);
    expect(refreshes).toBe(1);
    expect(session.accessToken()).toBe('new-token');
  });

  it('ends the session when the refresh fails', async () => {
    const ended = vi.fn();
    const unsubscribe = session.subscribe(ended);
    fetchMock.mockResolvedValue(
      json(401, { status: 401, title: 'Unauthorized', detail: 'Your session has ended.' }),
    );
    await expect(apiRequest('/auth/me')).rejects.toMatchObject({ status: 401 });
    expect(ended).toHaveBeenCalledWith(null);
    expect(session.accessToken()).toBeNull();
    unsubscribe();
  });

  it('reports a network failure readably', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(apiRequest('/health')).rejects.toMatchObject({ status: 0, title: 'Network error' });
  });
});
