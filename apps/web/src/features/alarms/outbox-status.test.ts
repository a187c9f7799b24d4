import { describe, expect, it } from 'vitest';
import { outboxNotice, outboxStatus } from './outbox-status';

const sent = { sentAt: '2026-11-23T10:00:00Z', attempts: 1, lastError: null };
const waiting = { sentAt: null, attempts: 0, lastError: null };
const failing = { sentAt: null, attempts: 3, lastError: 'connect ECONNREFUSED 127.0.0.1:25' };

describe('outbox status', () => {
  it('tells sent, waiting for a first try, and retrying after a failure apart', () => {
    expect(outboxStatus(sent)).toBe('sent');
    expect(outboxStatus({ ...sent, attempts: 4, lastError: 'timeout' })).toBe('sent');
    expect(outboxStatus(waiting)).toBe('pending');
    expect(outboxStatus(failing)).toBe('failing');
  });

  it('warns only when mail is held up, with the mail server’s answer', () => {
    expect(outboxNotice([], 0)).toBeNull();
    expect(outboxNotice([waiting], 1)).toBeNull();
    expect(outboxNotice([waiting, failing], 12)).toBe(
      '12 messages are not sent yet. The last attempt failed: connect ECONNREFUSED 127.0.0.1:25',
    );
    expect(outboxNotice([{ ...failing, lastError: null }], 1)).toBe(
      '1 message is not sent yet; sending failed.',
    );
  });
});
