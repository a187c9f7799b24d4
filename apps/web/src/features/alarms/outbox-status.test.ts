import { describe, expect, it } from 'vitest';
import { outboxNotice, outboxStatus } from './outbox-status';

const sent = { sentAt: '2026-11-23T10:00:00Z', attempts: 1, lastError: null, nextAttemptAt: null };
const waiting = { sentAt: null, attempts: 0, lastError: null, nextAttemptAt: '2026-11-23T10:09:30Z' };
const failing = {
  sentAt: null,
  attempts: 3,
  lastError: 'connect ECONNREFUSED 127.0.0.1:25',
  nextAttemptAt: '2026-11-23T10:14:00Z',
};

describe('outbox status', () => {
  it('tells sent, waiting for a first try, and retrying after a failure apart', () => {
    expect(outboxStatus(sent)).toBe('sent');
    expect(outboxStatus({ ...sent, attempts: 4, lastError: 'timeout' })).toBe('sent');
    expect(outboxStatus(waiting)).toBe('pending');
    expect(outboxStatus(failing)).toBe('failing');
  });

  it('warns only when mail is held up, with the mail server’s answer', () => {
    expect(outboxNotice([], 0, true)).toBeNull();
    expect(outboxNotice([waiting], 1, true)).toBeNull();
    expect(outboxNotice([waiting, failing], 12, true)).toBe(
      '12 messages are not sent yet. The last attempt failed: connect ECONNREFUSED 127.0.0.1:25',
    );
    expect(outboxNotice([{ ...failing, lastError: null }], 1, true)).toBe(
      '1 message is not sent yet; sending failed.',
    );
  });

  it('says so when the server sends no mail at all (no mail server set up)', () => {
    expect(outboxNotice([waiting, waiting], 2, false)).toBe(
      'No mail server is set up (SMTP_URL), so no mail is sent: 2 messages are not sent yet.',
    );
    expect(outboxNotice([], 0, false)).toBe('No mail server is set up (SMTP_URL), so no mail is sent.');
  });
});
