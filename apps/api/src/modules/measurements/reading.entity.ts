import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SensorEntity } from '../instruments/sensor.entity.js';

/**
 * One stored reading of a sensor. `sensor_id` leads every key so the table can later be distributed
 * or turned into a hypertable by sensor. Raw values are what the instrument said; the corrected ones
 * equal them until a calibration certificate applies (`certificate_id`).
 */
@Entity({ name: 'readings' })
@Index(['time'])
export class ReadingEntity {
  @PrimaryColumn({ name: 'sensor_id', type: 'uuid' })
  sensorId: string;

  @ManyToOne(() => SensorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sensor_id' })
  sensor?: SensorEntity;

  /** The instrument's time stamp of the reading. */
  @PrimaryColumn({ type: 'timestamptz' })
  time: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'temperature_raw', type: 'double precision' })
  temperatureRaw: number;

  @Column({ name: 'humidity_raw', type: 'double precision' })
  humidityRaw: number;

  @Column({ type: 'double precision' })
  temperature: number;

  @Column({ type: 'double precision' })
  humidity: number;

  @Column({ name: 'certificate_id', type: 'uuid', nullable: true })
  certificateId: string | null;
}
