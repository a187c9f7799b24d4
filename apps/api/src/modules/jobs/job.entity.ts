import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

/**
 * A piece of background work, queued in the transaction that calls for it, so it is never lost, and
 * run once across all API processes (claimed with `FOR UPDATE SKIP LOCKED`, kept alive by a heartbeat).
 */
@Entity({ name: 'jobs' })
@Index(['state', 'createdAt'])
@Index(['subject', 'createdAt'])
export class JobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: string;

  /** What the job is about (e.g. a sensor id): jobs of one subject run one at a time, in order. */
  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text', default: 'queued' })
  state: JobState;

  @Column({ type: 'bigint', default: 0, transformer: { to: (value: number) => value, from: Number } })
  total: number;

  @Column({ type: 'bigint', default: 0, transformer: { to: (value: number) => value, from: Number } })
  done: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
