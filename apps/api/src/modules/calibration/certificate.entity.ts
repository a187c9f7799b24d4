import type { CorrectionPoint } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { SensorEntity } from '../instruments/sensor.entity.js';

/**
 * A calibration certificate of one sensor. It corrects the sensor's readings from `validFrom` until
 * the next certificate of the same sensor starts. Its PDF lives on disk (DATA_DIR/uploads/calibration).
 */
@Entity({ name: 'calibration_certificates' })
@Unique(['sensorId', 'validFrom'])
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sensor_id', type: 'uuid' })
  sensorId: string;

  @ManyToOne(() => SensorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sensor_id' })
  sensor?: SensorEntity;

  @Column({ type: 'text' })
  number: string;

  @Column({ name: 'calibrated_on', type: 'date' })
  calibratedOn: string;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: '' })
  laboratory: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ name: 'temperature_points', type: 'jsonb', default: () => "'[]'" })
  temperaturePoints: CorrectionPoint[];

  @Column({ name: 'humidity_points', type: 'jsonb', default: () => "'[]'" })
  humidityPoints: CorrectionPoint[];

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  @Column({ name: 'file_size', type: 'int', nullable: true })
  fileSize: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
