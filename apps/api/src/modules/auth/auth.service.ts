import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type LoginInput, type Me, permissionsForRoles, type Role } from '@factoryops/contracts';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { TooManyRequestsError, UnauthenticatedError } from '../../common/domain-errors.js';
import type { UserPrincipal } from '../../common/principal.js';
import { queryPrepared } from '../../database/prepared-statements.js';
import { OperatorsService } from '../production/operators/operators.service.js';
import { type DomainEvent, DomainEvents } from '../realtime/domain-events.js';
import { AuthSessionEntity } from './auth-session.entity.js';
import { type ClientMeta, LoginAttemptsService } from './login-attempts.service.js';
import { decideThrottle } from './login-throttle.js';
import { verifyAgainstNothing, verifyPassword } from './password-hasher.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { randomSecret, sha256 } from './token-hash.js';
import { UserEntity } from './user.entity.js';

export interface AccessPayload {
  sub: string;
  sid: string;
}

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  user: Me;
}

const BAD_CREDENTIALS = 'Email or password is incorrect';
const DAY_MS = 86_400_000;

/** How long a checked session is trusted without asking the database again (revocations clear it at once). */
const PRINCIPAL_CACHE_MS = 10_000;
const PRINCIPAL_CACHE_MAX = 10_000;

/** Sign-in, rotating refresh tokens grouped in sessions, sign-out, and access-token checks. */
@Injectable()
export class AuthService implements OnModuleDestroy {
  /** Session id → the user it authenticates, for the hot path of every request. */
  private readonly principals = new Map<string, { principal: UserPrincipal; until: number }>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly loginAttempts: LoginAttemptsService,
    private readonly events: DomainEvents,
    private readonly operators: OperatorsService,
  ) {
    this.unsubscribe = events.subscribe((event) => this.forgetPrincipals(event));
  }

  onModuleDestroy(): void {
    this.unsubscribe();
  }

  /** Any change to a user or their sessions drops what was cached for them. */
  private forgetPrincipals(event: DomainEvent): void {
    const userId =
      event.type === 'session.revoked'
        ? event.userId
        : event.type === 'entity.changed' && event.payload.entity === 'user'
          ? event.payload.id
          : undefined;
    if (!userId) return;
    for (const [sessionId, entry] of this.principals) {
      if (entry.principal.id === userId) this.principals.delete(sessionId);
    }
  }

  async login(input: LoginInput, meta: ClientMeta): Promise<IssuedTokens> {
    const email = input.email.trim().toLowerCase();
    const env = this.config.env;
    const windowMs = env.LOGIN_LOCK_MINUTES * 60_000;
    const now = new Date();
    const limit = Math.max(env.LOGIN_MAX_FAILURES_PER_ACCOUNT, env.LOGIN_MAX_FAILURES_PER_ADDRESS);
    const failures = await this.loginAttempts.recentFailures(
      email,
      meta.address,
      new Date(now.getTime() - windowMs),
      limit,
    );
    const decision = decideThrottle(failures.account, failures.address, now, {
      maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowMs,
    });
    if (!decision.allowed) {
      await this.loginAttempts.record(email, null, decision.outcome, meta);
      const minutes = Math.ceil(decision.retryAfterSeconds / 60);
      const message =
        decision.outcome === 'locked'
          ? `This account is locked after too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
          : `Too many failed sign-ins from this address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
      throw new TooManyRequestsError(message, decision.retryAfterSeconds);
    }

    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    const valid = user
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstNothing(input.password);
    if (!user || !valid) {
      await this.loginAttempts.record(email, user?.id ?? null, 'bad_credentials', meta);
      throw new UnauthenticatedError(BAD_CREDENTIALS);
    }
    if (!user.active) {
      await this.loginAttempts.record(email, user.id, 'inactive', meta);
      throw new UnauthenticatedError('This account is deactivated. Ask an administrator to reactivate it.');
    }

    const issued = await this.dataSource.transaction(async (manager) => {
      const session = await manager.save(
        manager.create(AuthSessionEntity, {
          userId: user.id,
          lastUsedAt: now,
          expiresAt: new Date(now.getTime() + env.REFRESH_TOKEN_TTL_DAYS * DAY_MS),
          address: meta.address,
          userAgent: meta.userAgent,
          revokedAt: null,
          revokedReason: null,
        }),
      );
      await manager.update(
        UserEntity,
        { id: user.id },
        { lastLoginAt: now, version: () => 'version', updatedAt: () => 'updated_at' },
      );
      return this.issue(manager, user, session);
    });
    await this.loginAttempts.record(email, user.id, 'success', meta);
    return issued;
  }

  /** Spends a refresh token and returns new tokens. A spent token presented again revokes its session. */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshTokenEntity, {
        where: { tokenHash: sha256(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token) return { error: 'Your session has ended. Sign in again.' };
      const session = await manager.findOneByOrFail(AuthSessionEntity, { id: token.sessionId });
      const now = new Date();
      if (session.revokedAt || session.expiresAt <= now || token.expiresAt <= now) {
        return { error: 'Your session has ended. Sign in again.' };
      }
      if (token.usedAt) {
        await this.revokeSessions(manager, { id: session.id }, 'refresh token reused');
        return {
          error: 'This sign-in was used elsewhere, so the session was ended for safety. Sign in again.',
          revoked: session,
        };
      }
      const user = await manager.findOneByOrFail(UserEntity, { id: session.userId });
      if (!user.active) return { error: 'This account is deactivated.' };
      await manager.update(RefreshTokenEntity, { id: token.id }, { usedAt: now });
      await manager.update(AuthSessionEntity, { id: session.id }, { lastUsedAt: now });
      return { issued: await this.issue(manager, user, session) };
    });
    if (outcome.revoked) {
      this.events.publish({
        type: 'session.revoked',
        userId: outcome.revoked.userId,
        sessionIds: [outcome.revoked.id],
        reason: 'refresh token reused',
      });
    }
    if (!outcome.issued) throw new UnauthenticatedError(outcome.error);
    return outcome.issued;
  }

  /** Ends the session a refresh token (or, failing that, the current access token) belongs to. */
  async logout(refreshToken: string | undefined, sessionId: string | undefined): Promise<void> {
    const fromToken = refreshToken
      ? await this.dataSource.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: sha256(refreshToken) })
      : null;
    const id = fromToken?.sessionId ?? sessionId;
    if (!id) return;
    const session = await this.dataSource.getRepository(AuthSessionEntity).findOneBy({ id });
    if (!session) return;
    await this.revokeSessions(this.dataSource.manager, { id }, 'signed out');
    this.events.publish({
      type: 'session.revoked',
      userId: session.userId,
      sessionIds: [id],
      reason: 'signed out',
    });
  }

  /** Revokes open sessions matching `where` (one session, or all of a user's). */
  async revokeSessions(
    manager: EntityManager,
    where: { id: string } | { userId: string },
    reason: string,
  ): Promise<number> {
    const result = await manager.update(
      AuthSessionEntity,
      { ...where, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
    return result.affected ?? 0;
  }

  /** The user behind a verified access token, if the user is active and the session still open. */
  async principalFor(payload: AccessPayload): Promise<UserPrincipal> {
    const cached = this.principals.get(payload.sid);
    if (cached && cached.until > Date.now() && cached.principal.id === payload.sub) return cached.principal;
    const principal = await this.loadPrincipal(payload);
    if (this.principals.size >= PRINCIPAL_CACHE_MAX) this.principals.clear();
    this.principals.set(payload.sid, { principal, until: Date.now() + PRINCIPAL_CACHE_MS });
    return principal;
  }

  private async loadPrincipal(payload: AccessPayload): Promise<UserPrincipal> {
    const rows: { email: string; display_name: string; roles: Role[]; active: boolean; open: boolean }[] =
      await queryPrepared(
        this.dataSource.manager,
        `SELECT u.email, u.display_name, u.roles, u.active,
                (s.revoked_at IS NULL AND s.expires_at > now()) AS open
           FROM users u JOIN auth_sessions s ON s.user_id = u.id
          WHERE u.id = $1 AND s.id = $2`,
        [payload.sub, payload.sid],
      );
    const row = rows[0];
    if (!row?.open) throw new UnauthenticatedError('Your session has ended. Sign in again.');
    if (!row.active) throw new UnauthenticatedError('This account is deactivated.');
    return {
      kind: 'user',
      id: payload.sub,
      email: row.email,
      displayName: row.display_name,
      roles: row.roles,
      permissions: permissionsForRoles(row.roles),
      sessionId: payload.sid,
    };
  }

  /** The signed-in user as `GET /auth/me` shows them: with the operator the account is, if any. */
  async me(user: UserPrincipal): Promise<Me> {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      permissions: user.permissions,
      operator: await this.operators.ofUser(user.id),
    };
  }

  async verifyAccessToken(token: string): Promise<UserPrincipal> {
    const payload = await this.jwt.verifyAsync<AccessPayload>(token).catch(() => {
      throw new UnauthenticatedError('The access token is invalid or has expired');
    });
    return this.principalFor(payload);
  }

  private async issue(
    manager: EntityManager,
    user: UserEntity,
    session: AuthSessionEntity,
  ): Promise<IssuedTokens> {
    const refreshToken = randomSecret();
    await manager.insert(RefreshTokenEntity, {
      sessionId: session.id,
      tokenHash: sha256(refreshToken),
      expiresAt: session.expiresAt,
      usedAt: null,
    });
    const expiresIn = this.config.env.ACCESS_TOKEN_TTL_SECONDS;
    const payload: AccessPayload = { sub: user.id, sid: session.id };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn });
    return {
      accessToken,
      expiresIn,
      refreshToken,
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        roles: user.roles,
        permissions: permissionsForRoles(user.roles),
        operator: await this.operators.ofUser(user.id, manager),
      },
    };
  }
}
