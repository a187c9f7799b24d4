import { Injectable } from '@nestjs/common';
import type { AuditEntry, AuditQuerySchema, Page } from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { fetchPage, newestFirstWithin } from '../../common/paging.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

function toDto(row: AuditEntryEntity): AuditEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    actorKind: row.actorKind,
    entityType: row.entityType,
    entityId: row.entityId,
    action: row.action,
    changes: row.changes,
    requestId: row.requestId,
  };
}

/** Reads the audit log; entries are written by `AuditWriter` inside each change's transaction. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: z.output<typeof AuditQuerySchema>): Promise<Page<AuditEntry>> {
    const builder = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (query.entityType) builder.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) builder.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorId) builder.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.action) builder.andWhere('a.action = :action', { action: query.action });
    return fetchPage(newestFirstWithin(builder, 'a.at', query), query, toDto);
  }
}
