import {
  INVENTORY_CATEGORIES,
  type CategoryValue,
  type InventoryCategory,
  type InventoryTransactionType,
  TRANSACTION_DIRECTIONS,
} from '@factoryops/contracts';
import { Decimal } from 'decimal.js';

/**
 * Decimal arithmetic of stock and its value: exact, never a float. Enough digits for a 9-digit stock
 * times a 10-digit price; money is rounded half up to the cent, stock kept to 3 decimals as stored.
 */
const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
const STOCK_PLACES = 3;
const MONEY_PLACES = 2;

/** The signed change a transaction makes: a usage of `5` takes 5 (`-5`); an adjustment is signed already. */
export function stockChange(type: InventoryTransactionType, quantity: string): Decimal {
  const amount = new Exact(quantity);
  return TRANSACTION_DIRECTIONS[type] === 'out' ? amount.negated() : amount;
}

/** The stock after `change`; negative when the change takes more than there is. */
export function stockAfter(onHand: string, change: Decimal): Decimal {
  return new Exact(onHand).plus(change);
}

/** A quantity as the database stores it: `-5.000`. */
export const storedQuantity = (quantity: Decimal): string => quantity.toFixed(STOCK_PLACES);

/** At or under the reorder level (so an item out of stock with a level of 0 is low too). */
export function isLowStock(onHand: string, reorderLevel: string): boolean {
  return new Exact(onHand).lte(reorderLevel);
}

/** On hand × unit cost, rounded half up to the cent; null without a unit cost. */
export function stockValue(onHand: string, unitCost: string | null): string | null {
  return unitCost === null ? null : new Exact(onHand).times(unitCost).toFixed(MONEY_PLACES);
}

/**
 * The item's unit cost after a purchase (moving average): what the stock on hand cost and what the
 * purchase cost, over the stock after it, to the cent. A purchase without a price changes nothing; an
 * item with no stock or no cost yet takes the purchase's price.
 */
export function costAfterPurchase(
  onHand: string,
  unitCost: string | null,
  purchased: string,
  purchaseCost: string | null,
): string | null {
  if (purchaseCost === null) return unitCost;
  const held = new Exact(onHand);
  if (unitCost === null || held.isZero()) return new Exact(purchaseCost).toFixed(MONEY_PLACES);
  const bought = new Exact(purchased);
  return held
    .times(unitCost)
    .plus(bought.times(purchaseCost))
    .dividedBy(held.plus(bought))
    .toFixed(MONEY_PLACES);
}

interface Valued {
  code: string;
  category: InventoryCategory;
  quantityOnHand: string;
  unitCost: string | null;
}

/**
 * The stock's value: each item's (to the cent), the most valuable first (those without a cost last, by
 * code); each category's, the sum of its items' values so that the figures shown add up; and the total.
 */
export function valuation<I extends Valued>(items: readonly I[]) {
  const valued = items
    .map((item) => ({ ...item, value: stockValue(item.quantityOnHand, item.unitCost) }))
    .sort(
      (a, b) =>
        (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
        new Exact(b.value ?? 0).comparedTo(a.value ?? 0) ||
        a.code.localeCompare(b.code),
    );
  const categories: CategoryValue[] = INVENTORY_CATEGORIES.map((category) => {
    const inCategory = valued.filter((item) => item.category === category);
    return {
      category,
      items: inCategory.length,
      value: inCategory.reduce((sum, item) => sum.plus(item.value ?? 0), new Exact(0)).toFixed(MONEY_PLACES),
      unpriced: inCategory.filter((item) => item.value === null).length,
    };
  });
  return {
    items: valued,
    categories,
    total: categories.reduce((sum, category) => sum.plus(category.value), new Exact(0)).toFixed(MONEY_PLACES),
    unpriced: valued.filter((item) => item.value === null).length,
  };
}
