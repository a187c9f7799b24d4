/** A value of a record as a form input shows it: empty for none. */
export function inputText(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A typed optional text (a date, an id): null when left empty. */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A typed decimal (a price, a thickness), as the API takes it: a string, never a float, so `1250.10`
 * stays exact. A decimal comma is read as a point; the server says what is wrong with anything else.
 */
export function decimalOrNull(text: string): string | null {
  const decimal = textOrNull(text);
  return decimal === null ? null : decimal.replace(',', '.');
}

/**
 * A whole number from a number input: null when empty. What the browser accepts as a number (`1.5`)
 * is sent as typed, and the server names the field if it must be whole.
 */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}
