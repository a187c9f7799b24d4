import type { SoftwareCategory } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The unique index on the name whatever its case, whose violation is a 409 naming `name`. */
export const SOFTWARE_NAME_INDEX = 'UQ_fleet_software_name';

/** A package of the software catalogue (seed 003): firmware, an application, a driver or a tool. */
@Entity({ name: 'fleet_software' })
@Index(SOFTWARE_NAME_INDEX, { synchronize: false })
export class SoftwareEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: '' })
  vendor: string;

  @Column({ type: 'text' })
  category: SoftwareCategory;

  @Column({ type: 'text', default: '' })
  platform: string;

  @Column({ type: 'text', default: '' })
  licence: string;

  @Column({ name: 'repository_url', type: 'text', default: '' })
  repositoryUrl: string;

  @Column({ name: 'documentation_url', type: 'text', default: '' })
  documentationUrl: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
