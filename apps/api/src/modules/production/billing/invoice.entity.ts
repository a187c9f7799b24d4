import type { InvoiceStatus } from '@factoryops/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, Unique } from 'typeorm';
import { ProjectEntity } from '../projects/project.entity.js';
import { BillingDocumentColumns } from './billing-document.entity.js';
import { QuoteEntity } from './quote.entity.js';

/**
 * An invoice of a project (`INV-YYYY-###`, without gaps in a year: invoices are never deleted, and a
 * project with invoices cannot be). `status` holds Draft, Sent, Paid or Cancelled; a Sent invoice past
 * `dueDate` reads as Overdue. A replacement names the cancelled invoice it replaces.
 */
@Entity({ name: 'production_invoices' })
@Unique(['year', 'sequence'])
@Index(['createdAt'])
export class InvoiceEntity extends BillingDocumentColumns {
  @ManyToOne(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Column({ type: 'text', default: 'Draft' })
  status: Exclude<InvoiceStatus, 'Overdue'>;

  @Column({ name: 'issue_date', type: 'date' })
  issueDate: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Index()
  @Column({ name: 'quote_id', type: 'uuid', nullable: true })
  quoteId: string | null;

  @ManyToOne(() => QuoteEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'quote_id' })
  quote?: QuoteEntity | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', default: '' })
  cancelReason: string;

  @Column({ name: 'replaces_id', type: 'uuid', nullable: true })
  replacesId: string | null;

  @OneToOne(() => InvoiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaces_id' })
  replaces?: InvoiceEntity | null;

  /** The invoice that replaced this one, when read with it (not a column). */
  replacedBy?: InvoiceEntity | null;
}
