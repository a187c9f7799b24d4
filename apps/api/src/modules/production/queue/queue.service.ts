import { Injectable } from '@nestjs/common';
import {
  type Page,
  type ProjectStatus,
  QUEUE_ACTIONS,
  type QueueAction,
  type QueueItem,
  type QueueReorderInput,
  type QueueStatus,
  type UpdateQueueItemInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { assertVersion, lockForChange } from '../../../database/locked-row.js';
import { NotFoundError, RuleViolationError } from '../../../common/domain-errors.js';
import { applyPatch } from '../../../common/patch.js';
import { queryPrepared } from '../../../database/prepared-statements.js';
import { UnitOfWork, type Work } from '../../../database/unit-of-work.js';
import { diffFields } from '../../audit/audit-diff.js';
import type { AuditRecord } from '../../audit/audit-writer.js';
import { MessageAutomations } from '../communications/message-automations.service.js';
import { CustomersService } from '../../customers/customers.service.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ProjectsService } from '../projects/projects.service.js';
import { QueueItemEntity } from './queue-item.entity.js';
import { type QueuedFields, queueItemAuditSnapshot, toQueueItemDto } from './queue-item.mapper.js';
import { reorderedQueue } from './queue-order.js';
import { queueStatusAfter } from './queue-status.js';

/** The items still to cut or being cut. */
const ACTIVE: QueueStatus[] = ['Queued', 'In Progress'];

/** A row of the queue as `inOrder` reads it. */
type QueueRow = QueuedFields & {
  projectId: string;
  projectCode: string;
  projectName: string;
  clientName: string;
};

/** SQL: the columns of a queue item `q` as a QueueRow (its own fields under their entity names)… */
const QUEUE_ROW = `q.id, q.status, q.priority, q.scheduled_date::text AS "scheduledDate",
       q.estimated_minutes AS "estimatedMinutes", q.position, q.started_at AS "startedAt",
       q.completed_at AS "completedAt", q.created_at AS "createdAt", q.version,
       p.id AS "projectId", p.code AS "projectCode", p.name AS "projectName", c.name AS "clientName"`;
/** …from the item with its project `p` and client `c`. */
const QUEUE_ROW_FROM = `FROM production_queue_items q
  JOIN production_projects p ON p.id = q.project_id
  JOIN customers c ON c.id = p.customer_id`;

const queueItemOf = (row: QueueRow): QueueItem =>
  toQueueItemDto(
    row,
    { id: row.projectId, code: row.projectCode, name: row.projectName },
    { name: row.clientName },
  );

/** What an announcement of a queue change names of its item. */
type AnnouncedItem = Pick<QueueItemEntity, 'id' | 'projectId' | 'status' | 'position'>;

/** Announces a queue change to every open queue page and dashboard, once the transaction committed. */
export function announceQueue(work: Work, item: AnnouncedItem, action: string): void {
  work.emitAfterCommit({
    type: 'production.queue.changed',
    payload: {
      itemId: item.id,
      projectId: item.projectId,
      action,
      status: item.status,
      at: new Date().toISOString(),
    },
  });
}

/** The cutting queue (seed module 5): its order, and the actions that move an item and its project on. */
@Injectable()
export class QueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly projects: ProjectsService,
    private readonly customers: CustomersService,
    private readonly automations: MessageAutomations,
  ) {}

  /** In cutting order; `active` keeps the items still to cut or being cut. */
  async list(scope: 'active' | 'all'): Promise<Page<QueueItem>> {
    const items = await this.inOrder(scope);
    return { items, total: items.length };
  }

  /** The first `count` items still to cut or being cut. */
  next(count: number): Promise<QueueItem[]> {
    return this.inOrder('active', count);
  }

  /**
   * Read on every move and by every open queue page, so as one prepared statement of plain rows (no
   * entity hydration, which cost more than the reading): an item's own fields under their entity names,
   * beside what it shows of its project and client.
   */
  private async inOrder(
    scope: 'active' | 'all',
    take?: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<QueueItem[]> {
    const rows = await queryPrepared<QueueRow>(
      manager,
      `SELECT ${QUEUE_ROW} ${QUEUE_ROW_FROM} WHERE $1::text[] IS NULL OR q.status = ANY($1)
        ORDER BY q.position
        LIMIT $2`,
      [scope === 'active' ? ACTIVE : null, take ?? null],
    );
    return rows.map(queueItemOf);
  }

  /** Reprioritises or reschedules an item still to cut or being cut (a finished one is history: 400). */
  update(id: string, input: UpdateQueueItemInput): Promise<QueueItem> {
    return this.unitOfWork.run(async (work) => {
      const item = await lockForChange(work.manager, QueueItemEntity, id, input.version, 'Queue item');
      if (item.status === 'Completed' || item.status === 'Cancelled')
        throw new RuleViolationError(
          `A ${item.status.toLowerCase()} queue item can no longer be changed`,
          'status',
        );
      const before = queueItemAuditSnapshot(item);
      const { version: _, ...changes } = input;
      await work.manager.save(applyPatch(item, changes));
      const changed = diffFields(before, queueItemAuditSnapshot(item));
      if (Object.keys(changed).length > 0) {
        await work.audit({
          entityType: 'production_queue_item',
          entityId: id,
          action: 'update',
          changes: changed,
        });
        announceQueue(work, item, 'update');
      }
      const project = await work.manager.getRepository(ProjectEntity).findOneByOrFail({ id: item.projectId });
      return toQueueItemDto(item, project, await this.customers.find(work.manager, project.customerId));
    });
  }

  /**
   * Starts, completes or cancels an item, and moves its project with it in the same transaction (In
   * Progress; Completed with its completion date; Cancelled), each change audited as the queue's doing.
   */
  async act(id: string, action: QueueAction, version?: number): Promise<QueueItem> {
    const acted = await this.unitOfWork.run(async (work) => {
      // A hot write, so in plain prepared statements: the item read with its project (both locked) and
      // client, then both rows changed in one statement.
      const [row] = await queryPrepared<
        QueueRow & { projectStatus: ProjectStatus; completionDate: string | null }
      >(
        work.manager,
        `SELECT ${QUEUE_ROW}, p.status AS "projectStatus", p.completion_date::text AS "completionDate"
           ${QUEUE_ROW_FROM} WHERE q.id = $1 FOR UPDATE OF q, p`,
        [id],
      );
      if (!row) throw new NotFoundError('Queue item', id);
      assertVersion(row, version, 'Queue item');
      const status = queueStatusAfter(action, row.status);
      const project = {
        status: QUEUE_ACTIONS[action].project,
        completionDate: action === 'complete' ? this.projects.today() : row.completionDate,
      };
      const [written] = await queryPrepared<Pick<QueueRow, 'version' | 'startedAt' | 'completedAt'>>(
        work.manager,
        `WITH project AS (
           UPDATE production_projects SET status = $4::text, completion_date = $5::date, version = version + 1, updated_at = now()
            WHERE id = $3::uuid)
         UPDATE production_queue_items
            SET status = $2::text, version = version + 1,
                started_at = CASE WHEN $6::text = 'start' THEN now() ELSE started_at END,
                completed_at = CASE WHEN $6::text = 'complete' THEN now() ELSE completed_at END
          WHERE id = $1
         RETURNING version, started_at AS "startedAt", completed_at AS "completedAt"`,
        [id, status, row.projectId, project.status, project.completionDate, action],
      );
      await work.audit(
        {
          entityType: 'production_queue_item',
          entityId: id,
          action: action === 'cancel' ? 'update' : action,
          changes: { status: { from: row.status, to: status } },
        },
        {
          entityType: 'project',
          entityId: row.projectId,
          action: 'status',
          changes: {
            ...diffFields({ status: row.projectStatus, completionDate: row.completionDate }, project),
            triggeredBy: { from: null, to: `queue item ${row.position} (${action})` },
          },
        },
      );
      if (action === 'complete') await this.projects.collectionReady(work, row.projectId);
      const item = queueItemOf({ ...row, status, ...written });
      announceQueue(work, item, action);
      return item;
    });
    if (action === 'complete') this.automations.wake();
    return acted;
  }

  /**
   * Moves active items (a drag on the board). The queue is locked, the caller's view checked against
   * the current order (stale → 409 with it), and the active items take their own positions again in
   * the new order: positions stay unique and dense whatever number of people reorder at once. Every
   * moved item is audited (in one statement); the move is announced once, naming the dragged item (the
   * first moved one when the whole order is given).
   */
  reorder(input: QueueReorderInput): Promise<Page<QueueItem>> {
    return this.unitOfWork.run(async (work) => {
      await lockQueue(work);
      const active = await this.inOrder('active', undefined, work.manager);
      const order = reorderedQueue(
        active.map((item) => item.id),
        input,
      );
      const positions = active.map((item) => item.position);
      const byId = new Map(active.map((item) => [item.id, item]));
      const moved = order
        .map((id, index) => ({ item: byId.get(id) as QueueItem, position: positions[index] }))
        .filter(({ item, position }) => item.position !== position);
      if (moved.length === 0) return { items: active, total: active.length };
      const written = await queryPrepared<Pick<QueueItem, 'id' | 'status' | 'position' | 'version'>>(
        work.manager,
        `UPDATE production_queue_items q SET position = m.position, version = q.version + 1
           FROM unnest($1::uuid[], $2::int[]) AS m(id, position) WHERE q.id = m.id
         RETURNING q.id, q.status, q.position, q.version`,
        [moved.map(({ item }) => item.id), moved.map(({ position }) => position)],
      );
      await work.audit(
        ...moved.map(
          ({ item, position }): AuditRecord => ({
            entityType: 'production_queue_item',
            entityId: item.id,
            action: 'update',
            changes: { position: { from: item.position, to: position } },
          }),
        ),
      );
      // One notice for the whole move: open queue pages refetch the order, whatever number of items shifted.
      announceQueue(
        work,
        'itemId' in input ? (byId.get(input.itemId) as QueueItem) : moved[0].item,
        'reorder',
      );
      // The answer is the order just written: the moved items as the update left them, the others as read.
      for (const row of written) byId.set(row.id, { ...(byId.get(row.id) as QueueItem), ...row });
      const items = order.map((id) => byId.get(id) as QueueItem);
      return { items, total: items.length };
    });
  }
}

/** A deleted queue item as read back: what its audit entry records, and what its announcement names. */
type RemovedItem = AnnouncedItem & Pick<QueueItemEntity, 'priority' | 'scheduledDate' | 'estimatedMinutes'>;

/**
 * Takes the items of a customer's projects off the queue in `work` (the client is deleted with its
 * projects, which would otherwise take their items with them unseen): each removed item is audited, the
 * items behind them move up so that positions stay 1..n (each move audited too, in the same statement),
 * and open queue pages are told once. The queue is locked first, as for a POP or a reorder.
 */
export async function removeQueueItemsOfCustomer(work: Work, customerId: string): Promise<void> {
  await lockQueue(work);
  const removed = await queryPrepared<RemovedItem>(
    work.manager,
    `DELETE FROM production_queue_items q USING production_projects p
      WHERE p.id = q.project_id AND p.customer_id = $1
      RETURNING q.id, q.project_id AS "projectId", q.status, q.priority, q.scheduled_date::text AS "scheduledDate",
                q.estimated_minutes AS "estimatedMinutes", q.position`,
    [customerId],
  );
  if (removed.length === 0) return;
  const moved = await queryPrepared<{ id: string; from: number; to: number }>(
    work.manager,
    `UPDATE production_queue_items q SET position = n.position, version = q.version + 1
       FROM (SELECT id, position AS old, row_number() OVER (ORDER BY position)::int AS position
               FROM production_queue_items) n
      WHERE q.id = n.id AND q.position <> n.position
      RETURNING q.id, n.old AS "from", q.position AS "to"`,
    [],
  );
  await work.audit(
    ...removed.map(
      (item): AuditRecord => ({
        entityType: 'production_queue_item',
        entityId: item.id,
        action: 'delete',
        changes: diffFields(queueItemAuditSnapshot(item), {}),
      }),
    ),
    ...moved.map(
      ({ id, from, to }): AuditRecord => ({
        entityType: 'production_queue_item',
        entityId: id,
        action: 'update',
        changes: { position: { from, to } },
      }),
    ),
  );
  announceQueue(work, removed[0], 'remove');
}

/**
 * Holds the queue's order for the rest of the transaction: who adds or moves items goes one at a time.
 * Production takes its locks in one order, so that no two changes ever wait on each other in a cycle:
 * the client, then the queue, then queue items, then projects; the project counts (taken by triggers
 * when a project's status changes) come last, and nothing waits for another lock after them.
 */
export async function lockQueue(work: Work): Promise<void> {
  await work.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['production_queue']);
}
