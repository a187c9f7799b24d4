import type { AlarmKind, AlarmLevel } from '@factoryops/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { SensorEntity } from '../instruments/sensor.entity.js';

/**
 * One alarm from raise to close. At most one alarm of a kind is open (not cleared) per sensor, which
 * the partial unique index holds even with several API processes evaluating readings.
 */
@Entity({ name: 'alarms' })
@Index('alarms_one_open_per_kind', ['sensorId', 'kind'], { unique: true, where: 'cleared_at IS NULL' })
@Index(['raisedAt'])
@Index(['sensorId', 'raisedAt'])
export class AlarmEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sensor_id', type: 'uuid' })
  sensorId: string;

  @ManyToOne(() => SensorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sensor_id' })
  sensor?: SensorEntity;

  @Column({ type: 'text' })
  kind: AlarmKind;

  @Column({ type: 'text' })
  level: AlarmLevel;

  @Column({ type: 'text', nullable: true })
  direction: 'high' | 'low' | null;

  @Column({ type: 'double precision', nullable: true })
  threshold: number | null;

  @Column({ type: 'text' })
  message: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  @Column({ name: 'raised_value', type: 'double precision', nullable: true })
  raisedValue: number | null;

  @Column({ name: 'worst_value', type: 'double precision', nullable: true })
  worstValue: number | null;

  @Column({ name: 'worst_at', type: 'timestamptz', nullable: true })
  worstAt: Date | null;

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt: Date | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by', type: 'uuid', nullable: true })
  acknowledgedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'acknowledged_by' })
  acknowledgedBy?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @VersionColumn()
  version: number;
}
