import type {
  RecurrenceUnit,
  RequestSource,
  RequestStatus,
  RequestType,
  Severity,
} from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { MachineEntity } from './machine.entity.js';
import { RequestImageEntity } from './request-image.entity.js';
import { RequestNoteEntity } from './request-note.entity.js';
import { TeamEntity } from './team.entity.js';

/** A maintenance request; a fault case (seed 001) is a corrective one. Status changes go through workflow.ts. */
@Entity({ name: 'maintenance_requests' })
@Index(['machineId', 'status'])
@Index(['teamId', 'status'])
@Index(['technicianId'])
@Index(['scheduledDate'])
export class MaintenanceRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Sequential number shown as MR-000042. */
  @Column({ type: 'int', unique: true })
  @Generated('increment')
  number: number;

  @Column({ type: 'text' })
  type: RequestType;

  @Column({ type: 'text', default: 'New' })
  status: RequestStatus;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: 'Medium' })
  severity: Severity;

  @Column({ name: 'machine_id', type: 'uuid' })
  machineId: string;

  @ManyToOne(() => MachineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'machine_id' })
  machine?: MachineEntity;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity | null;

  @Column({ name: 'technician_id', type: 'uuid', nullable: true })
  technicianId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'technician_id' })
  technician?: UserEntity | null;

  @Column({ name: 'scheduled_date', type: 'date', nullable: true })
  scheduledDate: string | null;

  @Column({ name: 'recurrence_every', type: 'int', nullable: true })
  recurrenceEvery: number | null;

  @Column({ name: 'recurrence_unit', type: 'text', nullable: true })
  recurrenceUnit: RecurrenceUnit | null;

  @Column({ name: 'recurrence_until', type: 'date', nullable: true })
  recurrenceUntil: string | null;

  /** The day of month a monthly plan keeps (Jan 31 → Feb 28 → Mar 31), from its first occurrence. */
  @Column({ name: 'recurrence_day', type: 'int', nullable: true })
  recurrenceDay: number | null;

  /** The preventive request this one was scheduled after: unique, so the next one is created once. */
  @Column({ name: 'follows_request_id', type: 'uuid', nullable: true, unique: true })
  followsRequestId: string | null;

  @Column({ name: 'estimated_hours', type: 'double precision', nullable: true })
  estimatedHours: number | null;

  @Column({ name: 'duration_hours', type: 'double precision', nullable: true })
  durationHours: number | null;

  @Column({ type: 'text', default: 'app' })
  source: RequestSource;

  @Column({ name: 'reporter_name', type: 'text', nullable: true })
  reporterName: string | null;

  @Column({ name: 'reporter_contact', type: 'text', nullable: true })
  reporterContact: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  /** Who opened it, as shown: a person, an API key or the request portal. */
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'repaired_at', type: 'timestamptz', nullable: true })
  repairedAt: Date | null;

  @Column({ name: 'scrapped_at', type: 'timestamptz', nullable: true })
  scrappedAt: Date | null;

  @OneToMany(
    () => RequestNoteEntity,
    (note) => note.request,
  )
  notes?: Relation<RequestNoteEntity>[];

  @OneToMany(
    () => RequestImageEntity,
    (image) => image.request,
  )
  images?: Relation<RequestImageEntity>[];

  /** The address a portal report came from, for its rate limit. */
  @Column({ name: 'reporter_address', type: 'text', nullable: true })
  reporterAddress: string | null;

  @VersionColumn()
  version: number;
}
