import * as oauth from 'openid-client';
import type { Env } from '../../../config/env.js';

/** Tokens as the token endpoint answers them, with the access token's end. */
export interface SageTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
}

/** `fetch` as the OAuth client calls it; a sync passes one that writes each call to its log. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Sage's OAuth 2.0 authorization-code flow through openid-client. Sage publishes no discovery
 * document, so its endpoints come from the configuration (`SAGE_AUTH_URL`, `SAGE_TOKEN_URL`,
 * `SAGE_REVOKE_URL`); the client authenticates with `client_secret_post`, as Sage documents.
 */
export class SageOauth {
  constructor(private readonly env: Env) {}

  get configured(): boolean {
    return Boolean(this.env.SAGE_CLIENT_ID);
  }

  /** The address of Sage's authorization page for this `state` (its own query kept: `filter=apiv3.1`). */
  authorizeUrl(state: string, redirectUri: string): string {
    return oauth
      .buildAuthorizationUrl(this.configuration(), {
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: 'full_access',
        state,
      })
      .toString();
  }

  /** Exchanges the callback's code (its state already checked and used) for tokens. */
  async exchange(code: string, state: string, redirectUri: string): Promise<SageTokens> {
    const callback = new URL(redirectUri);
    callback.searchParams.set('code', code);
    callback.searchParams.set('state', state);
    const answer = await oauth.authorizationCodeGrant(this.configuration(), callback, {
      expectedState: state,
    });
    return tokensOf(answer);
  }

  /** A new access token; Sage rotates the refresh token too (the old one stops working). */
  async refresh(refreshToken: string, fetcher?: Fetcher): Promise<SageTokens> {
    const answer = await oauth.refreshTokenGrant(this.configuration(fetcher), refreshToken);
    return tokensOf(answer, refreshToken);
  }

  /** Revokes the refresh token (and with it the access it grants). */
  revoke(refreshToken: string): Promise<void> {
    return oauth.tokenRevocation(this.configuration(), refreshToken, { token_type_hint: 'refresh_token' });
  }

  private configuration(fetcher?: Fetcher): oauth.Configuration {
    const { SAGE_AUTH_URL, SAGE_TOKEN_URL, SAGE_REVOKE_URL, SAGE_CLIENT_ID, SAGE_CLIENT_SECRET } = this.env;
    const configuration = new oauth.Configuration(
      {
        issuer: new URL(SAGE_TOKEN_URL).origin,
        authorization_endpoint: SAGE_AUTH_URL,
        token_endpoint: SAGE_TOKEN_URL,
        revocation_endpoint: SAGE_REVOKE_URL,
      },
      SAGE_CLIENT_ID ?? '',
      SAGE_CLIENT_SECRET ?? '',
    );
    // A local stand-in (tests, a development fake) speaks plain HTTP; Sage itself is HTTPS only.
    if ([SAGE_TOKEN_URL, SAGE_REVOKE_URL].some((url) => new URL(url).protocol === 'http:'))
      oauth.allowInsecureRequests(configuration);
    if (fetcher) configuration[oauth.customFetch] = (url, init) => fetcher(url, init as RequestInit);
    return configuration;
  }
}

function tokensOf(answer: oauth.TokenEndpointResponse, previousRefreshToken?: string): SageTokens {
  const refreshToken = answer.refresh_token ?? previousRefreshToken;
  if (!refreshToken) throw new Error('Sage answered without a refresh token');
  return {
    accessToken: answer.access_token,
    refreshToken,
    expiresAt: new Date(Date.now() + (answer.expires_in ?? 300) * 1000),
  };
}
