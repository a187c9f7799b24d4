import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CustomerEntity } from '../../customers/customer.entity.js';
import { InvoiceEntity } from '../billing/invoice.entity.js';

/** A client linked to its Sage contact, in one Sage business (a client has one contact per business). */
@Entity({ name: 'sage_contact_links' })
@Index(['businessId', 'sageId'], { unique: true })
export class SageContactLinkEntity {
  @PrimaryColumn({ name: 'business_id', type: 'text' })
  businessId: string;

  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity;

  @Column({ name: 'sage_id', type: 'text' })
  sageId: string;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}

/**
 * An invoice linked to the Sage sales invoice it was synced as, in one business: at most one each way,
 * so a retried or repeated sync never makes a second. `sageStatus` is Sage's status when last read.
 */
@Entity({ name: 'sage_invoice_links' })
@Index(['businessId', 'sageId'], { unique: true })
export class SageInvoiceLinkEntity {
  @PrimaryColumn({ name: 'business_id', type: 'text' })
  businessId: string;

  @PrimaryColumn({ name: 'invoice_id', type: 'uuid' })
  invoiceId: string;

  @ManyToOne(() => InvoiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: InvoiceEntity;

  @Column({ name: 'sage_id', type: 'text' })
  sageId: string;

  @Column({ name: 'sage_status', type: 'text' })
  sageStatus: string;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;

  @Column({ name: 'checked_at', type: 'timestamptz' })
  checkedAt: Date;
}
