import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { MaintenanceRequestEntity } from './maintenance-request.entity.js';

@Entity({ name: 'maintenance_request_notes' })
export class RequestNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(
    () => MaintenanceRequestEntity,
    (request) => request.notes,
    { onDelete: 'CASCADE' },
  )
  @JoinColumn({ name: 'request_id' })
  request?: Relation<MaintenanceRequestEntity>;

  @Column({ type: 'text' })
  author: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
