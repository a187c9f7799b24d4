import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConflictError, UpstreamError } from '../../../common/domain-errors.js';
import { SageConnectionEntity } from './sage-connection.entity.js';
import type { Fetcher, SageTokens } from './sage-oauth.js';
import { SageOauth } from './sage-oauth.js';
import { TokenCipher } from './token-cipher.js';

/** An access token this close to its end is refreshed before use. */
const REFRESH_MARGIN_MS = 60_000;

export const notConnected = () => new ConflictError('Sage Accounting is not connected: connect it first');

/**
 * The connection's tokens: sealed on the way in, opened on the way out, refreshed before they expire
 * (or when Sage refuses one) with the connection row locked, so that of two processes refreshing at
 * once one does it and the other uses its result — Sage rotates the refresh token, and the old one
 * would fail the second refresh.
 */
@Injectable()
export class SageTokenStore {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(TokenCipher) private readonly cipher: TokenCipher,
    @Inject(SageOauth) private readonly oauth: SageOauth,
  ) {}

  seal(
    tokens: SageTokens,
  ): Pick<SageConnectionEntity, 'accessTokenSealed' | 'refreshTokenSealed' | 'expiresAt'> {
    return {
      accessTokenSealed: this.cipher.seal(tokens.accessToken),
      refreshTokenSealed: this.cipher.seal(tokens.refreshToken),
      expiresAt: tokens.expiresAt,
    };
  }

  refreshTokenOf(connection: SageConnectionEntity): string {
    return this.cipher.open(connection.refreshTokenSealed);
  }

  /** A usable access token, refreshed first when it is about to expire. */
  async accessToken(fetcher?: Fetcher): Promise<string> {
    const connection = await this.dataSource.getRepository(SageConnectionEntity).findOneBy({ id: 'site' });
    if (!connection) throw notConnected();
    if (connection.expiresAt.getTime() - Date.now() > REFRESH_MARGIN_MS)
      return this.cipher.open(connection.accessTokenSealed);
    return this.refresh(undefined, fetcher);
  }

  /**
   * Refreshes the tokens and stores both (the rotated refresh token too). With `rejected` (a token Sage
   * answered 401 to), a token another caller refreshed meanwhile is used instead; without it, one that
   * is no longer about to expire.
   */
  refresh(rejected: string | undefined, fetcher?: Fetcher): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const connection = await manager
        .getRepository(SageConnectionEntity)
        .findOne({ where: { id: 'site' }, lock: { mode: 'pessimistic_write' } });
      if (!connection) throw notConnected();
      const current = this.cipher.open(connection.accessTokenSealed);
      const fresh =
        rejected === undefined
          ? connection.expiresAt.getTime() - Date.now() > REFRESH_MARGIN_MS
          : current !== rejected;
      if (fresh) return current;
      const tokens = await this.oauth.refresh(this.refreshTokenOf(connection), fetcher).catch((error) => {
        throw new UpstreamError(`Sage did not renew the connection (${describe(error)}): connect again`);
      });
      await manager.update(SageConnectionEntity, { id: 'site' }, this.seal(tokens));
      return tokens.accessToken;
    });
  }
}

/** What an OAuth error says, without any token. */
export function describe(error: unknown): string {
  const { error: code, message } = error as { error?: string; message?: string };
  return code ?? message ?? String(error);
}
