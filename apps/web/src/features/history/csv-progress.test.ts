import { describe, expect, it } from 'vitest';
import { attachmentFileName, type CsvLineCount, countCsvLines, csvRows, NO_LINES } from './csv-progress';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The text cut into chunks at the given byte offsets, counted chunk by chunk. */
function countInChunks(text: string, cuts: number[]): CsvLineCount {
  const all = bytes(text);
  const ends = [...cuts, all.length];
  let count = NO_LINES;
  let start = 0;
  for (const end of ends) {
    count = countCsvLines(count, all.subarray(start, end));
    start = end;
  }
  return count;
}

const CSV =
  'time;instrument;sensor;temperature raw\r\n' +
  '2026-11-23T14:30:00+01:00;Calibration lab;Lab 1A;21,5\r\n' +
  '2026-11-23T14:31:00+01:00;"Lab ""north""\r\nwing";Lab 1A;21,6\r\n' +
  '2026-11-23T14:32:00+01:00;Calibration lab;Lab 1A;21,7\r\n';

describe('CSV progress', () => {
  it('counts rows after the header, a quoted newline not ending one', () => {
    const count = countInChunks(CSV, []);
    expect(count.lines).toBe(4);
    expect(csvRows(count)).toBe(3);
    expect(csvRows(count, true)).toBe(3);
  });

  it('counts the same wherever the chunks are cut', () => {
    const length = bytes(CSV).length;
    for (let cut = 1; cut < length; cut += 1) {
      expect(csvRows(countInChunks(CSV, [cut]))).toBe(3);
      expect(csvRows(countInChunks(CSV, [cut, Math.min(length, cut + 1), Math.min(length, cut + 2)]))).toBe(
        3,
      );
    }
  });

  it('counts a row cut between \\r and \\n once, and the two quotes of "" as an escape', () => {
    const crlf = CSV.indexOf('\r\n') + 1;
    expect(countInChunks(CSV, [crlf]).lines).toBe(4);
    const escaped = CSV.indexOf('""') + 1;
    const count = countInChunks(CSV, [escaped]);
    expect(count.lines).toBe(4);
    expect(count.quoted).toBe(false);
  });

  it('counts a last row without its newline once the download is complete', () => {
    const count = countInChunks(CSV.trimEnd(), [10]);
    expect(csvRows(count)).toBe(2);
    expect(csvRows(count, true)).toBe(3);
    expect(csvRows(countInChunks('time;sensor\r\n', []), true)).toBe(0);
    expect(csvRows(NO_LINES, true)).toBe(0);
  });

  it('is not confused by characters of several bytes cut in two', () => {
    const text = 'time;sensor\n2026-11-23;Čidlo °C\n2026-11-24;Čidlo °C\n';
    for (let cut = 1; cut < bytes(text).length; cut += 1) expect(csvRows(countInChunks(text, [cut]))).toBe(2);
  });
});

describe('export file name', () => {
  it('takes the name the server gives, encoded or plain, or the fallback', () => {
    expect(attachmentFileName('attachment; filename="readings-2026-11-23.csv"', 'x.csv')).toBe(
      'readings-2026-11-23.csv',
    );
    expect(attachmentFileName('attachment; filename=readings.csv; size=10', 'x.csv')).toBe('readings.csv');
    expect(
      attachmentFileName(
        `attachment; filename="mereni.csv"; filename*=UTF-8''m%C4%9B%C5%99en%C3%AD.csv`,
        'x.csv',
      ),
    ).toBe('měření.csv');
    expect(attachmentFileName('attachment; filename="say \\"hi\\".csv"', 'x.csv')).toBe('say "hi".csv');
    expect(attachmentFileName('attachment', 'x.csv')).toBe('x.csv');
    expect(attachmentFileName(null, 'x.csv')).toBe('x.csv');
  });
});
