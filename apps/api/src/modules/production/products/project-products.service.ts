import { Injectable } from '@nestjs/common';
import type {
  AddProjectProductInput,
  ProjectProduct,
  ProjectProductList,
  UpdateProjectProductInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../../common/domain-errors.js';
import { applyPatch } from '../../../common/patch.js';
import { lockForChange } from '../../../database/locked-row.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import { announceProductionChange } from '../production-changes.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ProductEntity } from './product.entity.js';
import { ProjectProductEntity } from './project-product.entity.js';

interface LineRow {
  id: string;
  project_id: string;
  product_id: string;
  sku: string;
  name: string;
  quantity: number;
  unit_price: string | null;
  line_total: string | null;
  total: string | null;
  version: number;
}

const lineSnapshot = (line: ProjectProductEntity) => ({
  projectId: line.projectId,
  productId: line.productId,
  quantity: line.quantity,
  unitPrice: line.unitPrice,
});

/** A project's products with quantities (the seed's ProjectProduct); line totals are summed in PostgreSQL's numeric. */
@Injectable()
export class ProjectProductsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(
    projectId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProjectProductList> {
    if (!(await manager.existsBy(ProjectEntity, { id: projectId })))
      throw new NotFoundError('Project', projectId);
    const rows: LineRow[] = await manager.query(
      `SELECT pp.id, pp.project_id, pp.product_id, p.sku, p.name, pp.quantity, pp.unit_price::text, pp.version,
              (pp.quantity * pp.unit_price)::numeric(16,2)::text AS line_total,
              (sum(pp.quantity * pp.unit_price) OVER ())::numeric(16,2)::text AS total
         FROM production_project_products pp JOIN production_products p ON p.id = pp.product_id
        WHERE pp.project_id = $1
        ORDER BY p.sku, pp.id`,
      [projectId],
    );
    return { items: rows.map(toLine), total: rows[0]?.total ?? '0.00' };
  }

  /** Adds a product to a project with the product's current unit price; a product is listed once (409). */
  add(projectId: string, input: AddProjectProductInput): Promise<ProjectProduct> {
    return this.unitOfWork.run(async (work) => {
      await lockForChange(work.manager, ProjectEntity, projectId, undefined, 'Project');
      const product = await work.manager.findOneBy(ProductEntity, { id: input.productId });
      if (!product) throw new NotFoundError('Product', input.productId);
      if (await work.manager.existsBy(ProjectProductEntity, { projectId, productId: product.id }))
        throw new ConflictError(
          `${product.sku} is already on this project: change its quantity instead`,
          'productId',
        );
      const line = await work.manager.save(
        work.manager.create(ProjectProductEntity, {
          projectId,
          productId: product.id,
          quantity: input.quantity,
          unitPrice: product.unitPrice,
        }),
      );
      await work.audit({
        entityType: 'project_product',
        entityId: line.id,
        action: 'create',
        changes: createdFields(lineSnapshot(line)),
      });
      announceProductionChange(work, 'project_product', line.id, 'create');
      return this.line(work.manager, projectId, line.id);
    });
  }

  update(projectId: string, lineId: string, input: UpdateProjectProductInput): Promise<ProjectProduct> {
    return this.unitOfWork.run(async (work) => {
      const line = await this.lockLine(work.manager, projectId, lineId, input.version);
      const before = lineSnapshot(line);
      const { version: _, ...changes } = input;
      applyPatch(line, changes);
      await work.manager.save(line);
      const changed = diffFields(before, lineSnapshot(line));
      if (Object.keys(changed).length > 0) {
        await work.audit({
          entityType: 'project_product',
          entityId: lineId,
          action: 'update',
          changes: changed,
        });
        announceProductionChange(work, 'project_product', lineId, 'update');
      }
      return this.line(work.manager, projectId, lineId);
    });
  }

  remove(projectId: string, lineId: string): Promise<void> {
    return this.unitOfWork.run(async (work) => {
      const line = await this.lockLine(work.manager, projectId, lineId, undefined);
      await work.manager.delete(ProjectProductEntity, { id: lineId });
      await work.audit({
        entityType: 'project_product',
        entityId: lineId,
        action: 'delete',
        changes: diffFields(lineSnapshot(line), {}),
      });
      announceProductionChange(work, 'project_product', lineId, 'delete');
    });
  }

  private async lockLine(
    manager: EntityManager,
    projectId: string,
    lineId: string,
    version: number | undefined,
  ): Promise<ProjectProductEntity> {
    const line = await lockForChange(manager, ProjectProductEntity, lineId, version, 'Project product');
    if (line.projectId !== projectId) throw new NotFoundError('Project product', lineId);
    return line;
  }

  private async line(manager: EntityManager, projectId: string, lineId: string): Promise<ProjectProduct> {
    const line = (await this.list(projectId, manager)).items.find((item) => item.id === lineId);
    if (!line) throw new NotFoundError('Project product', lineId);
    return line;
  }
}

const toLine = (row: LineRow): ProjectProduct => ({
  id: row.id,
  projectId: row.project_id,
  productId: row.product_id,
  sku: row.sku,
  name: row.name,
  quantity: row.quantity,
  unitPrice: row.unit_price,
  lineTotal: row.line_total,
  version: row.version,
});
