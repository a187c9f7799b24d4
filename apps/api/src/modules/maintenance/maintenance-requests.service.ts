import { AppConfig } from '../../config/app-config.js';
import { dayIn } from '../../common/site-calendar.js';
import { Injectable } from '@nestjs/common';
import type {
  CreateRequestInputSchema,
  MaintenanceRequest,
  MaintenanceRequestSummary,
  Page,
  RequestActions,
  RequestListQuerySchema,
  RequestSource,
  WorkflowState,
} from '@factoryops/contracts';
import { DataSource, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import type { z } from 'zod';
import { ConflictError, NotFoundError, RuleViolationError } from '../../common/domain-errors.js';
import { containsPattern } from '../../common/like-pattern.js';
import { fetchPage } from '../../common/paging.js';
import { type Principal, principalLabel, type UserPrincipal } from '../../common/principal.js';
import { getRawAndEntitiesPrepared } from '../../database/prepared-statements.js';
import { UnitOfWork, type Work } from '../../database/unit-of-work.js';
import { createdFields, diffFields } from '../audit/audit-diff.js';
import { MachineEntity } from './machine.entity.js';
import {
  requestAuditSnapshot,
  toRequestDto,
  toRequestSummary,
  toWorkflowState,
} from './maintenance.mapper.js';
import { MaintenanceRequestEntity } from './maintenance-request.entity.js';
import { RequestNoteEntity } from './request-note.entity.js';
import { TeamMemberships } from './team-memberships.js';
import {
  type Actor,
  assertCanAssign,
  assertCanComplete,
  assertCanCreate,
  assertCanScrap,
  assertCanStart,
  availableActions,
  nextOccurrence,
} from './workflow.js';

type CreateRequestInput = z.output<typeof CreateRequestInputSchema>;
type RequestListQuery = z.output<typeof RequestListQuerySchema>;

/** Who opens a request: a person, an external system (API key) or the public portal. */
export interface Creator {
  label: string;
  userId: string | null;
  isManager: boolean;
  source: RequestSource;
  /** Portal reports: who left their name, and the address the report came from (for its rate limit). */
  reporter?: { name: string; contact: string; address: string };
}

const MANAGER_ROLES = ['manager', 'admin'];
export const isManager = (principal: Principal) =>
  principal.kind === 'user' && principal.roles.some((role) => MANAGER_ROLES.includes(role));

export function creatorOf(principal: Principal): Creator {
  return {
    label: principalLabel(principal),
    userId: principal.kind === 'user' ? principal.id : null,
    isManager: isManager(principal),
    source: principal.kind === 'user' ? 'app' : 'external',
  };
}

/** Maintenance requests and their workflow (seed 004); fault cases (seed 001) are corrective requests. */
@Injectable()
export class MaintenanceRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly memberships: TeamMemberships,
    private readonly config: AppConfig,
  ) {}

  /** Today in the site's calendar: a request is overdue from the day after its scheduled date there. */
  private today(): string {
    return dayIn(new Date(), this.config.env.SITE_TIME_ZONE);
  }

  /** The caller as the workflow rules see them, with team memberships read in `manager`'s transaction. */
  async actorFor(principal: UserPrincipal, manager: EntityManager): Promise<Actor> {
    return {
      userId: principal.id,
      isManager: isManager(principal),
      teamIds: await this.memberships.of(principal.id, manager),
    };
  }

  private query(manager: EntityManager) {
    return manager
      .getRepository(MaintenanceRequestEntity)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.machine', 'machine')
      .leftJoinAndSelect('r.team', 'team')
      .leftJoinAndSelect('r.technician', 'technician');
  }

  /**
   * Managers and machine clients see every request; others those of their teams, those they opened
   * and those assigned to them.
   */
  private visibleTo(principal: Principal, manager: EntityManager) {
    const builder = this.query(manager);
    if (principal.kind === 'user' && !isManager(principal)) {
      builder.andWhere(
        `(r.team_id IN (SELECT team_id FROM maintenance_team_members WHERE user_id = :viewerId)
          OR r.created_by_user_id = :viewerId OR r.technician_id = :viewerId)`,
        { viewerId: principal.id },
      );
    }
    return builder;
  }

  async list(principal: Principal, query: RequestListQuery): Promise<Page<MaintenanceRequestSummary>> {
    const builder = this.visibleTo(principal, this.dataSource.manager);
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    if (query.type) builder.andWhere('r.type = :type', { type: query.type });
    if (query.machineId) builder.andWhere('r.machine_id = :machineId', { machineId: query.machineId });
    if (query.teamId) builder.andWhere('r.team_id = :teamId', { teamId: query.teamId });
    if (query.technicianId)
      builder.andWhere('r.technician_id = :technicianId', { technicianId: query.technicianId });
    if (query.scheduledFrom) builder.andWhere('r.scheduled_date >= :from', { from: query.scheduledFrom });
    if (query.scheduledTo) builder.andWhere('r.scheduled_date <= :to', { to: query.scheduledTo });
    if (query.overdue) {
      const overdue = "r.scheduled_date < :today AND r.status IN ('New', 'In Progress')";
      builder.andWhere(
        query.overdue === 'true' ? overdue : `NOT (${overdue} AND r.scheduled_date IS NOT NULL)`,
        {
          today: this.today(),
        },
      );
    }
    if (query.q)
      builder.andWhere('(r.subject ILIKE :q OR machine.name ILIKE :q OR machine.code ILIKE :q)', {
        q: containsPattern(query.q),
      });
    builder.orderBy('r.created_at', 'DESC').addOrderBy('r.number', 'DESC');
    const today = this.today();
    return fetchPage(builder, query, (request) => toRequestSummary(request, today));
  }

  async get(principal: Principal, id: string): Promise<MaintenanceRequest> {
    return toRequestDto(
      await this.findVisible(principal, id, this.dataSource.manager, { details: true }),
      this.today(),
    );
  }

  async actions(principal: UserPrincipal, id: string): Promise<RequestActions> {
    const [teamIds, request] = await Promise.all([
      this.memberships.cachedOf(principal.id),
      this.findVisible(principal, id, this.dataSource.manager),
    ]);
    const actor: Actor = { userId: principal.id, isManager: isManager(principal), teamIds };
    const summary = toRequestSummary(request, this.today());
    return {
      currentStatus: request.status,
      assignedTechnician: summary.technician,
      ...availableActions(actor, request),
      version: request.version,
    };
  }

  async state(principal: Principal, id: string): Promise<WorkflowState> {
    return toWorkflowState(await this.findVisible(principal, id, this.dataSource.manager), this.today());
  }

  async create(input: CreateRequestInput, creator: Creator): Promise<MaintenanceRequest> {
    return this.unitOfWork.run((work) => this.createIn(work, input, creator));
  }

  /** Opens a request inside the caller's transaction (fault cases and the portal use it too). */
  async createIn(
    work: Work,
    input: CreateRequestInput,
    creator: Creator,
    options: { note?: string; followsRequestId?: string; recurrenceDay?: number | null } = {},
  ): Promise<MaintenanceRequest> {
    assertCanCreate(input.type, creator, input.scheduledDate);
    const machine = await work.manager
      .getRepository(MachineEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_read')
      .where('m.id = :id', { id: input.machineId })
      .getOne();
    if (!machine) throw new NotFoundError('Machine', input.machineId);
    if (machine.scrappedAt)
      throw new RuleViolationError(
        `${machine.name} is scrapped: no new request can be opened for it`,
        'machineId',
      );
    if (machine.archivedAt)
      throw new RuleViolationError(
        `${machine.name} is archived: no new request can be opened for it`,
        'machineId',
      );
    const teamId = input.teamId === undefined ? machine.teamId : input.teamId;
    if (
      teamId &&
      !(await work.manager.query('SELECT 1 FROM maintenance_teams WHERE id = $1', [teamId])).length
    )
      throw new NotFoundError('Team', teamId);
    const saved = await work.manager.save(
      work.manager.create(MaintenanceRequestEntity, {
        type: input.type,
        status: 'New',
        subject: input.subject,
        description: input.description,
        severity: input.severity,
        machineId: machine.id,
        teamId: teamId ?? null,
        technicianId: null,
        scheduledDate: input.scheduledDate,
        recurrenceEvery: input.recurrence?.every ?? null,
        recurrenceUnit: input.recurrence?.unit ?? null,
        recurrenceUntil: input.recurrence?.until ?? null,
        recurrenceDay: input.recurrence
          ? (options.recurrenceDay ?? Number(input.scheduledDate?.slice(8, 10)))
          : null,
        followsRequestId: options.followsRequestId ?? null,
        estimatedHours: input.estimatedHours,
        durationHours: null,
        source: creator.source,
        reporterName: creator.reporter?.name ?? null,
        reporterContact: creator.reporter?.contact ?? null,
        reporterAddress: creator.reporter?.address ?? null,
        createdByUserId: creator.userId,
        createdBy: creator.label,
        startedAt: null,
        repairedAt: null,
        scrappedAt: null,
      }),
    );
    if (options.note) await this.insertNote(work, saved.id, creator.label, options.note);
    await work.audit({
      entityType: 'maintenance_request',
      entityId: saved.id,
      action: 'create',
      changes: createdFields(requestAuditSnapshot(saved)),
    });
    this.announce(work, saved, 'create');
    return toRequestDto(await this.find(work.manager, saved.id), this.today());
  }

  assign(principal: UserPrincipal, id: string, input: { technicianId: string; version?: number }) {
    return this.transition(principal, id, input.version, 'assign', async (work, request, actor) => {
      const rows: { team_id: string }[] = await work.manager.query(
        `SELECT m.team_id FROM maintenance_team_members m JOIN users u ON u.id = m.user_id
          WHERE m.user_id = $1 AND u.active`,
        [input.technicianId],
      );
      assertCanAssign(actor, request, new Set(rows.map((row) => row.team_id)));
      return { technicianId: input.technicianId };
    });
  }

  start(principal: UserPrincipal, id: string, input: { version?: number }) {
    return this.transition(principal, id, input.version, 'start', async (_work, request, actor) => {
      assertCanStart(actor, request);
      return { status: 'In Progress', startedAt: () => 'now()' };
    });
  }

  /** Also seed 001's "resolve" of a fault case. A recurring preventive request schedules its next one. */
  complete(
    principal: UserPrincipal,
    id: string,
    input: { durationHours: number; notes?: string; version?: number },
  ) {
    return this.transition(principal, id, input.version, 'complete', async (work, request, actor) => {
      assertCanComplete(actor, request, input.durationHours);
      if (input.notes) await this.insertNote(work, request.id, principalLabel(principal), input.notes);
      await this.scheduleNext(work, request, principal);
      return { status: 'Repaired', durationHours: input.durationHours, repairedAt: () => 'now()' };
    });
  }

  /**
   * Scrapping a corrective request (a fault beyond repair) scraps its machine, as in seed 004: no new
   * request may then be opened for it. Scrapping a preventive one drops that occurrence; a recurring
   * one schedules its next.
   */
  scrap(principal: UserPrincipal, id: string, input: { version?: number }) {
    return this.transition(principal, id, input.version, 'scrap', async (work, request, actor) => {
      assertCanScrap(actor, request);
      if (request.type === 'Corrective')
        await work.manager.query(
          'UPDATE machines SET scrapped_at = now(), version = version + 1 WHERE id = $1 AND scrapped_at IS NULL',
          [request.machineId],
        );
      else await this.scheduleNext(work, request, principal);
      return { status: 'Scrap', scrappedAt: () => 'now()' };
    });
  }

  async addNote(principal: UserPrincipal, id: string, body: string): Promise<MaintenanceRequest> {
    await this.findVisible(principal, id, this.dataSource.manager);
    return this.attach(id, 'note', (work) => this.insertNote(work, id, principalLabel(principal), body));
  }

  /** A change beside the workflow (a note, a photo): one transaction, announced, the request returned. */
  async attach(
    id: string,
    action: string,
    change: (work: Work) => Promise<void>,
  ): Promise<MaintenanceRequest> {
    return this.unitOfWork.run(async (work) => {
      await change(work);
      const request = await this.find(work.manager, id);
      this.announce(work, request, action);
      return toRequestDto(request, this.today());
    });
  }

  /**
   * One workflow action: load (visible to the caller), check the rules, then write guarded by the
   * version read, so of two concurrent changes exactly one wins and the other gets 409.
   */
  private transition(
    principal: UserPrincipal,
    id: string,
    expectedVersion: number | undefined,
    action: 'assign' | 'start' | 'complete' | 'scrap',
    decide: (
      work: Work,
      request: MaintenanceRequestEntity,
      actor: Actor,
    ) => Promise<QueryDeepPartialEntity<Omit<MaintenanceRequestEntity, 'version'>>>,
  ): Promise<MaintenanceRequest> {
    return this.unitOfWork.run(async (work) => {
      const actor = await this.actorFor(principal, work.manager);
      const request = await this.findVisible(principal, id, work.manager);
      if (expectedVersion !== undefined && expectedVersion !== request.version) throw staleRequest();
      const before = requestAuditSnapshot(request);
      const changes = await decide(work, request, actor);
      const result = await work.manager
        .createQueryBuilder()
        .update(MaintenanceRequestEntity)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: request.version })
        .execute();
      if (result.affected === 0) throw staleRequest();
      const after = await this.find(work.manager, id);
      await work.audit({
        entityType: 'maintenance_request',
        entityId: id,
        action,
        changes: diffFields(before, requestAuditSnapshot(after)),
      });
      this.announce(work, after, action);
      return toRequestDto(after, this.today());
    });
  }

  /** The next occurrence of a recurring preventive request, created once (unique `follows_request_id`). */
  private async scheduleNext(work: Work, request: MaintenanceRequestEntity, principal: UserPrincipal) {
    if (
      request.type !== 'Preventive' ||
      !request.scheduledDate ||
      !request.recurrenceEvery ||
      !request.recurrenceUnit
    )
      return;
    const recurrence = {
      every: request.recurrenceEvery,
      unit: request.recurrenceUnit,
      until: request.recurrenceUntil,
    };
    const scheduledDate = nextOccurrence(request.scheduledDate, recurrence, request.recurrenceDay);
    if (!scheduledDate) return;
    // A machine taken out of service ends its plan; the request at hand still closes.
    const [machine]: { in_service: boolean }[] = await work.manager.query(
      'SELECT scrapped_at IS NULL AND archived_at IS NULL AS in_service FROM machines WHERE id = $1',
      [request.machineId],
    );
    if (!machine?.in_service) return;
    const exists = await work.manager.query(
      'SELECT 1 FROM maintenance_requests WHERE follows_request_id = $1',
      [request.id],
    );
    if (exists.length > 0) return;
    await this.createIn(
      work,
      {
        type: 'Preventive',
        machineId: request.machineId,
        subject: request.subject,
        description: request.description,
        severity: request.severity,
        teamId: request.teamId,
        scheduledDate,
        recurrence,
        estimatedHours: request.estimatedHours,
      },
      { ...creatorOf(principal), isManager: true },
      { followsRequestId: request.id, recurrenceDay: request.recurrenceDay },
    );
  }

  private async insertNote(work: Work, requestId: string, author: string, body: string): Promise<void> {
    await work.manager.save(work.manager.create(RequestNoteEntity, { requestId, author, body }));
  }

  /** The request with its notes and photos, whoever asks (after a change made by a checked caller). */
  private find(manager: EntityManager, id: string): Promise<MaintenanceRequestEntity> {
    return this.one(this.query(manager), id, { details: true });
  }

  /** A request the caller may not see is answered as not found. */
  private findVisible(
    principal: Principal,
    id: string,
    manager: EntityManager,
    options: { details?: boolean } = {},
  ): Promise<MaintenanceRequestEntity> {
    return this.one(this.visibleTo(principal, manager), id, options);
  }

  /** One prepared statement per shape of the lookup: its actions and state are read for every card shown. */
  private async one(
    builder: ReturnType<MaintenanceRequestsService['query']>,
    id: string,
    { details = false }: { details?: boolean },
  ): Promise<MaintenanceRequestEntity> {
    builder.andWhere('r.id = :id', { id });
    if (details) builder.leftJoinAndSelect('r.notes', 'notes').leftJoinAndSelect('r.images', 'images');
    const [request] = (await getRawAndEntitiesPrepared(builder)).entities;
    if (!request) throw new NotFoundError('Maintenance request', id);
    return request;
  }

  private announce(work: Work, request: MaintenanceRequestEntity, action: string): void {
    work.emitAfterCommit({
      type: 'maintenance.changed',
      payload: {
        requestId: request.id,
        machineId: request.machineId,
        action,
        status: request.status,
        at: new Date().toISOString(),
      },
    });
  }
}

const staleRequest = () =>
  new ConflictError('Someone else changed this request meanwhile. Reload and try again.', 'version');
