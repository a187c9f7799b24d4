import type { LoginInput, Me, TokenResponse } from '@factoryops/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { apiRequest, refreshSession, session } from '../lib/api-client';
import { connectOps } from '../lib/socket-client';

type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; notice?: string }
  | { status: 'signed-in'; user: Me; expiresIn: number; accessToken: string };

interface AuthContextValue {
  state: SessionState;
  login(input: LoginInput): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user; only for components rendered behind the sign-in. */
export function useCurrentUser(): Me {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useCurrentUser while signed out');
  return state.user;
}

function signedIn(tokens: TokenResponse): SessionState {
  return {
    status: 'signed-in',
    user: tokens.user,
    expiresIn: tokens.expiresIn,
    accessToken: tokens.accessToken,
  };
}

/**
 * Restores the session from the refresh cookie on load, refreshes the access token before it expires,
 * and keeps a socket to `/ops` open while signed in.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(
    () =>
      session.subscribe((tokens) => {
        setState((current) =>
          tokens
            ? signedIn(tokens)
            : current.status === 'signed-in'
              ? { status: 'signed-out', notice: 'Your session has ended. Sign in again.' }
              : current,
        );
      }),
    [],
  );

  useEffect(() => {
    void refreshSession().then((tokens) => {
      if (!tokens) setState({ status: 'signed-out' });
    });
  }, []);

  const accessToken = state.status === 'signed-in' ? state.accessToken : null;
  const expiresIn = state.status === 'signed-in' ? state.expiresIn : 0;

  useEffect(() => {
    if (!accessToken) return;
    const timer = setTimeout(() => void refreshSession(), Math.max(10, expiresIn * 0.8) * 1000);
    return () => clearTimeout(timer);
  }, [accessToken, expiresIn]);

  useEffect(() => {
    if (!accessToken) return;
    const socket = connectOps(accessToken, queryClient, (reason) => {
      session.set(null);
      queryClient.clear();
      setState({ status: 'signed-out', notice: `You were signed out: ${reason}.` });
    });
    return () => {
      socket.disconnect();
    };
  }, [accessToken, queryClient]);

  const login = useCallback(async (input: LoginInput) => {
    const tokens = await apiRequest<TokenResponse>('/auth/login', {
      method: 'POST',
      body: input,
      retryOnUnauthorized: false,
    });
    session.set(tokens);
  }, []);

  const logout = useCallback(async () => {
    await apiRequest('/auth/logout', { method: 'POST', body: {}, retryOnUnauthorized: false }).catch(
      () => undefined,
    );
    session.set(null);
    queryClient.clear();
    setState({ status: 'signed-out' });
  }, [queryClient]);

  const value = useMemo(() => ({ state, login, logout }), [state, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
