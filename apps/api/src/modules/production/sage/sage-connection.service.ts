import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type {
  ChooseSageBusinessInput,
  SageAuthorization,
  SageBusiness,
  SageCallbackInput,
  SageStatus,
} from '@factoryops/contracts';
import { DataSource, LessThan } from 'typeorm';
import { ConflictError, UpstreamError, ValidationError } from '../../../common/domain-errors.js';
import { type Principal, principalLabel } from '../../../common/principal.js';
import { AppConfig } from '../../../config/app-config.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { SageApi } from './sage-api.js';
import { SageConnectionEntity } from './sage-connection.entity.js';
import { SageOauthStateEntity } from './sage-oauth-state.entity.js';
import { SageOauth } from './sage-oauth.js';
import { SageSyncService } from './sage-sync.service.js';
import { describe, SageTokenStore } from './sage-token-store.js';
import { sageChanged } from './sage.mapper.js';

/** How long a started sign-in at Sage may take before its state is refused. */
const STATE_TTL_MS = 10 * 60_000;
export const CALLBACK_PATH = '/production/accounting/callback';

const hashOf = (state: string) => createHash('sha256').update(state).digest('hex');
const notConfigured = () =>
  new ConflictError('Sage Accounting is not configured: set SAGE_CLIENT_ID and SAGE_CLIENT_SECRET');

/**
 * The site's connection to Sage Accounting (seed module 10): the authorization-code flow with a
 * single-use, expiring `state` bound to the user who started it; the tokens sealed at rest; the
 * business syncs work in; and disconnecting, which revokes the tokens at Sage and deletes them here.
 */
@Injectable()
export class SageConnectionService {
  private readonly logger = new Logger('SageConnection');

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
    @Inject(SageOauth) private readonly oauth: SageOauth,
    private readonly tokens: SageTokenStore,
    private readonly syncs: SageSyncService,
  ) {}

  async status(): Promise<SageStatus> {
    const connection = await this.connection();
    return {
      configured: this.oauth.configured,
      connected: Boolean(connection),
      connectedAt: connection?.connectedAt.toISOString() ?? null,
      connectedBy: connection?.connectedBy ?? null,
      business:
        connection?.businessId && connection.businessName
          ? { id: connection.businessId, name: connection.businessName }
          : null,
      lastSync: await this.syncs.latest(),
    };
  }

  /** Starts a sign-in at Sage: a fresh state, kept (hashed) for the callback, in the authorize URL. */
  async connect(principal: Principal, requestOrigin: string): Promise<SageAuthorization> {
    if (!this.oauth.configured) throw notConfigured();
    const { SAGE_REDIRECT_URL, PUBLIC_URL } = this.config.env;
    const redirectUri =
      SAGE_REDIRECT_URL ?? `${(PUBLIC_URL ?? requestOrigin).replace(/\/+$/, '')}${CALLBACK_PATH}`;
    const state = randomBytes(32).toString('base64url');
    const states = this.dataSource.getRepository(SageOauthStateEntity);
    await states.delete({ expiresAt: LessThan(new Date()) });
    await states.insert({
      stateHash: hashOf(state),
      userId: principal.id,
      redirectUri,
      expiresAt: new Date(Date.now() + STATE_TTL_MS),
    });
    return { authorizeUrl: this.oauth.authorizeUrl(state, redirectUri) };
  }

  /**
   * Sage sent the browser back: the state must be one this user started here, unused and unexpired
   * (it is used up either way), before the code is exchanged and the sealed tokens stored.
   */
  async callback(input: SageCallbackInput, principal: Principal): Promise<SageStatus> {
    if (!this.oauth.configured) throw notConfigured();
    const [rows]: [{ redirect_uri: string; user_id: string; expires_at: Date }[], number] =
      await this.dataSource.query(
        'DELETE FROM sage_oauth_states WHERE state_hash = $1 RETURNING redirect_uri, user_id, expires_at',
        [hashOf(input.state)],
      );
    const started = rows[0];
    if (!started || started.user_id !== principal.id || started.expires_at.getTime() < Date.now())
      throw new ValidationError(
        [{ path: 'state', message: 'Not a sign-in to Sage started here, or it expired: connect again' }],
        'The state of the Sage callback does not match',
      );
    const tokens = await this.oauth.exchange(input.code, input.state, started.redirect_uri).catch((error) => {
      throw new UpstreamError(`Sage did not accept the authorization (${describe(error)}): connect again`);
    });
    await this.unitOfWork.run(async (work) => {
      const repository = work.manager.getRepository(SageConnectionEntity);
      await repository.delete({ id: 'site' });
      await repository.insert({
        id: 'site',
        ...this.tokens.seal(tokens),
        businessId: null,
        businessName: null,
        connectedBy: principalLabel(principal),
      });
      await work.audit({ entityType: 'sage_connection', entityId: 'site', action: 'create' });
      work.emitAfterCommit(sageChanged());
    });
    return this.status();
  }

  /** The businesses the connected Sage user may work in. */
  async businesses(): Promise<SageBusiness[]> {
    if (!(await this.connection()))
      throw new ConflictError('Sage Accounting is not connected: connect it first');
    const api = new SageApi(this.config.env, this.tokens, { businessId: null });
    const businesses = await api.list<{ id: string; name?: string; displayed_as?: string }>('businesses');
    return businesses.map((business) => ({
      id: business.id,
      name: business.name ?? business.displayed_as ?? business.id,
    }));
  }

  /** The business syncs read and write; one of the connection's. */
  async chooseBusiness(input: ChooseSageBusinessInput): Promise<SageStatus> {
    const business = (await this.businesses()).find((candidate) => candidate.id === input.businessId);
    if (!business)
      throw new ValidationError([
        { path: 'businessId', message: 'Not one of the businesses of this Sage connection' },
      ]);
    await this.unitOfWork.run(async (work) => {
      const repository = work.manager.getRepository(SageConnectionEntity);
      const before = await repository.findOne({ where: { id: 'site' }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new ConflictError('Sage Accounting is not connected: connect it first');
      await repository.update({ id: 'site' }, { businessId: business.id, businessName: business.name });
      await work.audit({
        entityType: 'sage_connection',
        entityId: 'site',
        action: 'update',
        changes: { business: { from: before.businessName, to: business.name } },
      });
      work.emitAfterCommit(sageChanged());
    });
    return this.status();
  }

  /**
   * Revokes the refresh token at Sage and deletes the tokens. If Sage cannot be reached the tokens are
   * deleted all the same (they are then unusable here) and the failure is logged.
   */
  async disconnect(): Promise<SageStatus> {
    const connection = await this.connection();
    if (connection) {
      await this.oauth.revoke(this.tokens.refreshTokenOf(connection)).catch((error) => {
        this.logger.warn(
          `Sage did not confirm the revocation (${describe(error)}); deleting the tokens anyway`,
        );
      });
      await this.unitOfWork.run(async (work) => {
        await work.manager.getRepository(SageConnectionEntity).delete({ id: 'site' });
        await work.audit({ entityType: 'sage_connection', entityId: 'site', action: 'delete' });
        work.emitAfterCommit(sageChanged());
      });
    }
    return this.status();
  }

  private connection(): Promise<SageConnectionEntity | null> {
    return this.dataSource.getRepository(SageConnectionEntity).findOneBy({ id: 'site' });
  }
}
