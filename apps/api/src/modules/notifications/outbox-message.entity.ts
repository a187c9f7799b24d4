import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { OutboxKind } from '@factoryops/contracts';

/** A file attached to an outbox email: its name, type and content in base64. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

/**
 * An email waiting to be sent, written in the same transaction as what it tells about, so an SMTP
 * outage delays mail but never loses it. `dedupe_key` keeps one message per event.
 */
@Entity({ name: 'notification_outbox' })
@Index(['nextAttemptAt'], { where: 'sent_at IS NULL' })
@Index(['dedupeKey'], { unique: true })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: OutboxKind;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Column({ type: 'text', array: true })
  recipients: string[];

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  /** Files sent with the message (base64), read only when it is sent. */
  @Column({ type: 'jsonb', default: () => "'[]'", select: false })
  attachments: MailAttachment[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
