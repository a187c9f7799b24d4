import { type History, QUANTITY_UNITS, type Quantity } from '@factoryops/contracts';

export const QUANTITY_LABELS: Record<Quantity, string> = { temperature: 'Temperature', humidity: 'Humidity' };
const DECIMALS: Record<Quantity, number> = { temperature: 2, humidity: 1 };

const formatters = new Map<number, Intl.NumberFormat>();
function decimals(places: number): Intl.NumberFormat {
  let formatter = formatters.get(places);
  if (!formatter) {
    formatter = new Intl.NumberFormat(undefined, {
      minimumFractionDigits: places,
      maximumFractionDigits: places,
    });
    formatters.set(places, formatter);
  }
  return formatter;
}

/** A value as the live cards show it: "21.50 °C", "45.3 %RH". */
export function valueText(quantity: Quantity, value: number): string {
  return `${decimals(DECIMALS[quantity]).format(value)} ${QUANTITY_UNITS[quantity]}`;
}

/** A value without its unit, for table columns whose header names it. */
export function numberText(quantity: Quantity, value: number): string {
  return decimals(DECIMALS[quantity]).format(value);
}

export function coverageText(coverage: number): string {
  return `${decimals(Number.isInteger(coverage) ? 0 : 1).format(coverage)} %`;
}

export function countText(count: number): string {
  return decimals(0).format(count);
}

const SOURCES: Record<History['source'], string> = {
  raw: 'from stored readings',
  minute: 'from 1-minute rollups',
  hour: 'from 1-hour rollups',
  'six-hour': 'from 6-hour rollups',
};

/** Where the server took the figures from, for a note beside them. */
export function sourceText(source: History['source']): string {
  return SOURCES[source];
}
