import type { ConnectionState, InstrumentDriver } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { SensorEntity } from './sensor.entity.js';

@Entity({ name: 'instruments' })
export class InstrumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Model, serial and firmware come from the device (`*IDN?`) once it has been reached. */
  @Column({ type: 'text', default: '' })
  model: string;

  @Column({ type: 'text', default: '' })
  serial: string;

  @Column({ type: 'text', default: '' })
  firmware: string;

  @Column({ type: 'text', default: '' })
  location: string;

  @Column({ type: 'text', default: '' })
  host: string;

  @Column({ type: 'int', default: 10001 })
  port: number;

  @Column({ type: 'text' })
  driver: InstrumentDriver;

  @Column({ name: 'poll_interval_s', type: 'int', default: 5 })
  pollIntervalSeconds: number;

  @Column({ name: 'storage_interval_s', type: 'int', default: 5 })
  storageIntervalSeconds: number;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @Column({ name: 'connection_state', type: 'text', default: 'disconnected' })
  connectionState: ConnectionState;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'last_reading_at', type: 'timestamptz', nullable: true })
  lastReadingAt: Date | null;

  @OneToMany(
    () => SensorEntity,
    (sensor) => sensor.instrument,
  )
  sensors?: SensorEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
