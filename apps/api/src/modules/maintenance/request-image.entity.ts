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

/** A photo attached to a request (a fault case's images); the file and its thumbnail live on disk. */
@Entity({ name: 'maintenance_request_images' })
export class RequestImageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(
    () => MaintenanceRequestEntity,
    (request) => request.images,
    { onDelete: 'CASCADE' },
  )
  @JoinColumn({ name: 'request_id' })
  request?: Relation<MaintenanceRequestEntity>;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ name: 'uploaded_by', type: 'text' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
