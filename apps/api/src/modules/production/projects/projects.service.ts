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
import { fetchPageById, SqlValues } from '../../../common/paging.js';
import { columnsAsProperties } from '../../../database/prepared-statements.js';
import { dayIn } from '../../../common/site-calendar.js';
import { AppConfig } from '../../../config/app-config.js';
import { UnitOfWork, type Work } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import type { AuditRecord } from '../../audit/audit-writer.js';
import type { CustomerEntity } from '../../customers/customer.entity.js';
import { customerCode } from '../../customers/customer-code.js';
import { MessageAutomations } from '../communications/message-automations.service.js';
import { CustomersService } from '../../customers/customers.service.js';
import { announceProductionChange } from '../production-changes.js';
import { addDays } from '../queue/business-days.js';
import { type ProjectFields, projectAuditSnapshot, toProjectDto } from './project.mapper.js';
import { OPEN_PROJECT, ProjectEntity } from './project.entity.js';
import { assertStatusChange } from './project-status.js';
import { projectCode, projectMonth } from './production-codes.js';

type ListQuery = z.output<typeof ProjectListQuerySchema>;
type CreateInput = z.output<typeof CreateProjectInputSchema>;
/** A row of the list: the project's fields, and what it shows of its client. */
type ProjectRow = ProjectFields & { clientNumber: number; clientName: string };

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
/** The totals of the lists filtered by nothing but the status ($1), kept by ProjectCountEntity's triggers. */
const COUNTED_TOTAL = {
  all: 'SELECT coalesce(sum(projects), 0) AS total FROM production_project_counts',
  ofStatus: 'SELECT coalesce(sum(projects), 0) AS total FROM production_project_counts WHERE status = $1',
};
/** SQL: the project aliased `p` is still open (neither completed nor cancelled). */
export const OPEN = `p.${OPEN_PROJECT}`;

/** Projects of the laser shop (seed 002 module 3): codes, fields, filters and the status lifecycle. */
@Injectable()
export class ProjectsService {
  private readonly timeZone: string;
  /** What the list reads of a project and its client. */
  private readonly listColumns: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly customers: CustomersService,
    private readonly automations: MessageAutomations,
    config: AppConfig,
  ) {
    this.timeZone = config.env.SITE_TIME_ZONE;
    this.listColumns = `${columnsAsProperties(dataSource, ProjectEntity, 'p')}, c.number AS "clientNumber", c.name AS "clientName"`;
  }

  /** Today in the site's time zone. */
  today(): string {
    return dayIn(new Date(), this.timeZone);
  }

  /** A page of projects: filtered and ordered on the projects table alone, then read with their clients. */
  list(query: ListQuery): Promise<Page<Project>> {
    const today = this.today();
    const sql = new SqlValues();
    const conditions: string[] = [];
    if (query.status) conditions.push(`p.status = ${sql.add(query.status)}`);
    if (query.clientId) conditions.push(`p.customer_id = ${sql.add(query.clientId)}`);
    if (query.q) {
      const pattern = sql.add(containsPattern(query.q));
      conditions.push(`(p.code ILIKE ${pattern} OR p.name ILIKE ${pattern})`);
    }
    if (query.onHold) conditions.push(`p.on_hold = ${sql.add(query.onHold === 'true')}`);
    if (query.popDeadlineWithin !== undefined)
      conditions.push(`p.pop_deadline <= ${sql.add(addDays(today, query.popDeadlineWithin))} AND ${OPEN}`);
    if (query.overdue === 'true') conditions.push(`p.due_date < ${sql.add(today)} AND ${OPEN}`);
    if (query.overdue === 'false')
      conditions.push(`NOT (p.due_date IS NOT NULL AND p.due_date < ${sql.add(today)} AND ${OPEN})`);
    const countedByStatus = conditions.length === (query.status ? 1 : 0);
    const { column, nulls } = SORT_COLUMNS[query.sort.replace('-', '')];
    const direction = query.sort.startsWith('-') ? 'DESC' : 'ASC';
    return fetchPageById<ProjectRow, Project>(
      this.dataSource.manager,
      {
        table: 'production_projects p',
        conditions,
        order: `${column} ${direction}${nulls ? ` ${nulls}` : ''}, p.id`,
        columns: this.listColumns,
        joins: 'JOIN customers c ON c.id = p.customer_id',
        values: sql.values,
        total: countedByStatus ? COUNTED_TOTAL[query.status ? 'ofStatus' : 'all'] : undefined,
      },
      query,
      (row) =>
        toProjectDto(row, { id: row.customerId, number: row.clientNumber, name: row.clientName }, today),
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
      announceProductionChange(work, 'project', project.id, 'create');
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
      if (Object.keys(changed).length > 0) {
        await work.audit({ entityType: 'project', entityId: id, action: 'update', changes: changed });
        announceProductionChange(work, 'project', id, 'update');
      }
      return this.get(id, work.manager);
    });
  }

  /** `POST …/status`: only the changes the lifecycle allows (see PROJECT_STATUS_CHANGES). */
  async changeStatus(id: string, input: ProjectStatusInput): Promise<Project> {
    const changed = await this.unitOfWork.run(async (work) => {
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
      announceProductionChange(work, 'project', id, 'status');
      if (input.status === 'Completed') await this.collectionReady(work, id);
      return this.get(id, work.manager);
    });
    if (input.status === 'Completed') this.automations.wake();
    return changed;
  }

  /** Seed §5.2: a completed project's client is told it is ready for collection (once), if switched on. */
  collectionReady(work: Work, projectId: string): Promise<void> {
    return this.automations.send(work, 'collection-ready', { projectId }, `collection-ready:${projectId}`);
  }

  /**
   * Deletes every project of a customer in `work` (a client deleted with its projects), each audited (in
   * one statement). Their queue items must be gone first (see removeQueueItemsOfCustomer).
   */
  async removeAllOf(work: Work, customerId: string): Promise<void> {
    const projects = await work.manager.getRepository(ProjectEntity).find({ where: { customerId } });
    if (projects.length === 0) return;
    await work.manager.delete(
      ProjectEntity,
      projects.map((project) => project.id),
    );
    await work.audit(
      ...projects.map(
        (project): AuditRecord => ({
          entityType: 'project',
          entityId: project.id,
          action: 'delete',
          changes: diffFields(projectAuditSnapshot(project), {}),
        }),
      ),
    );
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
