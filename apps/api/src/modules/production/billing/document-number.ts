/** The two numbered series: quotes `QT-YYYY-###` and invoices `INV-YYYY-###`. */
export type DocumentSeries = 'QT' | 'INV';

/** A document's number: its series, year and sequence in that year, three digits at least (`INV-2025-001`). */
export function documentNumber(series: DocumentSeries, year: number, sequence: number): string {
  return `${series}-${year}-${String(sequence).padStart(3, '0')}`;
}
