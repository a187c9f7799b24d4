import { Injectable } from '@nestjs/common';
import type {
  CreateProjectInputSchema,
  Page,
  Project,
  ProjectListQuerySchema,
  ProjectStatusInput,
  UpdateProjectInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { lockForChange } from '../../../database/locked-row.js';
import type { z } from 'zod';
import { applyPatch } from '../../../common/patch.js';
import { NotFoundError } from '../../../common/domain-errors.js';
import { containsPattern } from '../../../common/like-pattern.js';
import { fetchPageById } from '../../../common/paging.js';
import { dayIn } from '../../../common/site-calendar.js';
import { AppConfig } from '../../../config/app-config.js';
import { UnitOfWork, type Work } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import type { CustomerEntity } from '../../customers/customer.entity.js';
import { customerCode } from '../../customers/customer-code.js';
import { CustomersService } from '../../customers/customers.service.js';
import { addDays } from '../queue/business-days.js';
import { projectAuditSnapshot, toProjectDto } from './project.mapper.js';
import { OPEN_PROJECT, ProjectEntity } from './project.entity.js';
import { assertStatusChange } from './project-status.js';
import { projectCode, projectMonth } from './production-codes.js';

type ListQuery = z.output<typeof ProjectListQuerySchema>;
type CreateInput = z.output<typeof CreateProjectInputSchema>;

/**
 * The sortable columns. Only the due date may be empty (those come last either way); the others are
 * sorted without NULLS LAST, which they never need and which would keep their indexes from serving the
 * order.
 */
const SORT_COLUMNS: Record<string, { column: string; nulls?: 'NULLS LAST' }> = {
  createdAt: { column: 'p.created_at' },
  code: { column: 'p.code' },
  dueDate: { column: 'p.due_date', nulls: 'NULLS LAST' },
  name: { column: 'p.name' },
};
/** SQL: the project aliased `p` is still open (neither completed nor cancelled). */
export const OPEN = `p.${OPEN_PROJECT}`;

/** Projects of the laser shop (seed 002 module 3): codes, fields, filters and the status lifecycle. */
@Injectable()
export class ProjectsService {
  private readonly timeZone: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly customers: CustomersService,
    config: AppConfig,
  ) {
    this.timeZone = config.env.SITE_TIME_ZONE;
  }

  /** Today in the site's time zone. */
  today(): string {
    return dayIn(new Date(), this.timeZone);
  }

  /** A page of projects: filtered and ordered on the projects table alone, then read with their clients. */
  async list(query: ListQuery): Promise<Page<Project>> {
    const projects = this.dataSource.getRepository(ProjectEntity);
    const filtered = projects.createQueryBuilder('p');
    const today = this.today();
    if (query.status) filtered.andWhere('p.status = :status', { status: query.status });
    if (query.clientId) filtered.andWhere('p.customer_id = :clientId', { clientId: query.clientId });
    if (query.q) filtered.andWhere('(p.code ILIKE :q OR p.name ILIKE :q)', { q: containsPattern(query.q) });
    if (query.onHold) filtered.andWhere('p.on_hold = :onHold', { onHold: query.onHold === 'true' });
    if (query.popDeadlineWithin !== undefined)
      filtered.andWhere(`p.pop_deadline <= :deadlineBy AND ${OPEN}`, {
        deadlineBy: addDays(today, query.popDeadlineWithin),
      });
    if (query.overdue === 'true') filtered.andWhere(`p.due_date < :today AND ${OPEN}`, { today });
    if (query.overdue === 'false')
      filtered.andWhere(`NOT (p.due_date IS NOT NULL AND p.due_date < :today AND ${OPEN})`, { today });
    const { column, nulls } = SORT_COLUMNS[query.sort.replace('-', '')];
    filtered.orderBy(column, query.sort.startsWith('-') ? 'DESC' : 'ASC', nulls).addOrderBy('p.id', 'ASC');
    return fetchPageById(
      filtered,
      query,
      projects.createQueryBuilder('p').innerJoinAndSelect('p.customer', 'c'),
      (project) => this.toDto(project, today),
    );
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<Project> {
    return this.toDto(await this.find(manager, id), this.today());
  }

  /** A client's projects, newest first. */
  ofCustomer(customerId: string): Promise<Project[]> {
    return this.newestFirst({ where: { customerId } });
  }

  /** The `count` newest projects. */
  newest(count: number): Promise<Project[]> {
    return this.newestFirst({ take: count });
  }

  /** How many projects each of these customers has. */
  async countsOf(customerIds: string[]): Promise<Map<string, number>> {
    if (customerIds.length === 0) return new Map();
    const rows: { customer_id: string; count: string }[] = await this.dataSource.query(
      'SELECT customer_id, count(*) AS count FROM production_projects WHERE customer_id = ANY($1) GROUP BY customer_id',
      [customerIds],
    );
    return new Map(rows.map((row) => [row.customer_id, Number(row.count)]));
  }

  /**
   * A new project with the next code of its client and month. The client's row is locked while the
   * number is chosen, so concurrent creations for one client queue up and never share a number.
   */
  create(input: CreateInput): Promise<Project> {
    return this.unitOfWork.run(async (work) => {
      const customer = await this.customers.find(work.manager, input.clientId, true);
      const now = new Date();
      const month = projectMonth(now, this.timeZone);
      const [{ next }]: { next: number }[] = await work.manager.query(
        'SELECT coalesce(max(number), 0) + 1 AS next FROM production_projects WHERE customer_id = $1 AND month = $2',
        [customer.id, month],
      );
      const { clientId: _, ...fields } = input;
      const project = await work.manager.save(
        work.manager.create(ProjectEntity, {
          ...fields,
          customerId: customer.id,
          month,
          number: next,
          code: projectCode(month, customerCode(customer.number), next),
        }),
      );
      await work.audit({
        entityType: 'project',
        entityId: project.id,
        action: 'create',
        changes: createdFields(projectAuditSnapshot(project)),
      });
      return this.get(project.id, work.manager);
    });
  }

  update(id: string, input: UpdateProjectInput): Promise<Project> {
    return this.unitOfWork.run(async (work) => {
      const project = await lockForChange(work.manager, ProjectEntity, id, input.version, 'Project');
      const before = projectAuditSnapshot(project);
      const { version: _, ...changes } = input;
      applyPatch(project, changes);
      if (changes.clientNotified === true && !before.clientNotified) project.clientNotifiedAt = new Date();
      if (changes.clientNotified === false) project.clientNotifiedAt = null;
      const saved = await work.manager.save(project);
      const changed = diffFields(before, projectAuditSnapshot(saved));
      if (Object.keys(changed).length > 0)
        await work.audit({ entityType: 'project', entityId: id, action: 'update', changes: changed });
      return this.get(id, work.manager);
    });
  }

  /** `POST …/status`: only the changes the lifecycle allows (see PROJECT_STATUS_CHANGES). */
  changeStatus(id: string, input: ProjectStatusInput): Promise<Project> {
    return this.unitOfWork.run(async (work) => {
      const project = await lockForChange(work.manager, ProjectEntity, id, input.version, 'Project');
      assertStatusChange(project.status, input.status);
      const from = project.status;
      project.status = input.status;
      await work.manager.save(project);
      await work.audit({
        entityType: 'project',
        entityId: id,
        action: 'status',
        changes: { status: { from, to: input.status } },
      });
      return this.get(id, work.manager);
    });
  }

  /** Deletes every project of a customer in `work` (a client deleted with its projects), audited each. */
  async removeAllOf(work: Work, customerId: string): Promise<void> {
    const projects = await work.manager.getRepository(ProjectEntity).find({ where: { customerId } });
    for (const project of projects) {
      const snapshot = projectAuditSnapshot(project);
      const { id } = project;
      await work.manager.remove(project);
      await work.audit({
        entityType: 'project',
        entityId: id,
        action: 'delete',
        changes: diffFields(snapshot, {}),
      });
    }
  }

  private async find(manager: EntityManager, id: string): Promise<ProjectEntity> {
    const project = await manager
      .getRepository(ProjectEntity)
      .findOne({ where: { id }, relations: { customer: true } });
    if (!project) throw new NotFoundError('Project', id);
    return project;
  }

  private async newestFirst(options: {
    where?: FindOptionsWhere<ProjectEntity>;
    take?: number;
  }): Promise<Project[]> {
    const today = this.today();
    const projects = await this.dataSource.getRepository(ProjectEntity).find({
      ...options,
      relations: { customer: true },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    return projects.map((project) => this.toDto(project, today));
  }

  private toDto(project: ProjectEntity, today: string): Project {
    return toProjectDto(project, project.customer as CustomerEntity, today);
  }
}
