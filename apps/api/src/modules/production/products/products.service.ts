import { Injectable } from '@nestjs/common';
import type {
  CreateProductInputSchema,
  Page,
  Product,
  ProductDetail,
  ProductListQuerySchema,
  UpdateProductInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ConflictError, NotFoundError } from '../../../common/domain-errors.js';
import { containsPattern } from '../../../common/like-pattern.js';
import { fetchPage } from '../../../common/paging.js';
import { applyPatch } from '../../../common/patch.js';
import { lockForChange } from '../../../database/locked-row.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import { DesignFilesService } from '../design-files/design-files.service.js';
import { announceProductionChange } from '../production-changes.js';
import { productAuditSnapshot, toProductDto } from './product.mapper.js';
import { ProductEntity } from './product.entity.js';
import { ProjectProductEntity } from './project-product.entity.js';

const PROJECT_COUNT = '(SELECT count(*) FROM production_project_products pp WHERE pp.product_id = p.id)::int';

/** The product catalogue (seed module 4): SKU unique (without regard to case), design files, the projects using it. */
@Injectable()
export class ProductsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly designFiles: DesignFilesService,
  ) {}

  list(query: z.output<typeof ProductListQuerySchema>): Promise<Page<Product>> {
    const builder = this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .addSelect(PROJECT_COUNT, 'project_count');
    if (query.q)
      builder.andWhere('(p.sku ILIKE :q OR p.name ILIKE :q OR p.description ILIKE :q)', {
        q: containsPattern(query.q),
      });
    if (query.material)
      builder.andWhere('lower(p.material) = lower(:material)', { material: query.material });
    builder.orderBy('p.sku', 'ASC').addOrderBy('p.id', 'ASC');
    return fetchPage(builder, query, (product, raw) => toProductDto(product, Number(raw.project_count ?? 0)));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<ProductDetail> {
    const { entities, raw } = await manager
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .addSelect(PROJECT_COUNT, 'project_count')
      .where('p.id = :id', { id })
      .getRawAndEntities();
    const product = entities[0];
    if (!product) throw new NotFoundError('Product', id);
    return {
      ...toProductDto(product, Number(raw[0]?.project_count ?? 0)),
      files: await this.designFiles.listOf({ productId: id }, manager),
    };
  }

  /** The next `SKU-####` after the highest one in use, offered when a product is created. */
  async suggestedSku(): Promise<{ sku: string }> {
    const [{ highest }] = await this.dataSource.query(
      `SELECT COALESCE(max(substring(sku FROM '^SKU-(\\d{1,9})$')::int), 0) AS highest FROM production_products`,
    );
    return { sku: `SKU-${String(Number(highest) + 1).padStart(4, '0')}` };
  }

  create(input: z.output<typeof CreateProductInputSchema>): Promise<ProductDetail> {
    return this.unitOfWork.run(async (work) => {
      await this.refuseTakenSku(work.manager, input.sku);
      const product = await work.manager.save(work.manager.create(ProductEntity, input));
      const stored = await work.manager.findOneByOrFail(ProductEntity, { id: product.id });
      await work.audit({
        entityType: 'production_product',
        entityId: product.id,
        action: 'create',
        changes: createdFields(productAuditSnapshot(stored)),
      });
      announceProductionChange(work, 'product', product.id, 'create');
      return this.get(product.id, work.manager);
    });
  }

  update(id: string, input: UpdateProductInput): Promise<ProductDetail> {
    return this.unitOfWork.run(async (work) => {
      const product = await lockForChange(work.manager, ProductEntity, id, input.version, 'Product');
      const before = productAuditSnapshot(product);
      const { version: _, ...changes } = input;
      if (changes.sku !== undefined && changes.sku !== product.sku)
        await this.refuseTakenSku(work.manager, changes.sku, id);
      applyPatch(product, changes);
      await work.manager.save(product);
      const stored = await work.manager.findOneByOrFail(ProductEntity, { id });
      const changed = diffFields(before, productAuditSnapshot(stored));
      if (Object.keys(changed).length > 0) {
        await work.audit({
          entityType: 'production_product',
          entityId: id,
          action: 'update',
          changes: changed,
        });
        announceProductionChange(work, 'product', id, 'update');
      }
      return this.get(id, work.manager);
    });
  }

  /** Refused (409) while a project lists the product: its lines keep the project's record. */
  async remove(id: string): Promise<void> {
    const files = await this.unitOfWork.run(async (work) => {
      const product = await lockForChange(work.manager, ProductEntity, id, undefined, 'Product');
      const projects = await work.manager.countBy(ProjectProductEntity, { productId: id });
      if (projects > 0)
        throw new ConflictError(
          `${product.sku} is on ${projects} project${projects === 1 ? '' : 's'}: remove it from ${projects === 1 ? 'it' : 'them'} first`,
        );
      const files = await this.designFiles.filesOfProduct(work.manager, id);
      await work.manager.delete(ProductEntity, { id });
      await work.audit({
        entityType: 'production_product',
        entityId: id,
        action: 'delete',
        changes: diffFields(productAuditSnapshot(product), {}),
      });
      announceProductionChange(work, 'product', id, 'delete');
      return files;
    });
    await this.designFiles.discard(files);
  }

  /** The SKU is unique without regard to case (stored upper case); the unique index settles a race (409). */
  private async refuseTakenSku(manager: EntityManager, sku: string, except?: string): Promise<void> {
    const taken = await manager
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .where('upper(p.sku) = upper(:sku)', { sku })
      .andWhere(except ? 'p.id <> :except' : 'TRUE', { except })
      .getExists();
    if (taken) throw new ConflictError(`SKU ${sku} is already used by another product`, 'sku');
  }
}
