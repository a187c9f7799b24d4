import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConflictError, ValidationError } from '../../common/domain-errors.js';
import type { Principal } from '../../common/principal.js';
import type { Work } from '../../database/unit-of-work.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** What identifies a retried POST: its caller, its key, and (to catch a reused key) what it asked. */
export interface IdempotentCall {
  principal: Principal;
  key: string | undefined;
  method: string;
  path: string;
  body: unknown;
}

/**
 * Makes a POST safe to retry: the first call with a given `Idempotency-Key` runs and its answer is
 * stored in the same transaction; a retry (even a concurrent one, which waits on the key's row)
 * gets the stored answer and creates nothing. The same key with a different request is a 409.
 */
@Injectable()
export class IdempotencyService {
  async once<T>(work: Work, call: IdempotentCall, produce: () => Promise<T>): Promise<T> {
    if (call.key === undefined) return produce();
    if (!/^[\x21-\x7e]{1,200}$/.test(call.key))
      throw new ValidationError([
        { path: 'Idempotency-Key', message: 'Use 1 to 200 visible ASCII characters, such as a UUID' },
      ]);
    const caller = `${call.principal.kind}:${call.principal.id}`;
    const fingerprint = `${call.method} ${call.path} ${createHash('sha256')
      .update(JSON.stringify(call.body ?? null))
      .digest('hex')}`;
    const claimed: unknown[] = await work.manager.query(
      `INSERT INTO idempotency_keys (caller, key, fingerprint) VALUES ($1, $2, $3)
       ON CONFLICT (caller, key) DO NOTHING RETURNING key`,
      [caller, call.key, fingerprint],
    );
    if (claimed.length === 0) {
      const [stored]: { fingerprint: string; response: T }[] = await work.manager.query(
        'SELECT fingerprint, response FROM idempotency_keys WHERE caller = $1 AND key = $2',
        [caller, call.key],
      );
      if (stored.fingerprint !== fingerprint)
        throw new ConflictError(
          'This Idempotency-Key was already used for a different request',
          'Idempotency-Key',
        );
      return stored.response;
    }
    const response = await produce();
    await work.manager.query('UPDATE idempotency_keys SET response = $3 WHERE caller = $1 AND key = $2', [
      caller,
      call.key,
      JSON.stringify(response),
    ]);
    return response;
  }
}
