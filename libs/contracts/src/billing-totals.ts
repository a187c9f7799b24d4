import { Decimal } from 'decimal.js';

/** Money in decimal.js, rounded half-up to cents — one rule for the API's documents and the SPA's editors. */
const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

const cents = (value: Decimal.Value) => new Money(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** A line's amount: quantity × unit price, rounded half-up to cents (`2.5 × 19.99` = `49.98`). */
export function lineTotal(quantity: string, unitPrice: string): string {
  return cents(new Money(quantity).times(unitPrice)).toFixed(2);
}

export interface DocumentTotals {
  /** Each line's amount, in the order of the lines. */
  lineTotals: string[];
  /** The sum of the rounded line amounts. */
  subtotal: string;
  /** VAT on the subtotal (not per line) at `vatRate` percent, rounded half-up to cents. */
  vat: string;
  total: string;
}

/**
 * The figures of a quote or invoice. VAT is worked out once, on the subtotal, and rounded half-up to
 * cents: three lines of 0.10 at 15 % give 0.05 VAT (0.30 × 15 % = 0.045 → 0.05), where rounding each
 * line's VAT would give 0.06.
 */
export function documentTotals(
  lines: readonly { quantity: string; unitPrice: string }[],
  vatRate: string,
): DocumentTotals {
  const lineTotals = lines.map((line) => lineTotal(line.quantity, line.unitPrice));
  const subtotal = lineTotals.reduce((sum, amount) => sum.plus(amount), new Money(0));
  const vat = cents(subtotal.times(vatRate).dividedBy(100));
  return {
    lineTotals,
    subtotal: subtotal.toFixed(2),
    vat: vat.toFixed(2),
    total: subtotal.plus(vat).toFixed(2),
  };
}

/** Whether amount `a` is above `b` (decimal strings). */
export function amountAbove(a: string, b: string): boolean {
  return new Money(a).greaterThan(b);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount (decimal string, formatted exactly — never through a float) with the currency's symbol, as
 * the seed writes it: `R 15,000.00`.
 */
export function formatMoney(amount: string, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
    moneyFormats.set(currency, format);
  }
  const parts = format.formatToParts(amount as `${number}`);
  const symbol = parts.find((part) => part.type === 'currency')?.value ?? currency;
  const figure = parts
    .filter((part) => part.type !== 'currency' && part.type !== 'literal')
    .map((part) => part.value)
    .join('');
  return `${symbol} ${figure}`;
}
