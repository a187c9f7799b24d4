import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OperatorEntity } from '../operators/operator.entity.js';
import { PresetEntity } from '../presets/preset.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { QueueItemEntity } from '../queue/queue-item.entity.js';

/**
 * A laser run (seed module 5): what an operator cut for a project on a day, and how long it took.
 * Runs are logged and deleted, never edited; they go with their project.
 */
@Entity({ name: 'production_laser_runs' })
@Index(['runDate'])
@Index(['operatorId', 'runDate'])
export class LaserRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Index()
  @Column({ name: 'queue_item_id', type: 'uuid', nullable: true })
  queueItemId: string | null;

  @ManyToOne(() => QueueItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'queue_item_id' })
  queueItem?: QueueItemEntity | null;

  @Column({ name: 'operator_id', type: 'uuid' })
  operatorId: string;

  @ManyToOne(() => OperatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operator_id' })
  operator?: OperatorEntity;

  @Column({ name: 'preset_id', type: 'uuid', nullable: true })
  presetId: string | null;

  @ManyToOne(() => PresetEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'preset_id' })
  preset?: PresetEntity | null;

  /** The day of the run in the site's time zone. */
  @Column({ name: 'run_date', type: 'date' })
  runDate: string;

  @Column({ name: 'cut_minutes', type: 'int' })
  cutMinutes: number;

  @Column({ type: 'text' })
  material: string;

  @Column({ type: 'numeric', precision: 10, scale: 2 })
  thickness: string;

  @Column({ type: 'int', default: 0 })
  sheets: number;

  @Column({ type: 'int', default: 0 })
  parts: number;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  /** Who logged it, as shown: a person or an API key. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
