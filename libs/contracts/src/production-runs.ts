import { z } from 'zod';
import { isoDate, isoDateTime, pageOf, pageQueryShape } from './common.js';
import {
  ClientSchema,
  CountSchema,
  OperatorSchema,
  ProjectSchema,
  QueueItemSchema,
  ThicknessSchema,
} from './production.js';
import { LowStockSummarySchema } from './production-inventory.js';

// ── Laser runs (seed module 5): what was cut, by whom, how long it took ────────────────────────────

/**
 * Estimated over actual cut minutes with 2 decimals: `1.25` is a job cut in 80 % of the time planned,
 * `0.80` one that took a quarter longer. Null when there is no estimate (or nothing cut yet).
 */
export const EfficiencySchema = z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .nullable();

export const LaserRunSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  projectCode: z.string(),
  projectName: z.string(),
  clientName: z.string(),
  queueItemId: z.uuid().nullable(),
  operatorId: z.uuid(),
  operatorName: z.string(),
  presetId: z.uuid().nullable(),
  presetName: z.string().nullable(),
  /** The day of the run (site time zone). */
  runDate: isoDate,
  cutMinutes: z.number().int(),
  material: z.string(),
  thickness: z.string(),
  sheets: z.number().int(),
  parts: z.number().int(),
  notes: z.string(),
  /** What the run was planned to take: its queue item's estimate, else its project's. */
  estimatedMinutes: z.number().int().nullable(),
  /** `estimatedMinutes / cutMinutes`. */
  efficiency: EfficiencySchema,
  /** Who logged it: a person or an API key. */
  recordedBy: z.string(),
  recordedByUserId: z.uuid().nullable(),
  createdAt: isoDateTime,
});
export type LaserRun = z.infer<typeof LaserRunSchema>;

/**
 * `POST /production/laser-runs`. The queue item must be one of the project's; the operator must be
 * active; a preset must be active and made for the run's material and thickness.
 */
export const CreateLaserRunInputSchema = z.strictObject({
  projectId: z.uuid(),
  queueItemId: z.uuid().nullable().default(null),
  operatorId: z.uuid(),
  presetId: z.uuid().nullable().default(null),
  /** Default: today in the site time zone. */
  runDate: isoDate.optional(),
  cutMinutes: z
    .number()
    .int({ message: 'The cut time is whole minutes' })
    .min(1, { message: 'The cut time must be above 0 minutes' })
    .max(100_000),
  material: z.string().trim().min(1, { message: 'Name the material' }).max(100),
  thickness: ThicknessSchema,
  sheets: CountSchema.default(0),
  parts: CountSchema.default(0),
  notes: z.string().trim().max(5000).default(''),
  /**
   * The stock item its sheets are taken from (a usage, in the run's transaction): the one chosen, or when
   * left out the one sheet item of the run's material and thickness, if there is exactly one. `null`:
   * not from stock (the client's own material, say).
   */
  inventoryItemId: z.uuid().nullable().optional(),
});
export type CreateLaserRunInput = z.input<typeof CreateLaserRunInputSchema>;

export const LASER_RUN_SORTS = ['-runDate', 'runDate', '-cutMinutes', 'cutMinutes'] as const;
export const LaserRunListQuerySchema = z.strictObject({
  ...pageQueryShape,
  /** Runs on or after this day. */
  from: isoDate.optional(),
  /** Runs on or before this day. */
  to: isoDate.optional(),
  operatorId: z.uuid().optional(),
  projectId: z.uuid().optional(),
  /** The material, whatever its case. */
  material: z.string().trim().max(100).optional(),
  sort: z.enum(LASER_RUN_SORTS).default('-runDate'),
});
export const LaserRunPageSchema = pageOf(LaserRunSchema);

/** `GET /production/projects/{id}`: the project with what its runs took against its estimate. */
export const ProjectDetailSchema = ProjectSchema.extend({
  /** The cut minutes of all its runs. */
  actualCutMinutes: z.number().int(),
  /** `estimatedCutMinutes / actualCutMinutes`; null without an estimate or a run. */
  efficiency: EfficiencySchema,
});
export type ProjectDetail = z.infer<typeof ProjectDetailSchema>;

/** An operator's production, over all their runs. */
export const OperatorTotalsSchema = z.object({
  runs: z.number().int(),
  cutMinutes: z.number().int(),
  sheets: z.number().int(),
  parts: z.number().int(),
  /** How many different projects they cut for. */
  projects: z.number().int(),
  lastRunDate: isoDate.nullable(),
});
export type OperatorTotals = z.infer<typeof OperatorTotalsSchema>;

/** `GET /production/operators/{id}`: the operator, their totals and their 10 latest runs. */
export const OperatorDetailSchema = OperatorSchema.extend({
  totals: OperatorTotalsSchema,
  recentRuns: z.array(LaserRunSchema),
});
export type OperatorDetail = z.infer<typeof OperatorDetailSchema>;

// ── The production dashboard (seed module 1) ──────────────────────────────────────────────────────

/** One operator's cut hours on each day of this ISO week (Monday first, site time zone). */
export const OperatorWeekHoursSchema = z.object({
  operatorId: z.uuid(),
  name: z.string(),
  days: z.array(z.object({ date: isoDate, hours: z.number() })),
});
export type OperatorWeekHours = z.infer<typeof OperatorWeekHoursSchema>;

export const ProductionDashboardSchema = z.object({
  counts: z.object({
    clients: z.number().int(),
    /** Projects neither completed nor cancelled. */
    activeProjects: z.number().int(),
    /** Queue items queued or in progress. */
    queueLength: z.number().int(),
    /** Runs dated today (site time zone). */
    runsToday: z.number().int(),
    /** Open projects whose proof-of-payment deadline has passed. */
    popDeadlinesOverdue: z.number().int(),
  }),
  /** The 5 newest clients. */
  recentClients: z.array(ClientSchema),
  /** The 5 newest projects. */
  recentProjects: z.array(ProjectSchema),
  /** The first 5 active queue items, in cutting order. */
  nextInQueue: z.array(QueueItemSchema),
  /** Every active operator, and any other who cut this week, by name. */
  cutHoursThisWeek: z.array(OperatorWeekHoursSchema),
  /** Stock at or under its reorder level. */
  lowStock: LowStockSummarySchema,
});
export type ProductionDashboard = z.infer<typeof ProductionDashboardSchema>;
