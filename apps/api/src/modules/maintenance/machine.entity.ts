import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { TeamEntity } from './team.entity.js';

/** A machine (equipment). Its status is derived from requests and warnings, never stored. */
@Entity({ name: 'machines' })
export class MachineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Short unique code printed on the machine's label. */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text', default: '' })
  building: string;

  @Column({ type: 'text', default: '' })
  area: string;

  @Column({ type: 'text', default: '' })
  category: string;

  /** 1 (low) to 5 (critical to production). */
  @Column({ type: 'int', default: 3 })
  importance: number;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity | null;

  @ManyToMany(() => UserEntity)
  @JoinTable({
    name: 'machine_responsibles',
    joinColumn: { name: 'machine_id' },
    inverseJoinColumn: { name: 'user_id' },
  })
  responsible?: UserEntity[];

  /** The secret part of the public request-portal link on the QR label. */
  @Column({ name: 'portal_token', type: 'text', unique: true })
  portalToken: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /** Set when a request on it was scrapped: no new request may be opened for it. */
  @Column({ name: 'scrapped_at', type: 'timestamptz', nullable: true })
  scrappedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
