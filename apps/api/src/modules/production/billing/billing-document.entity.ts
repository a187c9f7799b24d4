import {
  Column,
  CreateDateColumn,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * The columns quotes and invoices share: the number (`QT-2025-001`, made of `year` and `sequence`), the
 * project, the figures in the site's currency (decimal strings from `numeric`, never floats) and the
 * version that makes a concurrent change answer 409. Once sent, it names the PDF that went out.
 */
export abstract class BillingDocumentColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  number: string;

  /** The year of creation (site time zone) the number counts in. */
  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  sequence: number;

  @Index()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'text' })
  currency: string;

  @Column({ name: 'vat_rate', type: 'numeric', precision: 5, scale: 2 })
  vatRate: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  subtotal: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  vat: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  total: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The SHA-256 of the PDF as it was sent (kept under DATA_DIR/uploads/production/billing); null until then. */
  @Column({ name: 'sent_pdf_sha256', type: 'text', nullable: true })
  sentPdfSha256: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
