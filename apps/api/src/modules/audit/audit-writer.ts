import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditEntityType } from '@factoryops/contracts';
import type { EntityManager } from 'typeorm';
import { principalLabel } from '../../common/principal.js';
import { requestContext } from '../../common/request-context.js';
import { type AuditChanges, AuditEntryEntity } from './audit-entry.entity.js';

export interface AuditRecord {
  entityType: AuditEntityType;
  entityId: string;
  action: AuditAction;
  changes?: AuditChanges;
}

/** Writes audit entries through the caller's transaction, attributing them to the current principal. */
@Injectable()
export class AuditWriter {
  async write(manager: EntityManager, record: AuditRecord): Promise<void> {
    const context = requestContext.current();
    const principal = context?.principal;
    const entry = manager.create(AuditEntryEntity, {
      actorKind: principal?.kind ?? 'system',
      actorId: principal?.id ?? null,
      actorName: principal ? principalLabel(principal) : 'System',
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      changes: record.changes ?? {},
      requestId: context?.requestId ?? null,
    });
    await manager.save(entry);
  }
}
