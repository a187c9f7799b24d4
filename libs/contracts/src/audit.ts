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

/** What the audit log records changes of, with a label for people. */
export const AUDIT_ENTITY_TYPES = {
  user: 'Users',
  api_key: 'API keys',
  instrument: 'Instruments',
  sensor: 'Sensors',
  machine: 'Machines',
  machine_warning: 'Machine warnings',
  maintenance_request: 'Maintenance requests',
  maintenance_team: 'Maintenance teams',
  calibration_certificate: 'Calibration certificates',
  alarm_rule: 'Alarm rules',
  alarm: 'Alarms',
  customer: 'Clients',
  project: 'Projects',
  production_queue_item: 'Production queue',
  production_preset: 'Machine presets',
  production_operator: 'Operators',
  production_product: 'Products',
  project_product: 'Project products',
  design_file: 'Design files',
  laser_run: 'Laser runs',
  inventory_item: 'Inventory items',
  inventory_transaction: 'Inventory transactions',
  production_quote: 'Quotes',
  production_invoice: 'Invoices',
  production_settings: 'Production settings',
  message_template: 'Message templates',
  message_automation: 'Automated messages',
  communication: 'Messages to clients',
  sage_connection: 'Sage Accounting connection',
  sage_sync: 'Sage Accounting syncs',
  fleet_device_type: 'Device types',
  fleet_device: 'Devices',
  fleet_software: 'Software',
  fleet_software_version: 'Software versions',
  fleet_json_template: 'Fleet JSON templates',
} as const;

/** The actions services write to the audit log. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'retire',
  'revoke',
  'password_reset',
  'sessions_revoke',
  'archive',
  'clear',
  'assign',
  'start',
  'complete',
  'scrap',
  'attach',
  'detach',
  'acknowledge',
  'status',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditEntityType = keyof typeof AUDIT_ENTITY_TYPES;
