import { z } from 'zod';
import { isoDate, isoDateTime, pageOf, pageQueryShape } from './common.js';
import type { Permission } from './permissions.js';

// ── Vocabulary of the laser job shop (seed 002) ───────────────────────────────────────────────────

/** Project statuses exactly as the seed names them, in lifecycle order. */
export const PROJECT_STATUSES = [
  'Request',
  'Quote & Approval',
  'Approved (POP Received)',
  'Queued (Scheduled for Cutting)',
  'In Progress',
  'Completed',
  'Cancelled',
] as const;
export const ProjectStatusSchema = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

/**
 * Where `POST …/projects/{id}/status` may take a project (the seed let any status be set). The steps a
 * status change cannot make on its own go through their action instead: "Approved (POP Received)" is
 * reached by marking the proof of payment (which also queues the project), "In Progress" and
 * "Completed" by starting and completing its queue item, so that project and queue never disagree.
 */
export const PROJECT_STATUS_CHANGES: Record<ProjectStatus, readonly ProjectStatus[]> = {
  Request: ['Quote & Approval', 'Cancelled'],
  'Quote & Approval': ['Request', 'Cancelled'],
  'Approved (POP Received)': ['Queued (Scheduled for Cutting)', 'Cancelled'],
  'Queued (Scheduled for Cutting)': ['Approved (POP Received)', 'Cancelled'],
  'In Progress': ['Cancelled'],
  Completed: [],
  Cancelled: ['Request'],
};

/** How each status is reached when a status change is not how: the action that leads there. */
export const PROJECT_STATUS_ACTIONS: Partial<Record<ProjectStatus, string>> = {
  'Approved (POP Received)': 'mark the proof of payment received',
  'In Progress': 'start its queue item',
  Completed: 'complete its queue item',
};

/** Queue item priorities and statuses (seed module 5). */
export const QUEUE_PRIORITIES = ['Low', 'Normal', 'High', 'Urgent'] as const;
export const QueuePrioritySchema = z.enum(QUEUE_PRIORITIES);
export type QueuePriority = z.infer<typeof QueuePrioritySchema>;

export const QUEUE_STATUSES = ['Queued', 'In Progress', 'Completed', 'Cancelled'] as const;
export const QueueStatusSchema = z.enum(QUEUE_STATUSES);
export type QueueStatus = z.infer<typeof QueueStatusSchema>;

/** What `POST …/queue/{id}/start|complete|cancel` does to an item, in the order they are offered. */
export const QUEUE_ACTION_NAMES = ['start', 'complete', 'cancel'] as const;
export type QueueAction = (typeof QUEUE_ACTION_NAMES)[number];

/**
 * Seed automation 2: the item statuses each queue action applies to, the item's status after it, the
 * status its project takes with it (the queue drives the project, never the other way round), and the
 * permission it needs. The API enforces these; the SPA offers only the actions they allow.
 */
export const QUEUE_ACTIONS: Record<
  QueueAction,
  { from: readonly QueueStatus[]; to: QueueStatus; project: ProjectStatus; permission: Permission }
> = {
  start: { from: ['Queued'], to: 'In Progress', project: 'In Progress', permission: 'production.run.record' },
  complete: {
    from: ['In Progress'],
    to: 'Completed',
    project: 'Completed',
    permission: 'production.run.record',
  },
  cancel: {
    from: ['Queued', 'In Progress'],
    to: 'Cancelled',
    project: 'Cancelled',
    permission: 'production.manage',
  },
};

/** Statuses from which a proof of payment may arrive (seed automation 1): before the project is approved. */
export const POP_ELIGIBLE_STATUSES: readonly ProjectStatus[] = ['Request', 'Quote & Approval'];

/** Days from the proof of payment to its deadline (seed automation 1). */
export const POP_DEADLINE_DAYS = 10;

// ── Clients (the `customers` table, shared with the fleet later) ─────────────────────────────────

const text = (max: number) => z.string().trim().max(max);

export const ClientSchema = z.object({
  id: z.uuid(),
  /** `CL-0001`, assigned in sequence. */
  code: z.string(),
  name: z.string(),
  contactPerson: z.string(),
  email: z.string(),
  phone: z.string(),
  address: z.string(),
  notes: z.string(),
  projectCount: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type Client = z.infer<typeof ClientSchema>;

const clientFields = {
  name: text(200).min(1, { message: 'Give the client a name' }),
  contactPerson: text(100).default(''),
  email: z.union([z.email({ message: 'Not an email address' }), z.literal('')]).default(''),
  phone: text(50).default(''),
  address: text(2000).default(''),
  notes: text(5000).default(''),
};
export const CreateClientInputSchema = z.strictObject(clientFields);
export type CreateClientInput = z.input<typeof CreateClientInputSchema>;

export const UpdateClientInputSchema = z.strictObject({
  name: clientFields.name.optional(),
  contactPerson: text(100).optional(),
  email: z.union([z.email({ message: 'Not an email address' }), z.literal('')]).optional(),
  phone: text(50).optional(),
  address: text(2000).optional(),
  notes: text(5000).optional(),
  /** The version read: a change made meanwhile answers 409. */
  version: z.number().int().optional(),
});
export type UpdateClientInput = z.infer<typeof UpdateClientInputSchema>;

export const CLIENT_SORTS = ['code', '-code', 'name', '-name', 'createdAt', '-createdAt'] as const;
export const ClientListQuerySchema = z.strictObject({
  ...pageQueryShape,
  /** Code (`CL-0001`, `0001`) or part of the name, contact or email. */
  q: z.string().trim().max(200).optional(),
  sort: z.enum(CLIENT_SORTS).default('code'),
});
export const ClientPageSchema = pageOf(ClientSchema);

export const DeleteClientQuerySchema = z.strictObject({
  /** A client with projects is deleted only with `cascade=true`, and its projects with it. */
  cascade: z.enum(['true', 'false']).default('false'),
});

// ── Projects ──────────────────────────────────────────────────────────────────────────────────────

/** Money as a decimal string with at most 2 decimals (`1250.00`), never a float. */
export const MoneySchema = z
  .string()
  .regex(/^\d{1,8}(\.\d{1,2})?$/, { message: 'A positive amount with at most 2 decimals, like 1250.00' });
/** A material thickness in mm, a decimal string above zero with at most 2 decimals. */
export const ThicknessSchema = z
  .string()
  .regex(/^\d{1,6}(\.\d{1,2})?$/, {
    message: 'A thickness in mm with at most 2 decimals, like 3.00',
    abort: true,
  })
  .refine((value) => Number(value) > 0, { message: 'The thickness must be above 0 mm' });
/** A count of sheets, parts or bins. */
export const CountSchema = z.number().int().min(0).max(1_000_000);
const minutes = z.number().int().min(0).max(1_000_000);

export const ProjectSchema = z.object({
  id: z.uuid(),
  /** `JB-2025-10-CL0001-001`. */
  code: z.string(),
  clientId: z.uuid(),
  clientCode: z.string(),
  clientName: z.string(),
  name: z.string(),
  description: z.string(),
  status: ProjectStatusSchema,
  onHold: z.boolean(),
  quoteDate: isoDate.nullable(),
  approvalDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  completionDate: isoDate.nullable(),
  quotedPrice: MoneySchema.nullable(),
  finalPrice: MoneySchema.nullable(),
  materialType: z.string(),
  materialThickness: z.string().nullable(),
  sheets: z.number().int().nullable(),
  parts: z.number().int().nullable(),
  estimatedCutMinutes: z.number().int().nullable(),
  drawingMinutes: z.number().int().nullable(),
  bins: z.number().int().nullable(),
  scheduledCutDate: isoDate.nullable(),
  popReceived: z.boolean(),
  popReceivedOn: isoDate.nullable(),
  popDeadline: isoDate.nullable(),
  clientNotified: z.boolean(),
  clientNotifiedAt: isoDateTime.nullable(),
  /** Due and not completed or cancelled by the due date (site time zone). */
  overdue: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type Project = z.infer<typeof ProjectSchema>;

const projectFields = {
  name: text(200).min(1, { message: 'Give the project a name' }),
  description: text(5000),
  onHold: z.boolean(),
  quoteDate: isoDate.nullable(),
  approvalDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  quotedPrice: MoneySchema.nullable(),
  finalPrice: MoneySchema.nullable(),
  materialType: text(100),
  materialThickness: ThicknessSchema.nullable(),
  sheets: CountSchema.nullable(),
  parts: CountSchema.nullable(),
  estimatedCutMinutes: minutes.nullable(),
  drawingMinutes: minutes.nullable(),
  bins: CountSchema.nullable(),
  scheduledCutDate: isoDate.nullable(),
  clientNotified: z.boolean(),
};
type ProjectFields = typeof projectFields;
const optional = <K extends keyof ProjectFields>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, projectFields[key].optional()])) as {
    [P in K]: z.ZodOptional<ProjectFields[P]>;
  };
const EDITABLE = Object.keys(projectFields) as (keyof ProjectFields)[];

export const CreateProjectInputSchema = z.strictObject({
  clientId: z.uuid(),
  name: projectFields.name,
  /** A new project is a `Request`, or a `Quote & Approval` when it is quoted at once. */
  status: z.enum(['Request', 'Quote & Approval']).default('Request'),
  ...optional(EDITABLE.filter((key) => key !== 'name')),
});
export type CreateProjectInput = z.input<typeof CreateProjectInputSchema>;

export const UpdateProjectInputSchema = z.strictObject({
  ...optional(EDITABLE),
  version: z.number().int().optional(),
});
export type UpdateProjectInput = z.infer<typeof UpdateProjectInputSchema>;

export const ProjectStatusInputSchema = z.strictObject({
  status: ProjectStatusSchema,
  version: z.number().int().optional(),
});
export type ProjectStatusInput = z.infer<typeof ProjectStatusInputSchema>;

export const PROJECT_SORTS = [
  'createdAt',
  '-createdAt',
  'code',
  '-code',
  'dueDate',
  '-dueDate',
  'name',
  '-name',
] as const;
export const ProjectListQuerySchema = z.strictObject({
  ...pageQueryShape,
  status: ProjectStatusSchema.optional(),
  clientId: z.uuid().optional(),
  /** Part of the code or the name. */
  q: z.string().trim().max(200).optional(),
  onHold: z.enum(['true', 'false']).optional(),
  /** Projects whose proof-of-payment deadline falls within this many days from today (or has passed). */
  popDeadlineWithin: z.coerce.number().int().min(0).max(365).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  sort: z.enum(PROJECT_SORTS).default('-createdAt'),
});
export const ProjectPageSchema = pageOf(ProjectSchema);

/** A client with its projects (newest first). */
export const ClientDetailSchema = ClientSchema.extend({ projects: z.array(ProjectSchema) });
export type ClientDetail = z.infer<typeof ClientDetailSchema>;

// ── The production queue (seed module 5) ──────────────────────────────────────────────────────────

export const QueueItemSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  projectCode: z.string(),
  projectName: z.string(),
  clientName: z.string(),
  status: QueueStatusSchema,
  priority: QueuePrioritySchema,
  scheduledDate: isoDate.nullable(),
  estimatedMinutes: z.number().int().nullable(),
  /** 1, 2, 3 … in cutting order, dense and unique. */
  position: z.number().int(),
  startedAt: isoDateTime.nullable(),
  completedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  version: z.number().int(),
});
export type QueueItem = z.infer<typeof QueueItemSchema>;

/** `POST …/projects/{id}/pop`: the proof of payment arrived (on `receivedOn`, default today in the site zone). */
export const PopInputSchema = z.strictObject({ receivedOn: isoDate.optional() });
export type PopInput = z.infer<typeof PopInputSchema>;

/** What marking the proof of payment did: the project approved, and its new queue item. */
export const PopResultSchema = z.object({ project: ProjectSchema, queueItem: QueueItemSchema });
export type PopResult = z.infer<typeof PopResultSchema>;

/**
 * `POST …/queue/reorder`: move one active item to `toIndex` (0 = first), or set the whole active order.
 * `expectedOrder` is the active order the caller saw: if the queue changed since, the answer is 409
 * with the current order, and nothing moves.
 */
export const QueueReorderInputSchema = z.union([
  z.strictObject({
    itemId: z.uuid(),
    toIndex: z.number().int().min(0),
    expectedOrder: z.array(z.uuid()),
  }),
  z.strictObject({ order: z.array(z.uuid()), expectedOrder: z.array(z.uuid()) }),
]);
export type QueueReorderInput = z.infer<typeof QueueReorderInputSchema>;

// ── Machine presets and operators (seed module 6, automation 3) ───────────────────────────────────

export const GAS_TYPES = ['O2', 'N2', 'Air'] as const;
export const GasTypeSchema = z.enum(GAS_TYPES);

/** A decimal string with at most 2 decimals, optionally negative (a focus below the surface). */
const decimal = (message: string) => z.string().regex(/^-?\d{1,6}(\.\d{1,2})?$/, { message });

export const PresetSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  material: z.string(),
  thickness: z.string(),
  powerW: z.number().int(),
  speedMmMin: z.number().int(),
  frequencyHz: z.number().int().nullable(),
  gasType: GasTypeSchema,
  gasPressureBar: z.string().nullable(),
  nozzleMm: z.string().nullable(),
  focusMm: z.string().nullable(),
  active: z.boolean(),
  notes: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type Preset = z.infer<typeof PresetSchema>;

const presetFields = {
  name: text(200).min(1, { message: 'Give the preset a name' }),
  material: text(100).min(1, { message: 'Name the material' }),
  thickness: ThicknessSchema,
  powerW: z.number().int().min(1, { message: 'The power must be above 0 W' }).max(100_000),
  speedMmMin: z.number().int().min(1, { message: 'The speed must be above 0 mm/min' }).max(1_000_000),
  frequencyHz: z.number().int().min(0).max(1_000_000).nullable(),
  gasType: GasTypeSchema,
  gasPressureBar: decimal('A pressure in bar with at most 2 decimals')
    .refine((value) => Number(value) >= 0, { message: 'The pressure cannot be negative' })
    .nullable(),
  nozzleMm: ThicknessSchema.nullable(),
  focusMm: decimal('A focus in mm with at most 2 decimals').nullable(),
  active: z.boolean(),
  notes: text(5000),
};
export const CreatePresetInputSchema = z.strictObject({
  ...presetFields,
  frequencyHz: presetFields.frequencyHz.default(null),
  gasPressureBar: presetFields.gasPressureBar.default(null),
  nozzleMm: presetFields.nozzleMm.default(null),
  focusMm: presetFields.focusMm.default(null),
  active: presetFields.active.default(true),
  notes: presetFields.notes.default(''),
});
export type CreatePresetInput = z.input<typeof CreatePresetInputSchema>;
export const UpdatePresetInputSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(presetFields).map(([key, schema]) => [key, schema.optional()])),
  version: z.number().int().optional(),
} as { [K in keyof typeof presetFields]: z.ZodOptional<(typeof presetFields)[K]> } & {
  version: z.ZodOptional<z.ZodNumber>;
});
export type UpdatePresetInput = z.infer<typeof UpdatePresetInputSchema>;
export const PresetListQuerySchema = z.strictObject({
  material: z.string().trim().max(100).optional(),
  thickness: ThicknessSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
});
export const PresetListSchema = pageOf(PresetSchema);

export const OperatorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  /** The signed-in account this operator is (one operator per user), if any. */
  userId: z.uuid().nullable(),
  /** That account's display name, for everyone who reads operators ("Linked to Olga Operator"). */
  userName: z.string().nullable(),
  active: z.boolean(),
  notes: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type Operator = z.infer<typeof OperatorSchema>;

const operatorFields = {
  name: text(200).min(1, { message: 'Give the operator a name' }),
  email: z.union([z.email({ message: 'Not an email address' }), z.literal('')]),
  phone: text(50),
  userId: z.uuid().nullable(),
  active: z.boolean(),
  notes: text(5000),
};
export const CreateOperatorInputSchema = z.strictObject({
  name: operatorFields.name,
  email: operatorFields.email.default(''),
  phone: operatorFields.phone.default(''),
  userId: operatorFields.userId.default(null),
  active: operatorFields.active.default(true),
  notes: operatorFields.notes.default(''),
});
export type CreateOperatorInput = z.input<typeof CreateOperatorInputSchema>;
export const UpdateOperatorInputSchema = z.strictObject({
  name: operatorFields.name.optional(),
  email: operatorFields.email.optional(),
  phone: operatorFields.phone.optional(),
  userId: operatorFields.userId.optional(),
  active: operatorFields.active.optional(),
  notes: operatorFields.notes.optional(),
  version: z.number().int().optional(),
});
export type UpdateOperatorInput = z.infer<typeof UpdateOperatorInputSchema>;
export const OperatorListQuerySchema = z.strictObject({ active: z.enum(['true', 'false']).optional() });
export const OperatorListSchema = pageOf(OperatorSchema);

/** `PATCH …/queue/{id}`: reprioritise or reschedule an active item. */
export const UpdateQueueItemInputSchema = z.strictObject({
  priority: QueuePrioritySchema.optional(),
  scheduledDate: isoDate.nullable().optional(),
  version: z.number().int().optional(),
});
export type UpdateQueueItemInput = z.infer<typeof UpdateQueueItemInputSchema>;
