import {
  type BillingLine,
  documentTotals,
  lineTotal,
  MoneySchema,
  QuantitySchema,
  type UpdateQuoteInput,
} from '@factoryops/contracts';

/** Lines as the API takes them. */
type LineInputs = NonNullable<UpdateQuoteInput['lines']>;

/** A line as typed in the editor: text as entered, the product it was taken from (or ''). */
export interface LineValues {
  key: string;
  productId: string;
  description: string;
  quantity: string;
  unitPrice: string;
}

let lastKey = 0;
/** A key for a line of the editor, stable while it is edited (React keeps its inputs by it). */
function newKey(): string {
  lastKey += 1;
  return `line-${lastKey}`;
}

export const blankLine = (): LineValues => ({
  key: newKey(),
  productId: '',
  description: '',
  quantity: '1',
  unitPrice: '',
});

export const linesFrom = (lines: readonly BillingLine[]): LineValues[] =>
  lines.map((line) => ({
    key: newKey(),
    productId: line.productId ?? '',
    description: line.description,
    quantity: line.quantity.replace(/\.?0+$/, ''),
    unitPrice: line.unitPrice,
  }));

export const lineInputs = (lines: readonly LineValues[]): LineInputs =>
  lines.map((line) => ({
    productId: line.productId || null,
    description: line.description,
    quantity: line.quantity.trim(),
    unitPrice: line.unitPrice.trim(),
  }));

const readable = (line: LineValues) =>
  QuantitySchema.safeParse(line.quantity).success && MoneySchema.safeParse(line.unitPrice.trim()).success;

/**
 * What the editor shows while typing, by the API's own rule (decimal.js, VAT on the subtotal): each
 * line's amount, or null while its quantity or price is not a valid amount yet, and the totals of the
 * lines that are.
 */
export function liveTotals(lines: readonly LineValues[], vatRate: string) {
  const amounts = lines.map((line) =>
    readable(line) ? lineTotal(line.quantity, line.unitPrice.trim()) : null,
  );
  const totals = documentTotals(
    lines.filter(readable).map((line) => ({ quantity: line.quantity, unitPrice: line.unitPrice.trim() })),
    vatRate,
  );
  return { amounts, subtotal: totals.subtotal, vat: totals.vat, total: totals.total };
}
