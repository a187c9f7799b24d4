import { describe, expect, it } from '@jest/globals';
import { MAX_RETRY_AFTER_MS, retryAfterMs, retryDelayMs } from './sage-retry.js';

const options = { maxAttempts: 4, backoffMs: 100, now: Date.parse('2026-01-01T00:00:00Z') };

describe('retryDelayMs', () => {
  it.each([
    [429, '2', 1, 2000],
    [429, 'Thu, 01 Jan 2026 00:00:03 GMT', 1, 3000],
    [429, null, 2, 200],
    [429, 'soon', 1, 100],
    [503, null, 1, 100],
    [500, null, 2, 200],
    [502, null, 3, 400],
    [null, null, 1, 100],
  ])('status %s, Retry-After %s, attempt %s → waits %s ms', (status, header, attempt, wait) => {
    expect(retryDelayMs(status, header, attempt, options)).toBe(wait);
  });

  it.each([200, 201, 400, 401, 404, 409, 422])('does not retry a %s', (status) => {
    expect(retryDelayMs(status, null, 1, options)).toBeUndefined();
  });

  it('stops after the last attempt', () => {
    expect(retryDelayMs(503, null, 4, options)).toBeUndefined();
    expect(retryDelayMs(429, '1', 4, options)).toBeUndefined();
  });

  it('gives up rather than wait longer than the cap', () => {
    expect(retryDelayMs(429, String(MAX_RETRY_AFTER_MS / 1000 + 1), 1, options)).toBeUndefined();
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and dates, and nothing else', () => {
    expect(retryAfterMs('0', 0)).toBe(0);
    expect(retryAfterMs(' 5 ', 0)).toBe(5000);
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:01 GMT', 0)).toBe(1000);
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:01 GMT', 5000)).toBe(0);
    expect(retryAfterMs(null, 0)).toBeUndefined();
    expect(retryAfterMs('later', 0)).toBeUndefined();
  });
});
