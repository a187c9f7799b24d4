import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { TokenCipher } from './token-cipher.js';

describe('TokenCipher', () => {
  const cipher = new TokenCipher(randomBytes(32));

  it('opens what it sealed, and the sealed text does not contain the token', () => {
    const sealed = cipher.seal('access-token-123');
    expect(sealed).not.toContain('access-token-123');
    expect(cipher.open(sealed)).toBe('access-token-123');
  });

  it('seals the same token differently each time (a fresh IV)', () => {
    expect(cipher.seal('same')).not.toBe(cipher.seal('same'));
  });

  it('refuses a tampered token and another key', () => {
    const sealed = cipher.seal('secret');
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3], 'base64url');
    flipped[0] ^= 1;
    expect(() => cipher.open([...parts.slice(0, 3), flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => new TokenCipher(randomBytes(32)).open(sealed)).toThrow();
  });

  it('wants a 256-bit key', () => {
    expect(() => new TokenCipher(randomBytes(16))).toThrow('32 bytes');
  });
});
