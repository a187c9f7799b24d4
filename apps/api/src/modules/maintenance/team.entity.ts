import {
  Column,
  CreateDateColumn,
  Entity,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';

/** A maintenance team: its members are the "technicians" of the requests assigned to it (seed 004). */
@Entity({ name: 'maintenance_teams' })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @ManyToMany(() => UserEntity)
  @JoinTable({
    name: 'maintenance_team_members',
    joinColumn: { name: 'team_id' },
    inverseJoinColumn: { name: 'user_id' },
  })
  members?: UserEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
