import { createHash, randomBytes } from 'node:crypto';

/** Random opaque secrets (refresh tokens, API keys) are stored only as their SHA-256. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
