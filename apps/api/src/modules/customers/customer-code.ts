/** A customer's code from its number in sequence: `CL-0001` (more digits past 9999). */
export function customerCode(number: number): string {
  return `CL-${String(number).padStart(4, '0')}`;
}

/** The number a code or search names (`CL-0042`, `cl0042`, `42`), if it names one. */
export function customerNumberIn(text: string): number | undefined {
  const match = /^(?:cl-?)?(\d{1,9})$/i.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}
