import { z } from 'zod';
import { isoDateTime, pageOf, pageQueryShape } from './common.js';

export const AuditChangeSchema = z.object({ from: z.unknown(), to: z.unknown() });

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: isoDateTime,
  actorId: z.string().nullable(),
  actorName: z.string(),
  actorKind: z.enum(['user', 'api_key', 'system']),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  changes: z.record(z.string(), AuditChangeSchema),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = z.strictObject({
  ...pageQueryShape,
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(120).optional(),
  actorId: z.string().trim().max(120).optional(),
  action: z.string().trim().max(60).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
});
export type AuditQuery = z.input<typeof AuditQuerySchema>;
export const AuditPageSchema = pageOf(AuditEntrySchema);
