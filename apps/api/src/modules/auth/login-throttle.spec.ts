import { describe, expect, it } from '@jest/globals';
import { decideThrottle } from './login-throttle.js';

const limits = { maxFailuresPerAccount: 3, maxFailuresPerAddress: 5, windowMs: 60_000 };
const now = new Date('2026-11-23T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('decideThrottle', () => {
  it.each([
    ['no failures', [], [], { allowed: true }],
    ['below the account limit', [ago(1), ago(2)], [ago(1), ago(2)], { allowed: true }],
    [
      'account limit reached: lifts when the 3rd newest failure leaves the window',
      [ago(1), ago(10), ago(20)],
      [],
      { allowed: false, outcome: 'locked', retryAfterSeconds: 40 },
    ],
    ['old failures do not count', [ago(1), ago(10), ago(61)], [], { allowed: true }],
    [
      'address limit reached',
      [],
      [ago(1), ago(2), ago(3), ago(4), ago(5)],
      { allowed: false, outcome: 'rate_limited', retryAfterSeconds: 55 },
    ],
    [
      'the account lock wins over the address limit',
      [ago(5), ago(6), ago(7)],
      [ago(1), ago(2), ago(3), ago(4), ago(5)],
      { allowed: false, outcome: 'locked', retryAfterSeconds: 53 },
    ],
  ])('%s', (_name, account, address, expected) => {
    expect(decideThrottle(account as Date[], address as Date[], now, limits)).toEqual(expected);
  });
});
