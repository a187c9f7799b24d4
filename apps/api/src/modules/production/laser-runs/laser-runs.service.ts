import { Injectable } from '@nestjs/common';
import type {
  CreateLaserRunInputSchema,
  LaserRun,
  LaserRunListQuerySchema,
  OperatorDetail,
  Page,
  ProjectDetail,
} from '@factoryops/contracts';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type SelectQueryBuilder,
} from 'typeorm';
import type { z } from 'zod';
import { NotFoundError, ValidationError } from '../../../common/domain-errors.js';
import { fetchPage } from '../../../common/paging.js';
import { type Principal, principalLabel } from '../../../common/principal.js';
import { UnitOfWork, type Work } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import type { AuditRecord } from '../../audit/audit-writer.js';
import { InventoryService } from '../inventory/inventory.service.js';
import { OperatorEntity } from '../operators/operator.entity.js';
import { OperatorsService } from '../operators/operators.service.js';
import { PresetEntity } from '../presets/preset.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ProjectsService } from '../projects/projects.service.js';
import { QueueItemEntity } from '../queue/queue-item.entity.js';
import { cutEfficiency } from './cut-efficiency.js';
import { LaserRunEntity } from './laser-run.entity.js';
import { laserRunAuditSnapshot, toLaserRunDto } from './laser-run.mapper.js';
import { runReferenceProblems } from './laser-run-rules.js';

type ListQuery = z.output<typeof LaserRunListQuerySchema>;
type CreateInput = z.output<typeof CreateLaserRunInputSchema>;

const SORT_COLUMNS: Record<string, string> = { runDate: 'r.run_date', cutMinutes: 'r.cut_minutes' };
const RECENT_RUNS = 10;

/** Tells every open run list, project and operator page and the dashboard, once the transaction committed. */
function announceRun(work: Work, run: LaserRunEntity, action: 'create' | 'delete'): void {
  work.emitAfterCommit({
    type: 'production.run.changed',
    payload: {
      runId: run.id,
      projectId: run.projectId,
      operatorId: run.operatorId,
      action,
      runDate: run.runDate,
      at: new Date().toISOString(),
    },
  });
}

/** The audit entry of a deleted run: every field it had. */
const deletionOf = (run: LaserRunEntity): AuditRecord => ({
  entityType: 'laser_run',
  entityId: run.id,
  action: 'delete',
  changes: diffFields(laserRunAuditSnapshot(run), {}),
});

/**
 * Laser runs (seed module 5): logged against a project (and its queue item) by an operator, with the
 * preset used; and what they add up to for a project (efficiency) and an operator (totals).
 */
@Injectable()
export class LaserRunsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly projects: ProjectsService,
    private readonly operators: OperatorsService,
    private readonly inventory: InventoryService,
  ) {}

  list(query: ListQuery): Promise<Page<LaserRun>> {
    const builder = this.withNames(this.dataSource.manager);
    if (query.from) builder.andWhere('r.run_date >= :from', { from: query.from });
    if (query.to) builder.andWhere('r.run_date <= :to', { to: query.to });
    if (query.operatorId) builder.andWhere('r.operator_id = :operatorId', { operatorId: query.operatorId });
    if (query.projectId) builder.andWhere('r.project_id = :projectId', { projectId: query.projectId });
    if (query.material)
      builder.andWhere('lower(r.material) = lower(:material)', { material: query.material });
    const descending = query.sort.startsWith('-');
    builder
      .orderBy(SORT_COLUMNS[query.sort.replace('-', '')], descending ? 'DESC' : 'ASC')
      .addOrderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'ASC');
    return fetchPage(builder, query, toLaserRunDto);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<LaserRun> {
    const run = await this.withNames(manager).where('r.id = :id', { id }).getOne();
    if (!run) throw new NotFoundError('Laser run', id);
    return toLaserRunDto(run);
  }

  /**
   * Logs a run, dated today (site zone) unless it says otherwise, and takes its sheets from stock (a
   * usage with the project's code as reference) in the same transaction. Unknown project, queue item,
   * operator, preset or stock item: 404; one that does not fit the run: 400 naming each field that does
   * not; fewer sheets in stock than it cut: 400 naming `sheets`, and nothing is written.
   */
  create(input: CreateInput, principal: Principal): Promise<LaserRun> {
    return this.unitOfWork.run(async (work) => {
      const { manager } = work;
      const project = await found(manager, ProjectEntity, input.projectId, 'Project');
      const queueItem = input.queueItemId
        ? await found(manager, QueueItemEntity, input.queueItemId, 'Queue item')
        : null;
      const operator = await found(manager, OperatorEntity, input.operatorId, 'Operator');
      const preset = input.presetId ? await found(manager, PresetEntity, input.presetId, 'Preset') : null;
      const stock = await this.inventory.stockForRun(manager, input);
      const chosen = input.inventoryItemId ? stock.item : null;
      const problems = runReferenceProblems({
        ...input,
        queueItem,
        operator,
        preset,
        stock: { chosen, matches: stock.matches },
      });
      if (problems.length > 0) throw new ValidationError(problems);

      const { inventoryItemId: _, ...fields } = input;
      const { id } = await manager.save(
        manager.create(LaserRunEntity, {
          ...fields,
          runDate: input.runDate ?? this.projects.today(),
          recordedByUserId: principal.kind === 'user' ? principal.id : null,
          recordedBy: principalLabel(principal),
        }),
      );
      const run = await manager.findOneByOrFail(LaserRunEntity, { id });
      await work.audit({
        entityType: 'laser_run',
        entityId: id,
        action: 'create',
        changes: createdFields(laserRunAuditSnapshot(run)),
      });
      if (stock.item && run.sheets > 0)
        await this.inventory.takeForRun(work, stock.item.id, run, project.code, principal);
      announceRun(work, run, 'create');
      return this.get(id, manager);
    });
  }

  /** Deletes a run; the sheets it took from stock go back (a return), in the same transaction. */
  remove(id: string, principal: Principal): Promise<void> {
    return this.unitOfWork.run(async (work) => {
      const run = await work.manager.findOne(LaserRunEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!run) throw new NotFoundError('Laser run', id);
      await this.inventory.returnRunSheets(work, id, principal);
      await work.manager.delete(LaserRunEntity, { id });
      await work.audit(deletionOf(run));
      announceRun(work, run, 'delete');
    });
  }

  /**
   * Deletes the runs of a customer's projects in `work` (the client is deleted with its projects, which
   * would otherwise take their runs with them unseen): each audited, in one statement, and announced once.
   */
  async removeAllOfCustomer(work: Work, customerId: string): Promise<void> {
    const runs = await work.manager
      .createQueryBuilder(LaserRunEntity, 'r')
      .innerJoin('r.project', 'p')
      .where('p.customer_id = :customerId', { customerId })
      .setLock('pessimistic_write', undefined, ['r'])
      .getMany();
    if (runs.length === 0) return;
    await work.manager.delete(
      LaserRunEntity,
      runs.map((run) => run.id),
    );
    await work.audit(...runs.map(deletionOf));
    announceRun(work, runs[0], 'delete');
  }

  /** A project with the minutes its runs took, and its efficiency: estimated over those minutes. */
  async projectDetail(id: string): Promise<ProjectDetail> {
    const project = await this.projects.get(id);
    const [{ minutes }]: { minutes: number }[] = await this.dataSource.query(
      'SELECT coalesce(sum(cut_minutes), 0)::int AS minutes FROM production_laser_runs WHERE project_id = $1',
      [id],
    );
    return {
      ...project,
      actualCutMinutes: minutes,
      efficiency: cutEfficiency(project.estimatedCutMinutes, minutes),
    };
  }

  /** An operator with their totals over all their runs, and their latest runs. */
  async operatorDetail(id: string): Promise<OperatorDetail> {
    const operator = await this.operators.get(id);
    const [totals]: OperatorDetail['totals'][] = await this.dataSource.query(
      `SELECT count(*)::int AS runs, coalesce(sum(cut_minutes), 0)::int AS "cutMinutes",
              coalesce(sum(sheets), 0)::int AS sheets, coalesce(sum(parts), 0)::int AS parts,
              count(DISTINCT project_id)::int AS projects, max(run_date)::text AS "lastRunDate"
         FROM production_laser_runs WHERE operator_id = $1`,
      [id],
    );
    const recent = await this.list({ operatorId: id, page: 1, pageSize: RECENT_RUNS, sort: '-runDate' });
    return { ...operator, totals, recentRuns: recent.items };
  }

  /** Runs with what their answer names: project and client, operator, queue item and preset. */
  private withNames(manager: EntityManager): SelectQueryBuilder<LaserRunEntity> {
    return manager
      .getRepository(LaserRunEntity)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.project', 'p')
      .innerJoinAndSelect('p.customer', 'c')
      .innerJoinAndSelect('r.operator', 'o')
      .leftJoinAndSelect('r.queueItem', 'q')
      .leftJoinAndSelect('r.preset', 's');
  }
}

/** The row of `entity` with `id`, or 404 naming it `label`. */
async function found<E extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  label: string,
): Promise<E> {
  const row = await manager.findOneBy(entity, { id } as FindOptionsWhere<E>);
  if (!row) throw new NotFoundError(label, id);
  return row;
}
