import { z } from 'zod';
import { isoDate, isoDateTime, pageOf, pageQueryShape } from './common.js';
import { MoneySchema, ThicknessSchema } from './production.js';

// ── Inventory (seed module 8): stock items and the transactions that move their stock ─────────────

export const INVENTORY_CATEGORIES = ['Raw Material', 'Consumable', 'Spare Part', 'Tool'] as const;
export const InventoryCategorySchema = z.enum(INVENTORY_CATEGORIES);
export type InventoryCategory = z.infer<typeof InventoryCategorySchema>;

export const INVENTORY_UNITS = ['sheets', 'kg', 'litres', 'pieces'] as const;
export const InventoryUnitSchema = z.enum(INVENTORY_UNITS);
export type InventoryUnit = z.infer<typeof InventoryUnitSchema>;

export const INVENTORY_TRANSACTION_TYPES = ['Purchase', 'Usage', 'Adjustment', 'Return'] as const;
export const InventoryTransactionTypeSchema = z.enum(INVENTORY_TRANSACTION_TYPES);
export type InventoryTransactionType = z.infer<typeof InventoryTransactionTypeSchema>;

/**
 * Which way each type moves stock: a purchase and a return (to stock) add what they say, a usage takes
 * it, an adjustment is signed (`-2` removes two). The quantity of a purchase, usage or return is given
 * above zero; the stored transaction carries the signed change.
 */
export const TRANSACTION_DIRECTIONS: Record<InventoryTransactionType, 'in' | 'out' | 'either'> = {
  Purchase: 'in',
  Usage: 'out',
  Adjustment: 'either',
  Return: 'in',
};

const SINGULAR_UNITS: Record<InventoryUnit, string> = {
  sheets: 'sheet',
  kg: 'kg',
  litres: 'litre',
  pieces: 'piece',
};

/** A stored decimal without the zeros after its point that say nothing: `12.500` → `12.5`, `3.000` → `3`. */
export function plainDecimal(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}

/** A quantity with its unit, as people say it: `1 sheet`, `12.5 kg`, `0 sheets`. */
export function quantityLabel(quantity: string, unit: InventoryUnit): string {
  const plain = plainDecimal(quantity);
  return `${plain} ${plain === '1' ? SINGULAR_UNITS[unit] : unit}`;
}

const text = (max: number) => z.string().trim().max(max);
const QUANTITY = /^\d{1,9}(\.\d{1,3})?$/;
const NOT_ZERO = /[1-9]/;

/** A stock level (on hand, a reorder level): a decimal string of 0 or more with at most 3 decimals. */
export const StockLevelSchema = z
  .string()
  .trim()
  .regex(QUANTITY, { message: 'A quantity of 0 or more with at most 3 decimals, like 2.5' });

/** A quantity moved: a decimal string above 0 with at most 3 decimals (`2.5` sheets, `12.250` kg). */
export const StockQuantitySchema = z
  .string()
  .trim()
  .regex(QUANTITY, { message: 'A quantity above 0 with at most 3 decimals, like 2.5', abort: true })
  .regex(NOT_ZERO, { message: 'The quantity must be above 0' });

/** An adjustment's change: signed, not zero (`12` found in the rack, `-3` scrapped). */
const SignedQuantitySchema = z
  .string()
  .trim()
  .regex(/^-?\d{1,9}(\.\d{1,3})?$/, {
    message: 'A quantity with at most 3 decimals: 4 adds, -4 removes',
    abort: true,
  })
  .regex(NOT_ZERO, { message: 'An adjustment of 0 changes nothing' });

export const InventoryItemSchema = z.object({
  id: z.uuid(),
  /** Unique without regard to case, stored upper case: `MS-3-2500X1250`. */
  code: z.string(),
  name: z.string(),
  category: InventoryCategorySchema,
  materialType: z.string(),
  /** In mm, for sheet material (a run of that material and thickness takes its sheets). */
  thickness: z.string().nullable(),
  unit: InventoryUnitSchema,
  /** Changed only by transactions, never below 0. */
  quantityOnHand: z.string(),
  reorderLevel: z.string(),
  /** How much to order when the stock is low. */
  reorderQuantity: z.string().nullable(),
  unitCost: MoneySchema.nullable(),
  /** On hand × unit cost, to the cent; null without a unit cost. */
  value: z.string().nullable(),
  /** On hand at or under the reorder level. */
  lowStock: z.boolean(),
  supplierName: z.string(),
  supplierContact: z.string(),
  location: z.string(),
  notes: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type InventoryItem = z.infer<typeof InventoryItemSchema>;

const itemFields = {
  code: text(50)
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9._-]*$/, {
      message: 'Letters, digits, dots, dashes or underscores, like MS-3-2500X1250',
    }),
  name: text(200).min(1, { message: 'Give the item a name' }),
  category: InventoryCategorySchema,
  materialType: text(100),
  thickness: ThicknessSchema.nullable(),
  unit: InventoryUnitSchema,
  reorderLevel: StockLevelSchema,
  reorderQuantity: StockLevelSchema.nullable(),
  unitCost: MoneySchema.nullable(),
  supplierName: text(200),
  supplierContact: text(200),
  location: text(100),
  notes: text(5000),
};
/** `POST /production/inventory/items`: a new item has no stock; a purchase (or adjustment) brings it. */
export const CreateInventoryItemInputSchema = z.strictObject({
  ...itemFields,
  materialType: itemFields.materialType.default(''),
  thickness: itemFields.thickness.default(null),
  reorderLevel: itemFields.reorderLevel.default('0'),
  reorderQuantity: itemFields.reorderQuantity.default(null),
  unitCost: itemFields.unitCost.default(null),
  supplierName: itemFields.supplierName.default(''),
  supplierContact: itemFields.supplierContact.default(''),
  location: itemFields.location.default(''),
  notes: itemFields.notes.default(''),
});
export type CreateInventoryItemInput = z.input<typeof CreateInventoryItemInputSchema>;
/** `PATCH …/items/{id}`: any field but the stock, which only transactions change. */
export const UpdateInventoryItemInputSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(itemFields).map(([key, schema]) => [key, schema.optional()])),
  version: z.number().int().optional(),
} as { [K in keyof typeof itemFields]: z.ZodOptional<(typeof itemFields)[K]> } & {
  version: z.ZodOptional<z.ZodNumber>;
});
export type UpdateInventoryItemInput = z.infer<typeof UpdateInventoryItemInputSchema>;

export const INVENTORY_ITEM_SORTS = [
  'code',
  '-code',
  'name',
  '-name',
  'category',
  '-category',
  'quantityOnHand',
  '-quantityOnHand',
] as const;
export const InventoryItemListQuerySchema = z.strictObject({
  ...pageQueryShape,
  /** Part of the code, name, material or supplier. */
  q: z.string().trim().max(200).optional(),
  category: InventoryCategorySchema.optional(),
  /** The material, whatever its case. */
  materialType: z.string().trim().max(100).optional(),
  thickness: ThicknessSchema.optional(),
  /** `true`: only items at or under their reorder level; `false`: only the others. */
  lowStock: z.enum(['true', 'false']).optional(),
  sort: z.enum(INVENTORY_ITEM_SORTS).default('code'),
});
export const InventoryItemPageSchema = pageOf(InventoryItemSchema);

export const InventoryTransactionSchema = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  itemCode: z.string(),
  itemName: z.string(),
  unit: InventoryUnitSchema,
  type: InventoryTransactionTypeSchema,
  /** The signed change of stock: `-10` for a usage of ten. */
  quantity: z.string(),
  /** The item's stock right after this transaction. */
  balanceAfter: z.string(),
  /** A purchase's price per unit; for the others the item's unit cost when they were recorded. */
  unitCost: MoneySchema.nullable(),
  /** A PO number, a project code… */
  reference: z.string(),
  notes: z.string(),
  /** The day it happened (site time zone). */
  date: isoDate,
  /** The laser run that took these sheets, if one did. */
  laserRunId: z.uuid().nullable(),
  /** Who recorded it: a person or an API key. */
  recordedBy: z.string(),
  recordedByUserId: z.uuid().nullable(),
  createdAt: isoDateTime,
});
export type InventoryTransaction = z.infer<typeof InventoryTransactionSchema>;
export const InventoryTransactionPageSchema = pageOf(InventoryTransactionSchema);

const movementFields = {
  reference: text(100).default(''),
  notes: text(5000).default(''),
  /** Default: today in the site time zone; never a day to come. */
  date: isoDate.optional(),
};

/**
 * `POST …/items/{id}/transactions` (managers): any type. The quantity is above 0 except for an
 * adjustment, which is signed; only a purchase names its own unit cost (the others are valued at the
 * item's), and a purchase with a cost moves the item's unit cost to the average of its stock.
 */
export const CreateInventoryTransactionInputSchema = z
  .strictObject({
    type: InventoryTransactionTypeSchema,
    quantity: z.string().trim(),
    unitCost: MoneySchema.nullable().default(null),
    ...movementFields,
  })
  .superRefine((input, context) => {
    const schema = input.type === 'Adjustment' ? SignedQuantitySchema : StockQuantitySchema;
    for (const issue of schema.safeParse(input.quantity).error?.issues.slice(0, 1) ?? [])
      context.addIssue({ code: 'custom', message: issue.message, path: ['quantity'] });
    if (input.unitCost !== null && input.type !== 'Purchase')
      context.addIssue({
        code: 'custom',
        message: `Only a purchase names its unit cost: a ${input.type.toLowerCase()} is valued at the item's`,
        path: ['unitCost'],
      });
  });
export type CreateInventoryTransactionInput = z.input<typeof CreateInventoryTransactionInputSchema>;

/** `POST …/items/{id}/usage` (operators too): stock taken by hand, above 0. */
export const RecordUsageInputSchema = z.strictObject({ quantity: StockQuantitySchema, ...movementFields });
export type RecordUsageInput = z.input<typeof RecordUsageInputSchema>;

export const InventoryTransactionListQuerySchema = z.strictObject({
  ...pageQueryShape,
  itemId: z.uuid().optional(),
  type: InventoryTransactionTypeSchema.optional(),
  /** Transactions on or after this day. */
  from: isoDate.optional(),
  /** Transactions on or before this day. */
  to: isoDate.optional(),
});

/** `GET …/items/{id}?page&pageSize`: the item and a page of its transactions, newest first. */
export const InventoryItemDetailSchema = InventoryItemSchema.extend({
  transactions: InventoryTransactionPageSchema,
});
export type InventoryItemDetail = z.infer<typeof InventoryItemDetailSchema>;
export const InventoryItemDetailQuerySchema = z.strictObject(pageQueryShape);

// ── Valuation: on hand × unit cost per item, per category and in all ──────────────────────────────

export const ItemValueSchema = InventoryItemSchema.pick({
  id: true,
  code: true,
  name: true,
  category: true,
  unit: true,
  quantityOnHand: true,
  unitCost: true,
  value: true,
});
export type ItemValue = z.infer<typeof ItemValueSchema>;

export const CategoryValueSchema = z.object({
  category: InventoryCategorySchema,
  /** How many items the category has. */
  items: z.number().int(),
  /** The sum of its items' values (each to the cent). */
  value: z.string(),
  /** Items without a unit cost, which count for nothing here. */
  unpriced: z.number().int(),
});
export type CategoryValue = z.infer<typeof CategoryValueSchema>;

/** `GET /production/inventory/valuation`, in the site's currency (`GET /site`). */
export const InventoryValuationSchema = z.object({
  /** Every item, the most valuable first. */
  items: z.array(ItemValueSchema),
  /** Every category, in the order of `INVENTORY_CATEGORIES`. */
  categories: z.array(CategoryValueSchema),
  total: z.string(),
  unpriced: z.number().int(),
});
export type InventoryValuation = z.infer<typeof InventoryValuationSchema>;

/** What the production dashboard shows of low stock: how many items, and the first of them by code. */
export const LowStockSummarySchema = z.object({
  total: z.number().int(),
  items: z.array(InventoryItemSchema),
});
export type LowStockSummary = z.infer<typeof LowStockSummarySchema>;
