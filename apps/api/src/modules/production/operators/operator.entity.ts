import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '../../auth/user.entity.js';

/** The unique index on `lower(name)`: two operators never share a name, whatever its case. */
export const OPERATOR_NAME_INDEX = 'UQ_production_operators_lower_name';
/** At most one operator per signed-in account. */
export const OPERATOR_USER_UNIQUE = 'UQ_production_operators_user';

/**
 * A laser operator (seed automation 3): a unique name, and at most one per signed-in account. The name's
 * uniqueness ignores case, by a unique index on `lower(name)` that TypeORM cannot describe (an expression):
 * written by hand in its migration and left alone by the schema sync.
 */
@Entity({ name: 'production_operators' })
@Index(OPERATOR_NAME_INDEX, { synchronize: false })
@Unique(OPERATOR_USER_UNIQUE, ['userId'])
export class OperatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  email: string;

  @Column({ type: 'text', default: '' })
  phone: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

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
