import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditEntityType } from '@factoryops/contracts';
import type { EntityManager } from 'typeorm';
import { principalLabel } from '../../common/principal.js';
import { requestContext } from '../../common/request-context.js';
import { queryPrepared } from '../../database/prepared-statements.js';
import type { AuditChanges } from './audit-entry.entity.js';

export interface AuditRecord {
  entityType: AuditEntityType;
  entityId: string;
  action: AuditAction;
  changes?: AuditChanges;
}

/** The entries of one call, in the order given (their ids keep it), as one prepared statement. */
const INSERT_ENTRIES = `
  INSERT INTO audit_entries (actor_kind, actor_id, actor_name, request_id, entity_type, entity_id, action, changes)
  SELECT $1, $2, $3, $4, e.entity_type, e.entity_id, e.action, e.changes
    FROM unnest($5::text[], $6::text[], $7::text[], $8::jsonb[]) WITH ORDINALITY
         AS e(entity_type, entity_id, action, changes, n)
   ORDER BY e.n`;

/** Writes audit entries through the caller's transaction, attributing them to the current principal. */
@Injectable()
export class AuditWriter {
  async write(manager: EntityManager, ...records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    const context = requestContext.current();
    const principal = context?.principal;
    await queryPrepared(manager, INSERT_ENTRIES, [
      principal?.kind ?? 'system',
      principal?.id ?? null,
      principal ? principalLabel(principal) : 'System',
      context?.requestId ?? null,
      records.map((record) => record.entityType),
      records.map((record) => record.entityId),
      records.map((record) => record.action),
      records.map((record) => JSON.stringify(record.changes ?? {})),
    ]);
  }
}
