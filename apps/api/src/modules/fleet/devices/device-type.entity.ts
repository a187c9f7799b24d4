import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A kind of device the fleet holds (`mask_tester`, `pressure_sensor`…). A table rather than a fixed list,
 * so that a site adds a type of its own without a release; the migration seeds the seed's five. The
 * configuration template of a type is found by its code.
 */
@Entity({ name: 'fleet_device_types' })
export class DeviceTypeEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  label: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
