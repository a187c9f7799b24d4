import type { DesignFileKind } from '@factoryops/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ProductEntity } from '../products/product.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';

/**
 * A design file of a project or of a product (never both), stored on disk as
 * DATA_DIR/uploads/production/<id> with its preview beside it (`<id>.preview.<extension>`).
 */
@Entity({ name: 'production_design_files' })
@Check('("project_id" IS NULL) <> ("product_id" IS NULL)')
export class DesignFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity | null;

  @Index()
  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId: string | null;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: DesignFileKind;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({
    type: 'bigint',
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** The preview's extension (`svg`, `png`, `webp`), or null without one. */
  @Column({ name: 'preview', type: 'text', nullable: true })
  preview: string | null;

  @Column({ name: 'uploaded_by', type: 'text', nullable: true })
  uploadedBy: string | null;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;
}
