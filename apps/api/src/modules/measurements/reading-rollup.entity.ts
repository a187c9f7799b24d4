import { Column, Entity, PrimaryColumn } from 'typeorm';

const float = { type: 'double precision' } as const;

/**
 * Aggregates of a sensor's readings per time bucket, maintained by the batch writer in the same
 * transaction as the readings: history and statistics of long ranges read these instead of raw rows.
 */
abstract class ReadingRollup {
  @PrimaryColumn({ name: 'sensor_id', type: 'uuid' })
  sensorId: string;

  /** Start of the bucket. */
  @PrimaryColumn({ type: 'timestamptz' })
  bucket: Date;

  @Column({ type: 'int' })
  count: number;

  @Column({ name: 'temperature_min', ...float }) temperatureMin: number;
  @Column({ name: 'temperature_max', ...float }) temperatureMax: number;
  @Column({ name: 'temperature_sum', ...float }) temperatureSum: number;
  @Column({ name: 'humidity_min', ...float }) humidityMin: number;
  @Column({ name: 'humidity_max', ...float }) humidityMax: number;
  @Column({ name: 'humidity_sum', ...float }) humiditySum: number;
  @Column({ name: 'temperature_raw_min', ...float }) temperatureRawMin: number;
  @Column({ name: 'temperature_raw_max', ...float }) temperatureRawMax: number;
  @Column({ name: 'temperature_raw_sum', ...float }) temperatureRawSum: number;
  @Column({ name: 'humidity_raw_min', ...float }) humidityRawMin: number;
  @Column({ name: 'humidity_raw_max', ...float }) humidityRawMax: number;
  @Column({ name: 'humidity_raw_sum', ...float }) humidityRawSum: number;
}

@Entity({ name: 'readings_1m' })
export class MinuteRollupEntity extends ReadingRollup {}

@Entity({ name: 'readings_1h' })
export class HourRollupEntity extends ReadingRollup {}

@Entity({ name: 'readings_6h' })
export class SixHourRollupEntity extends ReadingRollup {}
