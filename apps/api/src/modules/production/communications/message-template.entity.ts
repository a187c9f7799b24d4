import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The unique index on the name (whatever its case), whose violation is a 409 naming `name`. */
export const MESSAGE_TEMPLATE_NAME_INDEX = 'UQ_production_message_templates_name';

/**
 * A message to clients with its variables (`{{client_name}}` …, checked when saved): written once,
 * sent by people and by the automations that name it.
 */
@Entity({ name: 'production_message_templates' })
@Index(MESSAGE_TEMPLATE_NAME_INDEX, { synchronize: false })
export class MessageTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
