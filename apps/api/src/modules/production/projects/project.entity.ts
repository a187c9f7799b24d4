import type { ProjectStatus } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CustomerEntity } from '../../customers/customer.entity.js';

/** SQL: the project is still open (neither completed nor cancelled). */
export const OPEN_PROJECT = "status NOT IN ('Completed', 'Cancelled')";

/**
 * A client's job (seed 002 module 3). Its code `JB-YYYY-MM-CLxxxx-###` is kept, and made of `month`
 * (of creation, site zone) and `number` (among the client's projects of that month).
 *
 * Indexes for the list's filters and orders: the open projects' due dates (overdue) and POP deadlines
 * apart, so those filters and their counts read only open projects; and trigram indexes on the code and
 * the name for the search (`ILIKE '%…%'`), which TypeORM cannot describe (operator class `gin_trgm_ops`,
 * extension pg_trgm): written by hand in their migration and left alone by the schema sync.
 */
@Entity({ name: 'production_projects' })
@Unique(['customerId', 'month', 'number'])
@Index(['status'])
@Index(['dueDate'])
@Index(['dueDate'], { where: OPEN_PROJECT })
@Index(['popDeadline'], { where: OPEN_PROJECT })
@Index(['createdAt'])
@Index('IDX_production_projects_code_trgm', { synchronize: false })
@Index('IDX_production_projects_name_trgm', { synchronize: false })
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Index()
  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity;

  @Column({ type: 'text' })
  month: string;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: 'Request' })
  status: ProjectStatus;

  @Column({ name: 'on_hold', type: 'boolean', default: false })
  onHold: boolean;

  @Column({ name: 'quote_date', type: 'date', nullable: true })
  quoteDate: string | null;

  @Column({ name: 'approval_date', type: 'date', nullable: true })
  approvalDate: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ name: 'completion_date', type: 'date', nullable: true })
  completionDate: string | null;

  @Column({ name: 'quoted_price', type: 'numeric', precision: 10, scale: 2, nullable: true })
  quotedPrice: string | null;

  @Column({ name: 'final_price', type: 'numeric', precision: 10, scale: 2, nullable: true })
  finalPrice: string | null;

  @Column({ name: 'material_type', type: 'text', default: '' })
  materialType: string;

  @Column({ name: 'material_thickness', type: 'numeric', precision: 10, scale: 2, nullable: true })
  materialThickness: string | null;

  @Column({ type: 'int', nullable: true })
  sheets: number | null;

  @Column({ type: 'int', nullable: true })
  parts: number | null;

  @Column({ name: 'estimated_cut_minutes', type: 'int', nullable: true })
  estimatedCutMinutes: number | null;

  @Column({ name: 'drawing_minutes', type: 'int', nullable: true })
  drawingMinutes: number | null;

  @Column({ type: 'int', nullable: true })
  bins: number | null;

  @Column({ name: 'scheduled_cut_date', type: 'date', nullable: true })
  scheduledCutDate: string | null;

  @Column({ name: 'pop_received', type: 'boolean', default: false })
  popReceived: boolean;

  @Column({ name: 'pop_received_on', type: 'date', nullable: true })
  popReceivedOn: string | null;

  @Column({ name: 'pop_deadline', type: 'date', nullable: true })
  popDeadline: string | null;

  @Column({ name: 'client_notified', type: 'boolean', default: false })
  clientNotified: boolean;

  @Column({ name: 'client_notified_at', type: 'timestamptz', nullable: true })
  clientNotifiedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
