import { describe, expect, it } from 'vitest';
import { compactDateTime } from './compact-time';

const now = new Date(2026, 10, 23, 15, 40);
const local = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

describe('compactDateTime', () => {
  it('writes the time alone for today', () => {
    const iso = local(2026, 10, 23, 9, 5);
    expect(compactDateTime(iso, now)).toBe(
      new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(iso)),
    );
  });

  it('leaves out the year this year, and keeps it for other years', () => {
    const yesterday = compactDateTime(local(2026, 10, 22, 23, 55), now);
    expect(yesterday).toMatch(/22/);
    expect(yesterday).not.toMatch(/2026/);
    expect(compactDateTime(local(2025, 11, 31, 23, 55), now)).toMatch(/2025/);
  });
});
