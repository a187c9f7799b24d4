import type { QueuePriority, QueueStatus } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import { ProjectEntity } from '../projects/project.entity.js';

/**
 * A project's place in the cutting queue (seed module 5). Positions are dense and unique; the unique
 * constraint is checked at commit, so a reorder may shift many positions in one transaction.
 */
@Entity({ name: 'production_queue_items' })
@Unique('UQ_production_queue_position', ['position'], { deferrable: 'INITIALLY DEFERRED' })
export class QueueItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Column({ type: 'text', default: 'Queued' })
  status: QueueStatus;

  @Column({ type: 'text', default: 'Normal' })
  priority: QueuePriority;

  @Column({ name: 'scheduled_date', type: 'date', nullable: true })
  scheduledDate: string | null;

  @Column({ name: 'estimated_minutes', type: 'int', nullable: true })
  estimatedMinutes: number | null;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
