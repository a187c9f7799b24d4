import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface Secrets {
  jwtSecret: string;
  embeddedPgPassword: string;
  /** AES-256 key (base64url) that third-party tokens (Sage's) are encrypted with at rest. */
  tokenEncryptionKey: string;
}

/**
 * Secrets that were not given in the environment are generated on first start and kept in the
 * data directory (mode 600), so tokens survive restarts and no secret lives in the repository.
 */
export async function loadOrCreateSecrets(dataDir: string): Promise<Secrets> {
  const file = path.join(dataDir, 'secrets.json');
  const existing = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as Partial<Secrets>)
    .catch(() => ({}) as Partial<Secrets>);
  const secrets: Secrets = {
    jwtSecret: existing.jwtSecret ?? randomBytes(48).toString('base64url'),
    embeddedPgPassword: existing.embeddedPgPassword ?? randomBytes(24).toString('base64url'),
    tokenEncryptionKey: existing.tokenEncryptionKey ?? randomBytes(32).toString('base64url'),
  };
  if ((Object.keys(secrets) as (keyof Secrets)[]).some((name) => secrets[name] !== existing[name])) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
