import { describe, expect, it } from '@jest/globals';
import { VerifiedTokens } from './verified-tokens.js';

const token = (claims: Record<string, unknown>) =>
  `header.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.signature`;
const EXP = 1_800_000_000;

describe('VerifiedTokens', () => {
  it('knows a remembered token until the second it expires, then forgets it', () => {
    const tokens = new VerifiedTokens();
    const t = token({ sub: 'u1', sid: 's1', exp: EXP });
    expect(tokens.get(t, 0)).toBeUndefined();
    tokens.remember(t);
    expect(tokens.get(t, EXP * 1000 - 1)).toMatchObject({ sub: 'u1', sid: 's1' });
    expect(tokens.get(t, EXP * 1000)).toBeUndefined();
    expect(tokens.get(t, EXP * 1000 - 1)).toBeUndefined();
  });

  it('does not remember a token without an expiry', () => {
    const tokens = new VerifiedTokens();
    const t = token({ sub: 'u1', sid: 's1' });
    tokens.remember(t);
    expect(tokens.get(t, 0)).toBeUndefined();
  });

  it('forgets the oldest token past its capacity', () => {
    const tokens = new VerifiedTokens(2);
    const [a, b, c] = ['a', 'b', 'c'].map((sid) => token({ sub: 'u', sid, exp: EXP }));
    for (const t of [a, b, c]) tokens.remember(t);
    expect(tokens.get(a, 0)).toBeUndefined();
    expect(tokens.get(b, 0)?.sid).toBe('b');
    expect(tokens.get(c, 0)?.sid).toBe('c');
  });
});
