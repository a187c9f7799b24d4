import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** Laser settings for a material and thickness (seed module 6). */
@Entity({ name: 'production_presets' })
@Index(['material', 'thickness'])
export class PresetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  material: string;

  @Column({ type: 'numeric', precision: 10, scale: 2 })
  thickness: string;

  @Column({ name: 'power_w', type: 'int' })
  powerW: number;

  @Column({ name: 'speed_mm_min', type: 'int' })
  speedMmMin: number;

  @Column({ name: 'frequency_hz', type: 'int', nullable: true })
  frequencyHz: number | null;

  @Column({ name: 'gas_type', type: 'text' })
  gasType: 'O2' | 'N2' | 'Air';

  @Column({ name: 'gas_pressure_bar', type: 'numeric', precision: 8, scale: 2, nullable: true })
  gasPressureBar: string | null;

  @Column({ name: 'nozzle_mm', type: 'numeric', precision: 8, scale: 2, nullable: true })
  nozzleMm: string | null;

  @Column({ name: 'focus_mm', type: 'numeric', precision: 8, scale: 2, nullable: true })
  focusMm: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'text', default: '' })
  notes: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
