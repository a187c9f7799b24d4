import type { MessageAutomationKey } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OutboxMessageEntity } from '../../notifications/outbox-message.entity.js';
import { MessageTemplateEntity } from './message-template.entity.js';

/**
 * A message to a client as it was sent (seed module 11): client, project, recipient, the rendered
 * subject and body, who sent it. Its delivery is the outbox message's: pending until the mail server
 * took it, failed with the last error meanwhile. `failure` is set instead when it could not be queued
 * at all (an automation for a client without an email address). The client, project and template may
 * be deleted later: the message stays, without them. Client and project are named without foreign keys,
 * as the audit log names what it is about: a message is written inside the POP or the queue action that
 * sends it, and a foreign key would lock the client there, after the queue and the project — against
 * the order production takes its locks in (see lockQueue), so a client being deleted would deadlock it.
 */
@Entity({ name: 'production_communications' })
@Index(['customerId', 'createdAt'])
@Index(['projectId', 'createdAt'])
export class CommunicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId: string | null;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId: string | null;

  @ManyToOne(() => MessageTemplateEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'template_id' })
  template?: MessageTemplateEntity;

  @Column({ type: 'text', nullable: true })
  automation: MessageAutomationKey | null;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'attachment_name', type: 'text', nullable: true })
  attachmentName: string | null;

  @Column({ name: 'outbox_message_id', type: 'uuid', nullable: true })
  outboxMessageId: string | null;

  @ManyToOne(() => OutboxMessageEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'outbox_message_id' })
  outboxMessage?: OutboxMessageEntity;

  @Column({ type: 'text', nullable: true })
  failure: string | null;

  /** One message per key: an automation sends once per project or quote, whatever happens after. */
  @Column({ name: 'dedupe_key', type: 'text', unique: true })
  dedupeKey: string;

  @Column({ name: 'sent_by', type: 'text' })
  sentBy: string;

  @Index()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
