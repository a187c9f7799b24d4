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
};

/**
 * The warning above the outbox when mail is held up (a message was tried and failed): how many wait,
 * and the mail server's latest answer. Null while mail goes out, even with a message just queued.
 */
export function outboxNotice(
  pending: readonly Pick<OutboxMessage, 'sentAt' | 'attempts' | 'lastError'>[],
  pendingTotal: number,
): string | null {
  const failing = pending.filter((message) => outboxStatus(message) === 'failing');
  if (failing.length === 0) return null;
  const count = `${pendingTotal} ${pendingTotal === 1 ? 'message is' : 'messages are'} not sent yet`;
  const error = failing.find((message) => message.lastError)?.lastError;
  return error ? `${count}. The last attempt failed: ${error}` : `${count}; sending failed.`;
}
