import type { Compatibility, ReleaseChannel } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { SoftwareEntity } from './software.entity.js';

/** The unique index on (software, version number), whose violation is a 409 naming `versionNumber`. */
export const SOFTWARE_VERSION_INDEX = 'UQ_fleet_software_versions_number';

/**
 * A version of a software (seed 003), its number a normalised semver. Its package file, once uploaded,
 * lives at DATA_DIR/uploads/fleet/<version id>, with its size and SHA-256 computed here on receipt.
 * Deleting the software deletes its versions (and the service their files).
 */
@Entity({ name: 'fleet_software_versions' })
@Index(SOFTWARE_VERSION_INDEX, ['softwareId', 'versionNumber'], { unique: true })
export class SoftwareVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'software_id', type: 'uuid' })
  softwareId: string;

  @ManyToOne(() => SoftwareEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'software_id' })
  software?: SoftwareEntity;

  @Column({ name: 'version_number', type: 'text' })
  versionNumber: string;

  @Column({ name: 'release_notes', type: 'text', default: '' })
  releaseNotes: string;

  @Column({ type: 'text', default: '' })
  changelog: string;

  @Column({ type: 'text', default: 'stable' })
  channel: ReleaseChannel;

  @Column({ name: 'requires_reboot', type: 'boolean', default: false })
  requiresReboot: boolean;

  @Column({ type: 'jsonb', default: { deviceTypes: [], minimumVersions: {} } })
  compatibility: Compatibility;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  @Column({
    name: 'file_size',
    type: 'bigint',
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
  })
  fileSize: number | null;

  @Column({ name: 'file_sha256', type: 'text', nullable: true })
  fileSha256: string | null;

  @Column({ name: 'file_uploaded_at', type: 'timestamptz', nullable: true })
  fileUploadedAt: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
