import type { QuantityLevels } from '@factoryops/contracts';
import {
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { SensorEntity } from '../instruments/sensor.entity.js';

/** How one sensor is watched: levels per quantity, delay, communication loss, calibration due, who is told. */
@Entity({ name: 'alarm_rules' })
export class AlarmRuleEntity {
  @PrimaryColumn({ name: 'sensor_id', type: 'uuid' })
  sensorId: string;

  @OneToOne(() => SensorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sensor_id' })
  sensor?: SensorEntity;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'jsonb' })
  temperature: QuantityLevels;

  @Column({ type: 'jsonb' })
  humidity: QuantityLevels;

  @Column({ name: 'delay_seconds', type: 'int', default: 0 })
  delaySeconds: number;

  @Column({ name: 'communication_loss_intervals', type: 'int', nullable: true })
  communicationLossIntervals: number | null;

  @Column({ name: 'calibration_due', type: 'boolean', default: true })
  calibrationDue: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  recipients: string[];

  @Column({ name: 'escalation_recipients', type: 'text', array: true, default: () => "'{}'" })
  escalationRecipients: string[];

  @Column({ name: 'escalate_after_minutes', type: 'int', nullable: true })
  escalateAfterMinutes: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
