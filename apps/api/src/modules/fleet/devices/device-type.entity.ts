import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { JsonTemplateEntity } from '../templates/json-template.entity.js';

/**
 * A kind of device the fleet holds (`mask_tester`, `pressure_sensor`…). A table rather than a fixed list,
 * so that a site adds a type of its own without a release; the migration seeds the seed's five. A type
 * may name the `device_config` template its devices' configurations must match (deleting the template
 * leaves the type without one).
 */
@Entity({ name: 'fleet_device_types' })
export class DeviceTypeEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'config_template_id', type: 'uuid', nullable: true })
  configTemplateId: string | null;

  @ManyToOne(() => JsonTemplateEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'config_template_id' })
  configTemplate?: JsonTemplateEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
