import type { OutboxMessage } from '@factoryops/contracts';
import type { Tone } from '../maintenance/tones';

export type OutboxStatus = 'sent' | 'failing' | 'pending';

/** Sent; failing (tried, and the mail server refused or could not be reached); or waiting for its first try. */
export function outboxStatus(
  message: Pick<OutboxMessage, 'sentAt' | 'attempts' | 'lastError'>,
): OutboxStatus {
  if (message.sentAt) return 'sent';
  return message.attempts > 0 || message.lastError ? 'failing' : 'pending';
}

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  sent: 'Sent',
  failing: 'Retrying',
  pending: 'Waiting',
};

export const OUTBOX_STATUS_TONES: Record<OutboxStatus, Tone> = {
  sent: 'ok',
  failing: 'danger',
  pending: 'info',
};

export const OUTBOX_KIND_LABELS: Record<OutboxMessage['kind'], string> = {
  alarm: 'Alarm',
  escalation: 'Escalation',
  calibration: 'Calibration notice',
  production: 'Production notice',
};

/**
 * The warning above the outbox when mail is held up, null while mail goes out (even with a message just
 * queued): the server sends no mail at all (no mail server set up), or a message was tried and failed
 * (with the mail server's latest answer).
 */
export function outboxNotice(
  pending: readonly Pick<OutboxMessage, 'sentAt' | 'attempts' | 'lastError'>[],
  pendingTotal: number,
  sending: boolean,
): string | null {
  const count = `${pendingTotal} ${pendingTotal === 1 ? 'message is' : 'messages are'} not sent yet`;
  if (!sending)
    return `No mail server is set up (SMTP_URL), so no mail is sent${pendingTotal > 0 ? `: ${count}` : ''}.`;
  const failing = pending.filter((message) => outboxStatus(message) === 'failing');
  if (failing.length > 0) {
    const error = failing.find((message) => message.lastError)?.lastError;
    return error ? `${count}. The last attempt failed: ${error}` : `${count}; sending failed.`;
  }
  return null;
}
