import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '../lib/api-client';
import { App } from './app';

vi.mock('socket.io-client', () => ({
  io: () => ({ on: vi.fn(), disconnect: vi.fn() }),
}));

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

const unauthorized = () => json(401, { type: 'x', title: 'Unauthorized', status: 401, detail: 'Sign in' });

const tokens = {
  accessToken: 'token',
  tokenType: 'Bearer',
  expiresIn: 900,
  user: {
    id: '1',
    email: 'tess@demo.local',
    displayName: 'Tess Technician',
    roles: ['technician'],
    permissions: ['measurements.view', 'maintenance.view', 'fleet.view'],
    operator: null,
  },
};

/** Answers the startup refresh with `refresh` and the sign-in with `login`. */
function serve(refresh: () => Response, login: () => Response = unauthorized) {
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const url = String(input);
    if (url.endsWith('/auth/refresh')) return refresh();
    if (url.endsWith('/auth/login')) return login();
    return unauthorized();
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function signIn(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('the app before and at sign-in', () => {
  beforeEach(() => {
    window.history.pushState({}, '', '/');
  });
  afterEach(() => {
    cleanup();
    session.set(null);
    vi.unstubAllGlobals();
  });

  it('restores the session from the refresh cookie and greets the user with their sections', async () => {
    serve(() => json(200, tokens));
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Hello, Tess' })).toBeTruthy();
    const links = within(screen.getByRole('navigation', { name: 'Main' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Home', 'Monitoring', 'Maintenance', 'Fleet']);
  });

  it('shows the sign-in page when there is no session, and the server’s message for a wrong password', async () => {
    const fetchMock = serve(unauthorized, () =>
      json(401, { type: 'x', title: 'Unauthorized', status: 401, detail: 'Email or password is incorrect' }),
    );
    render(<App />);
    await signIn('tess@demo.local', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toBe('Email or password is incorrect');
    // Only the startup refresh: a refused sign-in is not answered by refreshing.
    const refreshes = fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/auth/refresh'));
    expect(refreshes).toHaveLength(1);
  });

  it('says when a locked account may sign in again', async () => {
    const fetchMock = serve(unauthorized, () =>
      json(429, {
        type: 'x',
        title: 'Too many requests',
        status: 429,
        detail: 'This account is locked after too many failed sign-ins. Try again in 15 minutes.',
        retryAfterSeconds: 900,
      }),
    );
    render(<App />);
    await signIn('tess@demo.local', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^This account is locked after too many failed sign-ins\. Try again in 15 minutes\. You can sign in again from .+\.$/,
    );
    const login = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/auth/login'));
    expect(login?.[1]?.credentials).toBe('same-origin');
  });
});
