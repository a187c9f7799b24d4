import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { OutboxKind, OutboxPage, OutboxQuerySchema } from '@factoryops/contracts';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { fetchPage } from '../../common/paging.js';
import { AppConfig } from '../../config/app-config.js';
import { type MailAttachment, OutboxMessageEntity } from './outbox-message.entity.js';

export interface Mail {
  kind: OutboxKind;
  /** One message per key: queuing the same key twice keeps the first. */
  dedupeKey: string;
  recipients: string[];
  subject: string;
  body: string;
  /** Files to send with it (a quote's PDF), kept in the outbox row until it is sent. */
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

const POLL_MS = 5000;
const FIRST_RETRY_MS = 5000;
const LONGEST_RETRY_MS = 15 * 60_000;

/** The pause before attempt `attempts + 1`: 5 s, 10 s, 20 s … up to 15 minutes. */
const retryDelayMs = (attempts: number) =>
  Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);

/**
 * Email through an outbox table: messages are queued in the caller's transaction and sent by a
 * background loop through SMTP (`SMTP_URL`, nodemailer). A message leaves the queue only when the mail
 * server accepted it; failures are retried with growing pauses, so an outage delays mail, never loses it.
 * One message is sent at a time while its row is locked, so several API processes never send it twice.
 */
@Injectable()
export class Outbox implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Outbox');
  private readonly transport: Transporter | null;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    const url = config.env.SMTP_URL;
    this.transport = url
      ? nodemailer.createTransport({
          url,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  /**
   * Queues mail inside the caller's transaction; call `wake()` after it commits. Answers the message's
   * id, or null when nothing was queued: no recipients, or a message of the same key queued before.
   */
  async enqueue(manager: EntityManager, mail: Mail): Promise<string | null> {
    const recipients = [...new Set(mail.recipients)];
    if (recipients.length === 0) return null;
    const attachments = (mail.attachments ?? []).map(
      ({ content, ...file }): MailAttachment => ({ ...file, contentBase64: content.toString('base64') }),
    );
    const { raw } = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values({ ...mail, recipients, attachments })
      .orIgnore()
      .returning('id')
      .execute();
    return (raw as { id: string }[])[0]?.id ?? null;
  }

  wake(): void {
    if (this.stopped || !this.transport) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.work(), 0);
  }

  async list(query: z.output<typeof OutboxQuerySchema>): Promise<OutboxPage> {
    const builder = this.dataSource.getRepository(OutboxMessageEntity).createQueryBuilder('m');
    if (query.status === 'pending') builder.where('m.sent_at IS NULL');
    if (query.status === 'sent') builder.where('m.sent_at IS NOT NULL');
    builder.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC');
    const page = await fetchPage(builder, query, (message) => ({
      id: message.id,
      kind: message.kind,
      recipients: message.recipients,
      subject: message.subject,
      createdAt: message.createdAt.toISOString(),
      sentAt: message.sentAt?.toISOString() ?? null,
      attempts: message.attempts,
      nextAttemptAt: message.sentAt ? null : message.nextAttemptAt.toISOString(),
      lastError: message.lastError,
    }));
    return { ...page, sending: this.transport !== null };
  }

  onApplicationBootstrap(): void {
    if (!this.transport) {
      this.logger.warn('SMTP_URL is not set: mail waits in the outbox until it is');
      return;
    }
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  private work(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        while (!this.stopped && (await this.sendOne())) {}
      } catch (error) {
        this.logger.error(`Sending mail failed: ${(error as Error).message}`);
      } finally {
        this.running = undefined;
        if (!this.stopped) this.timer = setTimeout(() => void this.work(), POLL_MS);
      }
    })();
    return this.running;
  }

  /** Sends the oldest message that is due; false when none is. */
  private sendOne(): Promise<boolean> {
    const transport = this.transport;
    if (!transport) return Promise.resolve(false);
    return this.dataSource.transaction(async (manager) => {
      const message = await manager
        .createQueryBuilder(OutboxMessageEntity, 'm')
        .addSelect('m.attachments')
        .where('m.sent_at IS NULL AND m.next_attempt_at <= now()')
        .orderBy('m.next_attempt_at')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!message) return false;
      try {
        await transport.sendMail({
          from: this.config.env.MAIL_FROM,
          to: message.recipients,
          subject: message.subject,
          text: message.body,
          attachments: message.attachments.map((file) => ({
            filename: file.filename,
            contentType: file.contentType,
            content: Buffer.from(file.contentBase64, 'base64'),
          })),
        });
        await manager.update(OutboxMessageEntity, message.id, {
          sentAt: new Date(),
          attempts: message.attempts + 1,
          lastError: null,
        });
      } catch (error) {
        const attempts = message.attempts + 1;
        await manager.update(OutboxMessageEntity, message.id, {
          attempts,
          lastError: (error as Error).message.slice(0, 500),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
        });
        this.logger.warn(
          `Mail "${message.subject}" not sent (attempt ${attempts}): ${(error as Error).message}`,
        );
      }
      return true;
    });
  }
}
