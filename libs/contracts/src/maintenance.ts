import { z } from 'zod';
import { isoDate, isoDateTime, pageOf, pageQueryShape } from './common.js';

// ── Vocabulary ────────────────────────────────────────────────────────────────────────────────────

/** Workflow statuses of a maintenance request (seed 004), in board order. */
export const REQUEST_STATUSES = ['New', 'In Progress', 'Repaired', 'Scrap'] as const;
export const RequestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatusSchema>;

export const REQUEST_TYPES = ['Corrective', 'Preventive'] as const;
export const RequestTypeSchema = z.enum(REQUEST_TYPES);
export type RequestType = z.infer<typeof RequestTypeSchema>;

/** Fault severity (seed 001), also the priority of a request. */
export const SEVERITIES = ['Low', 'Medium', 'High', 'Critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** Derived, never typed in: Scrapped > Fault (open corrective request) > Warning (active warning) > OK. */
export const MACHINE_STATUSES = ['OK', 'Warning', 'Fault', 'Scrapped'] as const;
export const MachineStatusSchema = z.enum(MACHINE_STATUSES);
export type MachineStatus = z.infer<typeof MachineStatusSchema>;

/** Where a request came from: the app, an external system (API key) or the public request portal. */
export const REQUEST_SOURCES = ['app', 'external', 'portal'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

/** The caller's role for one request (seed 004): manager/admin; member of the request's team; else user. */
export const WORKFLOW_ROLES = ['manager', 'technician', 'user'] as const;
export type WorkflowRole = (typeof WORKFLOW_ROLES)[number];

export const RECURRENCE_UNITS = ['day', 'week', 'month'] as const;
export type RecurrenceUnit = (typeof RECURRENCE_UNITS)[number];

const text = (max: number, message = 'Required') => z.string().trim().min(1, { message }).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');

export const PersonRefSchema = z.object({ id: z.uuid(), displayName: z.string() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

// ── Teams ─────────────────────────────────────────────────────────────────────────────────────────

export const TeamSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  members: z.array(PersonRefSchema),
  version: z.number().int(),
});
export type Team = z.infer<typeof TeamSchema>;
export const TeamListSchema = z.object({ items: z.array(TeamSchema), total: z.number().int() });

export const CreateTeamInputSchema = z.strictObject({
  name: text(120, 'Enter a name'),
  description: optionalText(1000),
  memberIds: z.array(z.uuid()).max(200).default([]),
});
export type CreateTeamInput = z.input<typeof CreateTeamInputSchema>;

export const UpdateTeamInputSchema = z.strictObject({
  name: text(120, 'Enter a name').optional(),
  description: z.string().trim().max(1000).optional(),
  memberIds: z.array(z.uuid()).max(200).optional(),
  version: z.number().int().optional(),
});
export type UpdateTeamInput = z.infer<typeof UpdateTeamInputSchema>;

// ── Machines (equipment) ──────────────────────────────────────────────────────────────────────────

export const MachineSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  code: z.string(),
  building: z.string(),
  area: z.string(),
  category: z.string(),
  importance: z.number().int().min(1).max(5),
  team: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  responsible: z.array(PersonRefSchema),
  status: MachineStatusSchema,
  /** The public request page its QR label opens (`/portal/<token>`). */
  portalPath: z.string(),
  activeWarnings: z.number().int(),
  openRequests: z.number().int(),
  archivedAt: isoDateTime.nullable(),
  scrappedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  version: z.number().int(),
});
export type Machine = z.infer<typeof MachineSchema>;
export const MachineListSchema = pageOf(MachineSchema);

export const MachineListQuerySchema = z.strictObject({
  ...pageQueryShape,
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  q: z.string().trim().max(100).optional(),
  status: MachineStatusSchema.optional(),
  building: z.string().trim().max(120).optional(),
  teamId: z.uuid().optional(),
  /** Machines this person is responsible for, or whose open requests are assigned to them. */
  personId: z.uuid().optional(),
  archived: z.enum(['true', 'false']).optional(),
});
export type MachineListQuery = z.input<typeof MachineListQuerySchema>;

const importance = z.coerce
  .number()
  .int()
  .min(1, { message: 'From 1 to 5' })
  .max(5, { message: 'From 1 to 5' });

export const CreateMachineInputSchema = z.strictObject({
  name: text(120, 'Enter a name'),
  /** Unique short code printed on the label; generated from the name when left out. */
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, {
      message: 'Letters, digits, dot, dash or underscore (max 32)',
    })
    .optional(),
  /** Seed 001's single "location" is the building. */
  building: optionalText(120),
  location: z.string().trim().max(120).optional(),
  area: optionalText(120),
  category: optionalText(120),
  importance: importance.default(3),
  teamId: z.uuid().nullable().default(null),
  responsibleIds: z.array(z.uuid()).max(50).default([]),
});
export type CreateMachineInput = z.input<typeof CreateMachineInputSchema>;

export const UpdateMachineInputSchema = z.strictObject({
  name: text(120, 'Enter a name').optional(),
  building: z.string().trim().max(120).optional(),
  area: z.string().trim().max(120).optional(),
  category: z.string().trim().max(120).optional(),
  importance: importance.optional(),
  teamId: z.uuid().nullable().optional(),
  responsibleIds: z.array(z.uuid()).max(50).optional(),
  version: z.number().int().optional(),
});
export type UpdateMachineInput = z.infer<typeof UpdateMachineInputSchema>;

/** Counts for the manager dashboard. */
export const MachineSummarySchema = z.object({
  byStatus: z.record(MachineStatusSchema, z.number().int()),
  byBuilding: z.array(
    z.object({ building: z.string(), counts: z.record(MachineStatusSchema, z.number().int()) }),
  ),
});
export type MachineSummary = z.infer<typeof MachineSummarySchema>;

// ── Warnings ──────────────────────────────────────────────────────────────────────────────────────

export const WarningSchema = z.object({
  id: z.uuid(),
  machineId: z.uuid(),
  code: z.string(),
  message: z.string(),
  severity: SeveritySchema,
  source: z.string(),
  raisedAt: isoDateTime,
  clearedAt: isoDateTime.nullable(),
  clearedBy: z.string().nullable(),
});
export type Warning = z.infer<typeof WarningSchema>;

export const CreateWarningInputSchema = z.strictObject({
  code: z.string().trim().max(60).default(''),
  message: text(1000, 'Say what the warning is'),
  severity: SeveritySchema.default('Medium'),
  /** The system or person that raised it; defaults to the caller. */
  source: z.string().trim().max(120).optional(),
  /** When it was raised at the source; defaults to now. */
  time: isoDateTime.optional(),
});
export type CreateWarningInput = z.input<typeof CreateWarningInputSchema>;

// ── Maintenance requests (fault cases are corrective requests) ──────────────────────────────────────

export const RecurrenceSchema = z.strictObject({
  every: z.number().int().min(1, { message: 'At least 1' }).max(365),
  unit: z.enum(RECURRENCE_UNITS),
  until: isoDate.nullable().default(null),
});
export type Recurrence = z.infer<typeof RecurrenceSchema>;

export const RequestNoteSchema = z.object({
  id: z.uuid(),
  author: z.string(),
  body: z.string(),
  createdAt: isoDateTime,
});
export type RequestNote = z.infer<typeof RequestNoteSchema>;

export const RequestImageSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  url: z.string(),
  thumbnailUrl: z.string(),
  createdAt: isoDateTime,
});
export type RequestImage = z.infer<typeof RequestImageSchema>;

export const MaintenanceRequestSchema = z.object({
  id: z.uuid(),
  /** Human-friendly number, e.g. MR-000042. */
  reference: z.string(),
  type: RequestTypeSchema,
  status: RequestStatusSchema,
  subject: z.string(),
  description: z.string(),
  severity: SeveritySchema,
  machine: z.object({ id: z.uuid(), name: z.string(), code: z.string() }),
  team: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  technician: PersonRefSchema.nullable(),
  scheduledDate: isoDate.nullable(),
  recurrence: RecurrenceSchema.nullable(),
  estimatedHours: z.number().nullable(),
  durationHours: z.number().nullable(),
  source: z.enum(REQUEST_SOURCES),
  reporter: z.object({ name: z.string(), contact: z.string() }).nullable(),
  createdBy: z.string(),
  createdAt: isoDateTime,
  startedAt: isoDateTime.nullable(),
  repairedAt: isoDateTime.nullable(),
  scrappedAt: isoDateTime.nullable(),
  isOverdue: z.boolean(),
  notes: z.array(RequestNoteSchema),
  images: z.array(RequestImageSchema),
  version: z.number().int(),
});
export type MaintenanceRequest = z.infer<typeof MaintenanceRequestSchema>;

/** List items leave out notes and images. */
export const MaintenanceRequestSummarySchema = MaintenanceRequestSchema.omit({ notes: true, images: true });
export type MaintenanceRequestSummary = z.infer<typeof MaintenanceRequestSummarySchema>;
export const MaintenanceRequestListSchema = pageOf(MaintenanceRequestSummarySchema);

export const RequestListQuerySchema = z.strictObject({
  ...pageQueryShape,
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
  status: RequestStatusSchema.optional(),
  type: RequestTypeSchema.optional(),
  machineId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  technicianId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Scheduled between these days (the calendar). */
  scheduledFrom: isoDate.optional(),
  scheduledTo: isoDate.optional(),
  q: z.string().trim().max(100).optional(),
});
export type RequestListQuery = z.input<typeof RequestListQuerySchema>;

export const CreateRequestInputSchema = z.strictObject({
  type: RequestTypeSchema.default('Corrective'),
  machineId: z.uuid(),
  subject: text(200, 'Enter a subject'),
  description: optionalText(5000),
  severity: SeveritySchema.default('Medium'),
  /** Defaults to the machine's maintenance team. */
  teamId: z.uuid().nullable().optional(),
  /** Required for preventive requests. */
  scheduledDate: isoDate.nullable().default(null),
  recurrence: RecurrenceSchema.nullable().default(null),
  estimatedHours: z.number().positive().max(10_000).nullable().default(null),
});
export type CreateRequestInput = z.input<typeof CreateRequestInputSchema>;

/** Seed 001's fault case: `POST /machines/{id}/faults`. */
export const CreateFaultInputSchema = z.strictObject({
  description: text(5000, 'Describe the fault'),
  severity: SeveritySchema.default('Medium'),
  notes: z.string().trim().max(5000).optional(),
});
export type CreateFaultInput = z.input<typeof CreateFaultInputSchema>;

/** Transitions may carry the version the client saw: a stale one answers 409. */
const version = z.number().int().optional();
export const AssignInputSchema = z.strictObject({ technicianId: z.uuid(), version });
export type AssignInput = z.infer<typeof AssignInputSchema>;
export const StartInputSchema = z.strictObject({ version });
export type StartInput = z.infer<typeof StartInputSchema>;
export const CompleteInputSchema = z.strictObject({
  durationHours: z
    .number({ message: 'Enter the hours worked' })
    .positive({ message: 'Must be more than 0 hours' }),
  notes: z.string().trim().max(5000).optional(),
  version,
});
export type CompleteInput = z.infer<typeof CompleteInputSchema>;
export const ScrapInputSchema = z.strictObject({ version });
export type ScrapInput = z.infer<typeof ScrapInputSchema>;
export const AddNoteInputSchema = z.strictObject({ body: text(5000, 'Write a note') });
export type AddNoteInput = z.infer<typeof AddNoteInputSchema>;

/** `GET /maintenance/requests/{id}/actions`: what the caller may do now (seed 004's get_available_actions). */
export const RequestActionsSchema = z.object({
  currentStatus: RequestStatusSchema,
  assignedTechnician: PersonRefSchema.nullable(),
  canAssign: z.boolean(),
  canStart: z.boolean(),
  canComplete: z.boolean(),
  canScrap: z.boolean(),
  userRole: z.enum(WORKFLOW_ROLES),
  version: z.number().int(),
});
export type RequestActions = z.infer<typeof RequestActionsSchema>;

/** `GET /maintenance/requests/{id}/state`: seed 004's get_workflow_state. */
export const WorkflowStateSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: RequestStatusSchema,
  requestType: RequestTypeSchema,
  subject: z.string(),
  equipment: z.string(),
  assignedTeam: z.string().nullable(),
  assignedTechnician: z.string().nullable(),
  duration: z.number().nullable(),
  createdAt: isoDateTime,
  createdBy: z.string(),
  isOverdue: z.boolean(),
  validNextTransitions: z.array(RequestStatusSchema),
});
export type WorkflowState = z.infer<typeof WorkflowStateSchema>;

// ── Machine history ───────────────────────────────────────────────────────────────────────────────

export const MachineHistorySchema = z.object({
  machine: MachineSchema,
  requests: z.array(MaintenanceRequestSummarySchema),
  warnings: z.array(WarningSchema),
  /** Hours in Fault (open corrective requests) over the last 365 days. */
  downtimeHours: z.number(),
});
export type MachineHistory = z.infer<typeof MachineHistorySchema>;

// ── KPIs ──────────────────────────────────────────────────────────────────────────────────────────

export const KPI_GROUPINGS = ['none', 'team', 'machine'] as const;

const FIVE_YEARS_MS = 5 * 366 * 86_400_000;

export const KpiQuerySchema = z
  .strictObject({
    from: isoDateTime,
    to: isoDateTime,
    groupBy: z.enum(KPI_GROUPINGS).default('team'),
    machineId: z.uuid().optional(),
    teamId: z.uuid().optional(),
  })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { message: 'Must be after from', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= FIVE_YEARS_MS, {
    message: 'The range can span at most 5 years',
    path: ['to'],
  });
export type KpiQuery = z.input<typeof KpiQuerySchema>;

/** Maintenance figures over a range; null where there is nothing to measure (no failure, nothing due). */
export const KpiFiguresSchema = z.object({
  machines: z.number().int(),
  /** Corrective requests reported in the range. */
  failures: z.number().int(),
  /** Mean time to repair: hours from report to Repaired, corrective requests reported in the range. */
  mttrHours: z.number().nullable(),
  /** Mean time between failures: operating hours (machine-hours minus downtime) per failure. */
  mtbfHours: z.number().nullable(),
  /** MTBF / (MTBF + MTTR); 1 when nothing failed. */
  availability: z.number().nullable(),
  /** Hours in Fault within the range (overlapping faults of one machine count once). */
  downtimeHours: z.number(),
  preventiveDue: z.number().int(),
  preventiveOnTime: z.number().int(),
  /** Preventive requests done by their scheduled date / those due in the range. */
  preventiveCompliance: z.number().nullable(),
  /** Open requests now, and their estimated hours. */
  backlogOpen: z.number().int(),
  backlogHours: z.number(),
});
export type KpiFigures = z.infer<typeof KpiFiguresSchema>;

export const KpiRowSchema = KpiFiguresSchema.extend({ id: z.uuid().nullable(), name: z.string() });
export type KpiRow = z.infer<typeof KpiRowSchema>;

export const KpiReportSchema = z.object({
  from: isoDateTime,
  to: isoDateTime,
  groupBy: z.enum(KPI_GROUPINGS),
  overall: KpiFiguresSchema,
  rows: z.array(KpiRowSchema),
});
export type KpiReport = z.infer<typeof KpiReportSchema>;

// ── Request portal (public, from a machine's QR label) ────────────────────────────────────────────

export const PortalMachineSchema = z.object({
  name: z.string(),
  code: z.string(),
  building: z.string(),
  area: z.string(),
  status: MachineStatusSchema,
  /** Open fault cases, so people see a breakdown is already reported. */
  openFaults: z.array(
    z.object({
      reference: z.string(),
      subject: z.string(),
      status: RequestStatusSchema,
      reportedAt: isoDateTime,
    }),
  ),
});
export type PortalMachine = z.infer<typeof PortalMachineSchema>;

/** Multipart form fields (an optional `photo` file beside them). */
export const PortalReportInputSchema = z.strictObject({
  description: text(5000, 'Describe the problem'),
  name: z.string().trim().max(120).default(''),
  contact: z.string().trim().max(200).default(''),
});
export type PortalReportInput = z.input<typeof PortalReportInputSchema>;

export const PortalReportResultSchema = z.object({ reference: z.string(), machine: z.string() });
export type PortalReportResult = z.infer<typeof PortalReportResultSchema>;
