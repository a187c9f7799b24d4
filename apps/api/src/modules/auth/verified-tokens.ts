import type { AccessPayload } from './auth.service.js';

/** The claims of an access token, as signed. */
type VerifiedPayload = AccessPayload & { exp: number };

/**
 * Access tokens whose signature was verified, until they expire: a token never changes, so checking its
 * HMAC and parsing it again on every request of a session (about a tenth of an authenticated request's
 * CPU) tells nothing new. Whether its session is still open is checked on every request all the same.
 * Bounded: past `capacity` tokens the oldest is forgotten (and verified again if it comes back).
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, VerifiedPayload>();

  constructor(private readonly capacity = 10_000) {}

  /** The token's claims if it was verified and has not expired by `now` (ms), as jsonwebtoken judges it. */
  get(token: string, now = Date.now()): AccessPayload | undefined {
    const payload = this.tokens.get(token);
    if (!payload) return undefined;
    if (Math.floor(now / 1000) < payload.exp) return payload;
    this.tokens.delete(token);
    return undefined;
  }

  /** Remembers a token that has just been verified. */
  remember(token: string): void {
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as VerifiedPayload;
    if (typeof claims.exp !== 'number') return;
    if (this.tokens.size >= this.capacity) this.tokens.delete(this.tokens.keys().next().value as string);
    this.tokens.set(token, claims);
  }
}
