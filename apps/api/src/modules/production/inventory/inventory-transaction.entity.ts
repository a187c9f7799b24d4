import type { InventoryTransactionType } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { LaserRunEntity } from '../laser-runs/laser-run.entity.js';
import { InventoryItemEntity } from './inventory-item.entity.js';

/**
 * A movement of stock (seed module 8): a purchase, a usage, an adjustment or a return, with the signed
 * change it made and the stock after it. Transactions are recorded, never edited or deleted: a mistake
 * is put right by another one.
 */
@Entity({ name: 'production_inventory_transactions' })
@Index(['itemId', 'date', 'createdAt'])
@Index(['date'])
export class InventoryTransactionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => InventoryItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: InventoryItemEntity;

  @Column({ type: 'text' })
  type: InventoryTransactionType;

  /** The signed change: negative for a usage. */
  @Column({ type: 'numeric', precision: 12, scale: 3 })
  quantity: string;

  @Column({ name: 'balance_after', type: 'numeric', precision: 12, scale: 3 })
  balanceAfter: string;

  @Column({ name: 'unit_cost', type: 'numeric', precision: 12, scale: 2, nullable: true })
  unitCost: string | null;

  @Column({ type: 'text', default: '' })
  reference: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  /** The day it happened in the site's time zone. */
  @Column({ type: 'date' })
  date: string;

  @Index()
  @Column({ name: 'laser_run_id', type: 'uuid', nullable: true })
  laserRunId: string | null;

  @ManyToOne(() => LaserRunEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'laser_run_id' })
  laserRun?: LaserRunEntity | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  /** Who recorded it, as shown: a person or an API key. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
