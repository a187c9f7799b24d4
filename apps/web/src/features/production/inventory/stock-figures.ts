import {
  type InventoryTransactionType,
  type InventoryUnit,
  plainDecimal,
  quantityLabel,
  TRANSACTION_DIRECTIONS,
} from '@factoryops/contracts';
import { Decimal } from 'decimal.js';

/**
 * What a transaction being typed would leave in stock, worked out exactly (decimal.js) as the form
 * changes: `short` when it takes more than there is (the server would refuse it). Null while the
 * quantity is not a number yet; a decimal comma counts as a point.
 */
export function stockAfterEntry(
  onHand: string,
  type: InventoryTransactionType,
  quantityText: string,
): { after: string; short: boolean } | null {
  const text = quantityText.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const quantity = new Decimal(text);
  const after = new Decimal(onHand).plus(
    TRANSACTION_DIRECTIONS[type] === 'out' ? quantity.negated() : quantity,
  );
  return { after: plainDecimal(after.toFixed()), short: after.isNegative() };
}

/** A transaction's signed change as its list shows it: `+50 sheets`, `−10 sheets`. */
export function signedQuantity(quantity: string, unit: InventoryUnit): string {
  return quantity.startsWith('-')
    ? `−${quantityLabel(quantity.slice(1), unit)}`
    : `+${quantityLabel(quantity, unit)}`;
}
