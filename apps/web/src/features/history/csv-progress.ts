/**
 * Counts the lines of a CSV as it streams in, chunk by chunk, without decoding it: in UTF-8 a
 * newline or a double quote is always that one byte, never part of another character. A newline
 * inside a quoted field (`"two\nlines"`) does not end a line; a chunk may end anywhere, even
 * between `\r` and `\n` or between the two quotes of an escaped `""`.
 */
export interface CsvLineCount {
  /** Lines ended so far. */
  lines: number;
  /** Whether the last byte seen is inside a quoted field. */
  quoted: boolean;
  /** Whether a line has started and not yet ended. */
  open: boolean;
}

export const NO_LINES: CsvLineCount = { lines: 0, quoted: false, open: false };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;

export function countCsvLines(count: CsvLineCount, chunk: Uint8Array): CsvLineCount {
  let { lines, quoted, open } = count;
  for (const byte of chunk) {
    // An escaped quote (`""`) toggles twice, so it leaves the field quoted.
    if (byte === QUOTE) quoted = !quoted;
    if (byte === NEWLINE && !quoted) {
      lines += 1;
      open = false;
    } else if (byte !== CARRIAGE_RETURN || quoted) open = true;
  }
  return { lines, quoted, open };
}

/** Data rows received so far: every line after the header, counting a last line without its newline once it is complete. */
export function csvRows(count: CsvLineCount, complete = false): number {
  const lines = count.lines + (complete && count.open ? 1 : 0);
  return Math.max(0, lines - 1);
}

/** The file name a `Content-Disposition` header gives (`filename*=UTF-8''…` first), or the fallback. */
export function attachmentFileName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // Not percent-encoded after all: try the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const name = plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]?.trim()) : undefined;
  return name || fallback;
}
