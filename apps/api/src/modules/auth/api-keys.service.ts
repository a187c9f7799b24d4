import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  API_KEY_PREFIX,
  type ApiKey,
  type ApiKeyKind,
  type CreateApiKeyInput,
  type CreatedApiKey,
  type Permission,
} from '@factoryops/contracts';
import { DataSource, IsNull } from 'typeorm';
import { NotFoundError, UnauthenticatedError } from '../../common/domain-errors.js';
import type { ApiKeyPrincipal } from '../../common/principal.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { entityChanged } from '../realtime/domain-events.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { randomSecret, sha256 } from './token-hash.js';

/** How often `last_used_at` is written at most, so a busy client does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

function toDto(key: ApiKeyEntity): ApiKey {
  return {
    id: key.id,
    name: key.name,
    kind: key.kind,
    prefix: `${API_KEY_PREFIX}${key.prefix}`,
    permissions: key.permissions,
    createdAt: key.createdAt.toISOString(),
    createdBy: key.createdBy?.displayName ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    expiresAt: key.expiresAt?.toISOString() ?? null,
  };
}

/**
 * API keys look like `fo_<prefix>_<secret>`: the prefix finds the row, the whole key is compared
 * with its stored SHA-256 (the key is random and long, so a fast hash is enough).
 */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(kind: ApiKeyKind = 'machine'): Promise<{ items: ApiKey[]; total: number }> {
    const keys = await this.dataSource
      .getRepository(ApiKeyEntity)
      .find({ where: { kind }, relations: { createdBy: true }, order: { createdAt: 'DESC' } });
    return { items: keys.map(toDto), total: keys.length };
  }

  async create(
    input: CreateApiKeyInput,
    createdById: string,
    kind: ApiKeyKind = 'machine',
  ): Promise<CreatedApiKey> {
    const prefix = randomSecret(6);
    const secret = `${API_KEY_PREFIX}${prefix}_${randomSecret(32)}`;
    const permissions = [...new Set(input.permissions)] as Permission[];
    const key = await this.unitOfWork.run(async (work) => {
      const saved = await work.manager.save(
        work.manager.create(ApiKeyEntity, {
          name: input.name,
          kind,
          prefix,
          keyHash: sha256(secret),
          permissions,
          createdById,
          lastUsedAt: null,
          revokedAt: null,
          expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
        }),
      );
      await work.audit({
        entityType: 'api_key',
        entityId: saved.id,
        action: 'create',
        changes: { name: { from: null, to: input.name }, permissions: { from: null, to: permissions } },
      });
      work.emitAfterCommit(entityChanged('api_key', saved.id, 'create'));
      return saved;
    });
    const withCreator = await this.dataSource
      .getRepository(ApiKeyEntity)
      .findOneOrFail({ where: { id: key.id }, relations: { createdBy: true } });
    return { ...toDto(withCreator), secret };
  }

  async revoke(id: string, kind: ApiKeyKind = 'machine'): Promise<void> {
    await this.unitOfWork.run(async (work) => {
      const key = await work.manager.findOneBy(ApiKeyEntity, { id, kind });
      if (!key) throw new NotFoundError('API key', id);
      if (key.revokedAt) return;
      const revokedAt = new Date();
      await work.manager.update(ApiKeyEntity, { id }, { revokedAt });
      await work.audit({
        entityType: 'api_key',
        entityId: id,
        action: 'revoke',
        changes: { revokedAt: { from: null, to: revokedAt.toISOString() } },
      });
      work.emitAfterCommit(entityChanged('api_key', id, 'revoke'));
    });
  }

  async authenticate(secret: string): Promise<ApiKeyPrincipal> {
    const match = /^fo_([A-Za-z0-9_-]{8})_[A-Za-z0-9_-]{20,}$/.exec(secret);
    const key = match
      ? await this.dataSource.getRepository(ApiKeyEntity).findOneBy({ prefix: match[1], revokedAt: IsNull() })
      : null;
    const expected = Buffer.from(key?.keyHash ?? '0'.repeat(64), 'hex');
    const valid = timingSafeEqual(expected, Buffer.from(sha256(secret), 'hex'));
    if (!key || !valid || (key.expiresAt && key.expiresAt <= new Date())) {
      throw new UnauthenticatedError('The API key is invalid, revoked or expired');
    }
    const now = new Date();
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.getRepository(ApiKeyEntity).update({ id: key.id }, { lastUsedAt: now });
    }
    return { kind: 'api_key', id: key.id, name: key.name, permissions: key.permissions };
  }
}
