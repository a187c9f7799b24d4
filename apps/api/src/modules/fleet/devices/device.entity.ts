import type { DeviceStatus, JsonObject } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CustomerEntity } from '../../customers/customer.entity.js';
import { DeviceTypeEntity } from './device-type.entity.js';

/** The unique index on the device number, whose violation is a 409 naming `deviceNumber`. */
export const DEVICE_NUMBER_INDEX = 'UQ_fleet_devices_device_number';

/**
 * A customer's device (seed 003): its number is unique, its type one of `fleet_device_types`. A device
 * outlives its customer's record (the link is cleared). `version` refuses a stale edit.
 */
@Entity({ name: 'fleet_devices' })
@Index(DEVICE_NUMBER_INDEX, ['deviceNumber'], { unique: true })
@Index('IDX_fleet_devices_customer', ['customerId'])
@Index('IDX_fleet_devices_type_status', ['type', 'status'])
export class DeviceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'device_number', type: 'text' })
  deviceNumber: string;

  @Column({ type: 'text' })
  type: string;

  @ManyToOne(() => DeviceTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type', referencedColumnName: 'code' })
  deviceType?: DeviceTypeEntity;

  @Column({ type: 'text', default: '' })
  kind: string;

  @Column({ name: 'serial_number', type: 'text', default: '' })
  serialNumber: string;

  @Column({ type: 'text', default: 'active' })
  status: DeviceStatus;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId: string | null;

  @ManyToOne(() => CustomerEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity | null;

  @Column({ type: 'jsonb', default: {} })
  configuration: JsonObject;

  @Column({ type: 'text', default: '' })
  notes: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
