import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  VersionColumn,
} from 'typeorm';
import { InstrumentEntity } from './instrument.entity.js';

/** One channel of an instrument: its name, place and limits. */
@Entity({ name: 'sensors' })
@Unique(['instrumentId', 'channel'])
export class SensorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(
    () => InstrumentEntity,
    (instrument) => instrument.sensors,
    { onDelete: 'CASCADE' },
  )
  @JoinColumn({ name: 'instrument_id' })
  // Relation<> keeps the ESM import cycle with InstrumentEntity out of the decorator metadata.
  instrument?: Relation<InstrumentEntity>;

  @Column({ type: 'int' })
  channel: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  location: string;

  @Column({ name: 'temperature_min', type: 'double precision', nullable: true })
  temperatureMin: number | null;

  @Column({ name: 'temperature_max', type: 'double precision', nullable: true })
  temperatureMax: number | null;

  @Column({ name: 'humidity_min', type: 'double precision', nullable: true })
  humidityMin: number | null;

  @Column({ name: 'humidity_max', type: 'double precision', nullable: true })
  humidityMax: number | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @VersionColumn()
  version: number;
}
