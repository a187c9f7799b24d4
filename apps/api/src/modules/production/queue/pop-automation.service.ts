import { Injectable } from '@nestjs/common';
import {
  POP_DEADLINE_DAYS,
  POP_ELIGIBLE_STATUSES,
  type PopInput,
  type PopResult,
} from '@factoryops/contracts';
import { lockForChange, writeChanges } from '../../../database/locked-row.js';
import { ConflictError, RuleViolationError } from '../../../common/domain-errors.js';
import { AppConfig } from '../../../config/app-config.js';
import { UnitOfWork, type Work } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import type { CustomerEntity } from '../../customers/customer.entity.js';
import { MessageAutomations } from '../communications/message-automations.service.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { projectAuditSnapshot, toProjectDto } from '../projects/project.mapper.js';
import { ProjectsService } from '../projects/projects.service.js';
import { addDays, nextBusinessDay } from './business-days.js';
import { QueueItemEntity } from './queue-item.entity.js';
import { queueItemAuditSnapshot, toQueueItemDto } from './queue-item.mapper.js';
import { announceQueue, lockQueue } from './queue.service.js';

/**
 * Seed automation 1: a proof of payment (POP) approves the project and queues it, all in one
 * transaction — project fields, the queue item at the end of the queue, both audit entries and the
 * client's confirmation email in the outbox (the POP confirmation automation's template, when it is
 * switched on) — or nothing at all.
 */
@Injectable()
export class PopAutomation {
  private readonly holidays: ReadonlySet<string>;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly projects: ProjectsService,
    private readonly automations: MessageAutomations,
    config: AppConfig,
  ) {
    this.holidays = new Set(
      config.env.PRODUCTION_HOLIDAYS.split(',')
        .map((day) => day.trim())
        .filter(Boolean),
    );
  }

  async markReceived(projectId: string, input: PopInput): Promise<PopResult> {
    const result = await this.unitOfWork.run(async (work) => {
      // The queue first, then the project (see lockQueue): the item goes at the end of the queue.
      await lockQueue(work);
      const project = await lockForChange(work.manager, ProjectEntity, projectId, undefined, 'Project', {
        read: ['customer'],
      });
      const customer = project.customer as CustomerEntity;
      if (project.popReceived)
        throw new ConflictError(
          `The proof of payment of ${project.code} was already received`,
          'popReceived',
        );
      if (!POP_ELIGIBLE_STATUSES.includes(project.status))
        throw new RuleViolationError(
          `A project in "${project.status}" cannot receive a proof of payment`,
          'status',
        );
      const receivedOn = input.receivedOn ?? this.projects.today();
      const before = projectAuditSnapshot(project);
      await writeChanges(work.manager, ProjectEntity, project, {
        popReceived: true,
        popReceivedOn: receivedOn,
        popDeadline: addDays(receivedOn, POP_DEADLINE_DAYS),
        status: 'Approved (POP Received)',
      });
      const item = await this.enqueue(work, project, nextBusinessDay(receivedOn, this.holidays));
      await work.audit(
        {
          entityType: 'project',
          entityId: project.id,
          action: 'update',
          changes: diffFields(before, projectAuditSnapshot(project)),
        },
        {
          entityType: 'production_queue_item',
          entityId: item.id,
          action: 'create',
          changes: createdFields(queueItemAuditSnapshot(item)),
        },
      );
      await this.automations.send(work, 'pop-confirmation', { projectId }, `pop:${project.id}`);
      return {
        project: toProjectDto(project, customer, this.projects.today()),
        queueItem: toQueueItemDto(item, project, customer),
      };
    });
    this.automations.wake();
    return result;
  }

  /**
   * A queue item for the project at the end of the queue (audited by the caller, with the project). The
   * caller holds the queue's lock, so items queued at the same moment take consecutive, distinct positions.
   */
  private async enqueue(work: Work, project: ProjectEntity, scheduledDate: string): Promise<QueueItemEntity> {
    const fields = {
      projectId: project.id,
      status: 'Queued' as const,
      priority: 'Normal' as const,
      scheduledDate,
      estimatedMinutes: project.estimatedCutMinutes,
    };
    // The position chosen by the insert itself, under the queue's lock: one round trip.
    const { raw } = await work.manager
      .createQueryBuilder()
      .insert()
      .into(QueueItemEntity)
      .values({
        ...fields,
        position: () => '(SELECT coalesce(max(position), 0) + 1 FROM production_queue_items)',
      })
      .returning('id, position, created_at AS "createdAt", version')
      .execute();
    const item = work.manager.create(QueueItemEntity, {
      ...fields,
      ...(raw as Pick<QueueItemEntity, 'id' | 'position' | 'createdAt' | 'version'>[])[0],
      startedAt: null,
      completedAt: null,
    });
    announceQueue(work, item, 'queued');
    return item;
  }
}
