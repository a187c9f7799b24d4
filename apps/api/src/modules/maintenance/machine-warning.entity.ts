import type { Severity } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MachineEntity } from './machine.entity.js';

/** A warning on a machine (from a person or an external system); cleared ones stay as history. */
@Entity({ name: 'machine_warnings' })
@Index(['machineId', 'raisedAt'])
export class MachineWarningEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'machine_id', type: 'uuid' })
  machineId: string;

  @ManyToOne(() => MachineEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'machine_id' })
  machine?: MachineEntity;

  @Column({ type: 'text', default: '' })
  code: string;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'text' })
  severity: Severity;

  @Column({ type: 'text' })
  source: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt: Date | null;

  @Column({ name: 'cleared_by', type: 'text', nullable: true })
  clearedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
