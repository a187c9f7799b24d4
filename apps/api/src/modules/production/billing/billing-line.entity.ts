import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProductEntity } from '../products/product.entity.js';
import { InvoiceEntity } from './invoice.entity.js';
import { QuoteEntity } from './quote.entity.js';

/** A line of a quote or of an invoice (exactly one of them), in `position` order (0, 1, 2 …). */
@Entity({ name: 'production_billing_lines' })
@Check('num_nonnulls(quote_id, invoice_id) = 1')
@Index(['quoteId', 'position'], { unique: true, where: 'quote_id IS NOT NULL' })
@Index(['invoiceId', 'position'], { unique: true, where: 'invoice_id IS NOT NULL' })
export class BillingLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'quote_id', type: 'uuid', nullable: true })
  quoteId: string | null;

  @ManyToOne(() => QuoteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quote_id' })
  quote?: QuoteEntity | null;

  @Column({ name: 'invoice_id', type: 'uuid', nullable: true })
  invoiceId: string | null;

  @ManyToOne(() => InvoiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: InvoiceEntity | null;

  @Column({ type: 'int' })
  position: number;

  @Index()
  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId: string | null;

  @ManyToOne(() => ProductEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'numeric', precision: 9, scale: 2 })
  quantity: string;

  @Column({ name: 'unit_price', type: 'numeric', precision: 10, scale: 2 })
  unitPrice: string;

  @Column({ name: 'line_total', type: 'numeric', precision: 12, scale: 2 })
  lineTotal: string;
}
