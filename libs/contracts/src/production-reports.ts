import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { isoDate } from './common.js';
import { ProjectStatusSchema } from './production.js';
import type { INVOICE_STATUSES } from './production-billing.js';
import { CategoryValueSchema, InventoryItemSchema, InventoryUnitSchema } from './production-inventory.js';

/** The production reports (seed 002 module 9), each at `GET /production/reports/{name}` and `…/{name}.csv`. */
export const REPORT_NAMES = ['production', 'efficiency', 'inventory', 'clients'] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/** The longest range a report covers, in days (both ends included): a year, leap or not. */
export const REPORT_RANGE_MAX_DAYS = 366;

/**
 * `?from&to`: days in the site's time zone, both included. Either left out is the first or the last day
 * of the current month (site zone); a `to` before `from` or a range over `REPORT_RANGE_MAX_DAYS` is
 * refused (400 naming `to`).
 */
export const ReportRangeQuerySchema = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type ReportRangeQuery = z.input<typeof ReportRangeQuerySchema>;

/** The days a report covers, as the server settled them (defaults filled in). */
export const ReportRangeSchema = z.object({ from: isoDate, to: isoDate });
export type ReportRange = z.infer<typeof ReportRangeSchema>;

// ── Production summary ──────────────────────────────────────────────────────────────────────────────

/** What was cut: laser runs, their minutes (exact) and hours (to 2 decimals, `2.08`), parts and sheets. */
export const ProductionFiguresSchema = z.object({
  runs: z.number().int(),
  cutMinutes: z.number().int(),
  /** Minutes ÷ 60, rounded half up to 2 decimals, as a decimal string. */
  cutHours: z.string(),
  parts: z.number().int(),
  sheets: z.number().int(),
});
export type ProductionFigures = z.infer<typeof ProductionFiguresSchema>;

export const OperatorProductionSchema = ProductionFiguresSchema.extend({
  operatorId: z.uuid(),
  name: z.string(),
});
export const MaterialProductionSchema = ProductionFiguresSchema.extend({
  material: z.string(),
  thickness: z.string(),
});
export const DayProductionSchema = ProductionFiguresSchema.extend({ day: isoDate });

/** `GET /production/reports/production`: the runs of the range, by operator, by material and per day. */
export const ProductionReportSchema = z.object({
  range: ReportRangeSchema,
  totals: ProductionFiguresSchema,
  /** Operators who cut in the range, the most hours first. */
  byOperator: z.array(OperatorProductionSchema),
  /** Material and thickness as the runs name them, the most hours first. */
  byMaterial: z.array(MaterialProductionSchema),
  /** Every day of the range, in order, days without runs at zero. */
  days: z.array(DayProductionSchema),
});
export type ProductionReport = z.infer<typeof ProductionReportSchema>;

// ── Efficiency ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Efficiency = estimated ÷ actual minutes × 100: at or over `good` the cutting kept to its estimate
 * (or beat it), at or over `fair` it ran somewhat over, below that it ran well over. The one place these
 * thresholds are written: the API classes each figure with them and the SPA colours by class.
 */
export const EFFICIENCY_THRESHOLDS = { good: 95, fair: 80 } as const;
export const EFFICIENCY_CLASSES = ['good', 'fair', 'poor'] as const;
export const EfficiencyClassSchema = z.enum(EFFICIENCY_CLASSES);
export type EfficiencyClass = z.infer<typeof EfficiencyClassSchema>;

/** The class of an efficiency percentage (a decimal string); null when there is none. */
export function efficiencyClass(percent: string | null): EfficiencyClass | null {
  if (percent === null) return null;
  const value = new Decimal(percent);
  if (value.gte(EFFICIENCY_THRESHOLDS.good)) return 'good';
  return value.gte(EFFICIENCY_THRESHOLDS.fair) ? 'fair' : 'poor';
}

/**
 * Estimated against actual cut minutes. Minutes estimated and the variance are decimal strings to 2
 * places (an operator's share of an estimate is rarely whole); the percentages to 1 place, rounded half
 * up: variance = (actual − estimated) ÷ estimated × 100 (null without an estimate), efficiency =
 * estimated ÷ actual × 100 (null without a minute cut).
 */
export const EfficiencyFiguresSchema = z.object({
  estimatedMinutes: z.string(),
  actualMinutes: z.number().int(),
  varianceMinutes: z.string(),
  variancePercent: z.string().nullable(),
  efficiencyPercent: z.string().nullable(),
  class: EfficiencyClassSchema.nullable(),
});
export type EfficiencyFigures = z.infer<typeof EfficiencyFiguresSchema>;

/** A project cut in the range: its estimate against all its runs (as its page shows its efficiency). */
export const ProjectEfficiencySchema = EfficiencyFiguresSchema.extend({
  projectId: z.uuid(),
  code: z.string(),
  name: z.string(),
  clientName: z.string(),
  status: ProjectStatusSchema,
  runs: z.number().int(),
});
/**
 * An operator's runs in the range against their share of each project's estimate: the share of the
 * project's parts they cut (of its minutes when its runs record no parts).
 */
export const OperatorEfficiencySchema = EfficiencyFiguresSchema.extend({
  operatorId: z.uuid(),
  name: z.string(),
  runs: z.number().int(),
  projects: z.number().int(),
});

/** `GET /production/reports/efficiency`: projects with an estimate that were cut in the range. */
export const EfficiencyReportSchema = z.object({
  range: ReportRangeSchema,
  totals: EfficiencyFiguresSchema.extend({ projects: z.number().int() }),
  /** The least efficient first. */
  byProject: z.array(ProjectEfficiencySchema),
  /** The most efficient first. */
  byOperator: z.array(OperatorEfficiencySchema),
  /** Projects cut in the range without an estimate, left out of every figure above. */
  unestimatedProjects: z.number().int(),
});
export type EfficiencyReport = z.infer<typeof EfficiencyReportSchema>;

// ── Inventory ───────────────────────────────────────────────────────────────────────────────────────

/** Up to this many days a report's stock movements are per day; past it, per week (from Monday). */
export const DAILY_MOVEMENTS_MAX_DAYS = 62;

const unitQuantitiesSchema = z.object({
  unit: InventoryUnitSchema,
  /** Decimal strings to 3 places, as stock is kept; usage as a positive amount. */
  purchased: z.string(),
  used: z.string(),
});

/** Purchases against usage in a period: quantities per unit and values in the site's currency. */
export const StockMovementSchema = z.object({
  /** The period's first day (a Monday for weeks; clipped to the range). */
  start: isoDate,
  /** Each transaction's quantity × unit cost, to the cent, summed (those without a cost count nothing). */
  purchasedValue: z.string(),
  usedValue: z.string(),
  /** The units that moved in the period. */
  quantities: z.array(unitQuantitiesSchema),
});
export type StockMovement = z.infer<typeof StockMovementSchema>;

export const ItemMovementSchema = unitQuantitiesSchema.extend({
  itemId: z.uuid(),
  code: z.string(),
  name: z.string(),
  purchasedValue: z.string(),
  usedValue: z.string(),
});
export type ItemMovement = z.infer<typeof ItemMovementSchema>;

/**
 * `GET /production/reports/inventory`: what the stock is worth now (the inventory's own valuation) and
 * what is low, and the purchases and usage of the range.
 */
export const InventoryReportSchema = z.object({
  range: ReportRangeSchema,
  valuation: z.object({
    categories: z.array(CategoryValueSchema),
    total: z.string(),
    unpriced: z.number().int(),
  }),
  /** Every item at or under its reorder level, by code. */
  lowStock: z.array(InventoryItemSchema),
  movements: z.object({
    period: z.enum(['day', 'week']),
    /** Every period of the range, in order, those without movement at zero. */
    points: z.array(StockMovementSchema),
    purchasedValue: z.string(),
    usedValue: z.string(),
  }),
  /** Items purchased or used in the range, by code. */
  byItem: z.array(ItemMovementSchema),
});
export type InventoryReport = z.infer<typeof InventoryReportSchema>;

// ── Clients ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * The invoices that count as revenue, by their issue date: sent (Overdue is a sent invoice past its due
 * date) and paid. Drafts are not issued yet and cancelled ones are void (their replacement counts).
 */
export const REVENUE_INVOICE_STATUSES = [
  'Sent',
  'Overdue',
  'Paid',
] as const satisfies readonly (typeof INVOICE_STATUSES)[number][];

const clientFiguresShape = {
  /** Projects opened (created) in the range. */
  newProjects: z.number().int(),
  /** Projects completed in the range. */
  completedProjects: z.number().int(),
  /** Projects open now (neither completed nor cancelled), whatever the range. */
  activeProjects: z.number().int(),
  cutMinutes: z.number().int(),
  cutHours: z.string(),
  /** Invoices issued in the range that count (`REVENUE_INVOICE_STATUSES`). */
  invoices: z.number().int(),
  /** Their subtotals, before VAT: decimal strings in the site's currency. */
  revenue: z.string(),
  /** Their totals with VAT. */
  invoiced: z.string(),
  /** The totals of those of them paid by now. */
  paid: z.string(),
};

export const ClientReportRowSchema = z.object({
  clientId: z.uuid(),
  code: z.string(),
  name: z.string(),
  ...clientFiguresShape,
});
export type ClientReportRow = z.infer<typeof ClientReportRowSchema>;

/** `GET /production/reports/clients`: clients with projects, cutting or revenue in the range, or open projects. */
export const ClientsReportSchema = z.object({
  range: ReportRangeSchema,
  totals: z.object({ clients: z.number().int(), ...clientFiguresShape }),
  /** The most revenue first, then by name. */
  clients: z.array(ClientReportRowSchema),
});
export type ClientsReport = z.infer<typeof ClientsReportSchema>;
