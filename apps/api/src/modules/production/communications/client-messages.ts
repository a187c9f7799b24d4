import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { MessageAutomationKey } from '@factoryops/contracts';
import { principalLabel } from '../../../common/principal.js';
import { requestContext } from '../../../common/request-context.js';
import type { Work } from '../../../database/unit-of-work.js';
import { Outbox } from '../../notifications/outbox.js';
import { announceProductionChange } from '../production-changes.js';
import { CommunicationEntity } from './communication.entity.js';

/** A message to a client, rendered, as `ClientMessages.queue` takes it. */
export interface ClientMessage {
  customerId: string;
  projectId: string | null;
  templateId: string | null;
  automation: MessageAutomationKey | null;
  /** Where it goes; null when the client has no address (the message is kept as Failed, saying so). */
  recipient: string | null;
  /** What the message is kept as when it has no recipient: why. */
  noRecipient?: string;
  subject: string;
  body: string;
  attachment?: { filename: string; contentType: string; content: Buffer };
  /** One message per key (an automation's project or quote); a person's message is always new. */
  dedupeKey?: string;
}

/**
 * Every message to a client goes through here, whoever sends it (a person, a quote or invoice sent, an
 * automation): into the outbox, and into the client's and project's history with the outbox message
 * that delivers it, in the caller's transaction. The caller wakes the outbox after commit.
 */
@Injectable()
export class ClientMessages {
  constructor(private readonly outbox: Outbox) {}

  /** Sends what was queued, once the transaction that queued it committed. */
  wake(): void {
    this.outbox.wake();
  }

  /** The message's id, or null when one of the same key was queued before (nothing is written). */
  async queue(work: Work, message: ClientMessage): Promise<string | null> {
    const dedupeKey = message.dedupeKey ?? `message:${randomUUID()}`;
    let outboxMessageId: string | null = null;
    if (message.recipient) {
      outboxMessageId = await this.outbox.enqueue(work.manager, {
        kind: 'production',
        dedupeKey,
        recipients: [message.recipient],
        subject: message.subject,
        body: message.body,
        attachments: message.attachment ? [message.attachment] : [],
      });
      if (!outboxMessageId) return null;
    }
    const principal = requestContext.current()?.principal;
    const { raw } = await work.manager
      .createQueryBuilder()
      .insert()
      .into(CommunicationEntity)
      .values({
        customerId: message.customerId,
        projectId: message.projectId,
        templateId: message.templateId,
        automation: message.automation,
        recipient: message.recipient ?? '',
        subject: message.subject,
        body: message.body,
        attachmentName: message.attachment?.filename ?? null,
        outboxMessageId,
        failure: message.recipient ? null : (message.noRecipient ?? 'There is no address to send it to'),
        sentBy: message.automation || !principal ? 'System' : principalLabel(principal),
        dedupeKey,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (raw as { id: string }[])[0]?.id ?? null;
    if (id) announceProductionChange(work, 'communication', id, 'create');
    return id;
  }
}
