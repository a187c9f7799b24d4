import type { QuoteStatus } from '@factoryops/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ProjectEntity } from '../projects/project.entity.js';
import { BillingDocumentColumns } from './billing-document.entity.js';

/**
 * A quote of a project (`QT-YYYY-###`). `status` holds what people did — Draft, Sent, Accepted or
 * Declined; a Sent quote past `validUntil` reads as Expired (see document-lifecycle.ts). It goes with its
 * project.
 */
@Entity({ name: 'production_quotes' })
@Unique(['year', 'sequence'])
@Index(['createdAt'])
export class QuoteEntity extends BillingDocumentColumns {
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Column({ type: 'text', default: 'Draft' })
  status: Exclude<QuoteStatus, 'Expired'>;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil: string;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
