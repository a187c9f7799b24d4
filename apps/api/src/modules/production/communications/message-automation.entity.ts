import type { MessageAutomationKey } from '@factoryops/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { MessageTemplateEntity } from './message-template.entity.js';

/**
 * One of the seed's automated messages (POP confirmation, collection ready, quote expiring): whether it
 * is sent, and with which template. One row per automation, made by the migration; a template an
 * automation uses cannot be deleted.
 */
@Entity({ name: 'production_message_automations' })
export class MessageAutomationEntity {
  @PrimaryColumn({ type: 'text' })
  key: MessageAutomationKey;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @ManyToOne(() => MessageTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: MessageTemplateEntity;

  @VersionColumn()
  version: number;
}
