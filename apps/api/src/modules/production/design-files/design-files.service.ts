import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { DesignFile } from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError, ValidationError } from '../../../common/domain-errors.js';
import { readHead } from '../../../common/file-head.js';
import { sha256Of } from '../../../common/file-sha256.js';
import type { ReceivedFile } from '../../../common/file-upload.js';
import { type Principal, principalLabel } from '../../../common/principal.js';
import { AppConfig } from '../../../config/app-config.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import { announceProductionChange } from '../production-changes.js';
import { ProductEntity } from '../products/product.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { designFileContent, HEAD_BYTES } from './design-file-content.js';
import { DesignFileEntity } from './design-file.entity.js';
import { renderPreview } from './design-file-preview.js';

/** Whose file it is: a project's or a product's. */
export type DesignFileOwner = { projectId: string } | { productId: string };

export const toDesignFileDto = (file: DesignFileEntity): DesignFile => ({
  id: file.id,
  name: file.name,
  kind: file.kind,
  contentType: file.contentType,
  size: file.size,
  sha256: file.sha256,
  hasPreview: file.preview !== null,
  projectId: file.projectId,
  productId: file.productId,
  uploadedBy: file.uploadedBy,
  uploadedAt: file.uploadedAt.toISOString(),
});

const auditSnapshot = (file: DesignFileEntity) => ({
  name: file.name,
  kind: file.kind,
  size: file.size,
  sha256: file.sha256,
  projectId: file.projectId,
  productId: file.productId,
});

/**
 * Design files of projects and products (DXF, PDF, LightBurn, PNG/JPEG): checked by content and
 * extension, stored under DATA_DIR/uploads/production with their SHA-256 and a rendered preview.
 */
@Injectable()
export class DesignFilesService {
  private readonly root: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    config: AppConfig,
  ) {
    this.root = path.join(config.env.DATA_DIR, 'uploads', 'production');
  }

  async listOf(
    owner: DesignFileOwner,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DesignFile[]> {
    const files = await manager
      .getRepository(DesignFileEntity)
      .find({ where: owner, order: { uploadedAt: 'DESC', name: 'ASC' } });
    return files.map(toDesignFileDto);
  }

  async upload(
    principal: Principal,
    owner: DesignFileOwner,
    file: ReceivedFile | undefined,
  ): Promise<DesignFile> {
    if (!file)
      throw new ValidationError([
        { path: 'file', message: 'Attach a DXF, PDF, LightBurn, PNG or JPEG file in the field "file"' },
      ]);
    const name = path.basename(file.originalname.replaceAll('\\', '/')).trim() || 'design';
    const content = designFileContent(name, await readHead(file.path, HEAD_BYTES));
    if ('refused' in content) throw new ValidationError([{ path: 'file', message: content.refused }]);
    const preview = await renderPreview(content.kind, file.path).catch(() => {
      throw new ValidationError([
        { path: 'file', message: 'This image cannot be read: it is damaged or not an image' },
      ]);
    });
    const sha256 = await sha256Of(file.path);
    await mkdir(this.root, { recursive: true });
    return this.unitOfWork.run(async (work) => {
      await this.lockOwner(work.manager, owner);
      const stored = await work.manager.save(
        work.manager.create(DesignFileEntity, {
          ...{ projectId: null, productId: null },
          ...owner,
          name,
          kind: content.kind,
          contentType: content.contentType,
          size: file.size,
          sha256,
          preview: preview?.extension ?? null,
          uploadedBy: principalLabel(principal),
        }),
      );
      const paths = this.pathsOf(stored);
      work.onRollback(() => this.discard([stored]));
      await rename(file.path, paths.original);
      if (preview && paths.preview) await writeFile(paths.preview, preview.data);
      await work.audit({
        entityType: 'design_file',
        entityId: stored.id,
        action: 'create',
        changes: createdFields(auditSnapshot(stored)),
      });
      announceProductionChange(work, 'design_file', stored.id, 'create');
      return toDesignFileDto(stored);
    });
  }

  async open(
    id: string,
    part: 'original' | 'preview',
  ): Promise<{ name: string; contentType: string; stream: Readable }> {
    const file = await this.dataSource.getRepository(DesignFileEntity).findOneBy({ id });
    if (!file) throw new NotFoundError('Design file', id);
    const paths = this.pathsOf(file);
    if (part === 'original')
      return { name: file.name, contentType: file.contentType, stream: createReadStream(paths.original) };
    if (!paths.preview) throw new NotFoundError('Preview of design file', id);
    const contentType =
      { svg: 'image/svg+xml', png: 'image/png', webp: 'image/webp' }[file.preview ?? ''] ??
      'application/octet-stream';
    return { name: `${file.name}.${file.preview}`, contentType, stream: createReadStream(paths.preview) };
  }

  async remove(id: string): Promise<void> {
    const file = await this.unitOfWork.run(async (work) => {
      const row = await work.manager
        .getRepository(DesignFileEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundError('Design file', id);
      await work.manager.delete(DesignFileEntity, { id });
      await work.audit({
        entityType: 'design_file',
        entityId: id,
        action: 'delete',
        changes: diffFields(auditSnapshot(row), {}),
      });
      announceProductionChange(work, 'design_file', id, 'delete');
      return row;
    });
    await this.discard([file]);
  }

  /** A product's files, read before the product goes (their rows go by cascade). */
  filesOfProduct(manager: EntityManager, productId: string): Promise<DesignFileEntity[]> {
    return manager.getRepository(DesignFileEntity).findBy({ productId });
  }

  /** The files of a customer's projects, read before the projects go (their rows go by cascade). */
  filesOfCustomer(manager: EntityManager, customerId: string): Promise<DesignFileEntity[]> {
    return manager
      .createQueryBuilder(DesignFileEntity, 'f')
      .innerJoin(ProjectEntity, 'p', 'p.id = f.project_id')
      .where('p.customer_id = :customerId', { customerId })
      .getMany();
  }

  /** Removes stored files (and previews) from disk, once their rows are gone. */
  async discard(files: DesignFileEntity[]): Promise<void> {
    for (const file of files) {
      const paths = this.pathsOf(file);
      await rm(paths.original, { force: true });
      if (paths.preview) await rm(paths.preview, { force: true });
    }
  }

  private pathsOf(file: DesignFileEntity): { original: string; preview: string | null } {
    const original = path.join(this.root, file.id);
    return { original, preview: file.preview ? `${original}.preview.${file.preview}` : null };
  }

  /** The owner, locked so that it cannot be deleted while its file is being added. */
  private async lockOwner(manager: EntityManager, owner: DesignFileOwner): Promise<void> {
    const [entity, id, label] =
      'projectId' in owner
        ? [ProjectEntity, owner.projectId, 'Project']
        : [ProductEntity, owner.productId, 'Product'];
    const found = await manager
      .getRepository<{ id: string }>(entity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw new NotFoundError(label, id);
  }
}
