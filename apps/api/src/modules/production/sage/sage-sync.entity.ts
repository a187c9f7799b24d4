import type { SageSyncResult } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { JobEntity } from '../../jobs/job.entity.js';

/** A sync run: the background job that does it, who asked, and what it did once done. */
@Entity({ name: 'sage_syncs' })
@Index(['createdAt'])
export class SageSyncEntity {
  /** The job's id: a sync is the `sage.sync` job of the same id. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @OneToOne(() => JobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'id' })
  job?: JobEntity;

  @Column({ name: 'business_id', type: 'text' })
  businessId: string;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy: string;

  @Column({ type: 'jsonb', nullable: true })
  result: SageSyncResult | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One HTTP call a sync made to Sage (API or OAuth server), each attempt a row of its own. */
@Entity({ name: 'sage_sync_calls' })
@Index(['syncId', 'at'])
export class SageSyncCallEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sync_id', type: 'uuid' })
  syncId: string;

  @ManyToOne(() => SageSyncEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sync_id' })
  sync?: SageSyncEntity;

  @Column({ type: 'text' })
  method: string;

  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'int', nullable: true })
  status: number | null;

  @Column({ name: 'duration_ms', type: 'int' })
  durationMs: number;

  @Column({ type: 'int' })
  attempt: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
