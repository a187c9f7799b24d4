import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type CreateFaultInputSchema,
  type CreateMachineInputSchema,
  type CreateWarningInputSchema,
  MACHINE_STATUSES,
  type Machine,
  type MachineHistory,
  type MachineListQuerySchema,
  type MachineStatus,
  type MachineSummary,
  type MaintenanceRequest,
  type Page,
  type UpdateMachineInput,
  type Warning,
} from '@factoryops/contracts';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import type { z } from 'zod';
import {
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  ValidationError,
} from '../../common/domain-errors.js';
import { containsPattern } from '../../common/like-pattern.js';
import { type Principal, principalLabel } from '../../common/principal.js';
import { AppConfig } from '../../config/app-config.js';
import { queryPrepared } from '../../database/prepared-statements.js';
import { UnitOfWork, type Work } from '../../database/unit-of-work.js';
import { createdFields, diffFields } from '../audit/audit-diff.js';
import { type IdempotentCall, IdempotencyService } from '../idempotency/idempotency.service.js';
import { MachineEntity } from './machine.entity.js';
import { machineLabelSvg } from './machine-label.js';
import { MachineWarningEntity } from './machine-warning.entity.js';
import { downtimeSql, MACHINE_STATUS_SQL, subjectFrom, toWarningDto } from './maintenance.mapper.js';
import { creatorOf, MaintenanceRequestsService } from './maintenance-requests.service.js';
import { loadPeople } from './people.js';

type CreateMachineInput = z.output<typeof CreateMachineInputSchema>;
type MachineListQuery = z.output<typeof MachineListQuerySchema>;
type CreateWarningInput = z.output<typeof CreateWarningInputSchema>;
type CreateFaultInput = z.output<typeof CreateFaultInputSchema>;

interface MachineRow {
  id: string;
  name: string;
  code: string;
  building: string;
  area: string;
  category: string;
  importance: number;
  team_id: string | null;
  team_name: string | null;
  portal_token: string;
  status: MachineStatus;
  active_warnings: number;
  open_requests: number;
  archived_at: Date | null;
  scrapped_at: Date | null;
  created_at: Date;
  version: number;
  total: string;
}

/** Machines with their derived status; warnings and fault cases from people and external systems (seed 001). */
@Injectable()
export class MachinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly requests: MaintenanceRequestsService,
    private readonly idempotency: IdempotencyService,
    private readonly config: AppConfig,
  ) {}

  async list(query: MachineListQuery): Promise<Page<Machine>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    where.push(query.archived === 'true' ? 'archived_at IS NOT NULL' : 'archived_at IS NULL');
    if (query.q) {
      const q = param(containsPattern(query.q));
      where.push(`(name ILIKE ${q} OR code ILIKE ${q} OR area ILIKE ${q} OR category ILIKE ${q})`);
    }
    if (query.status) where.push(`status = ${param(query.status)}`);
    if (query.building) where.push(`building = ${param(query.building)}`);
    if (query.teamId) where.push(`team_id = ${param(query.teamId)}`);
    if (query.personId) {
      const person = param(query.personId);
      where.push(`(EXISTS (SELECT 1 FROM machine_responsibles mr WHERE mr.machine_id = s.id AND mr.user_id = ${person})
        OR EXISTS (SELECT 1 FROM maintenance_requests r WHERE r.machine_id = s.id AND r.technician_id = ${person}
                   AND r.status IN ('New', 'In Progress')))`);
    }
    const condition = where.join(' AND ');
    const filters = [...params];
    const rows = await this.rows(
      `${condition} ORDER BY name, id LIMIT ${param(query.pageSize)} OFFSET ${param((query.page - 1) * query.pageSize)}`,
      params,
    );
    if (rows.length > 0 || query.page === 1)
      return { items: await this.toDtos(rows), total: rows.length ? Number(rows[0].total) : 0 };
    // A page past the end: still say how many there are.
    const [counted]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (${this.statusSelect()}) s WHERE ${condition}`,
      filters,
    );
    return { items: [], total: counted.n };
  }

  async get(id: string): Promise<Machine> {
    const [row] = await this.rows('id = $1', [id]);
    if (!row) throw new NotFoundError('Machine', id);
    return (await this.toDtos([row]))[0];
  }

  async summary(): Promise<MachineSummary> {
    const rows: { building: string; status: MachineStatus; n: number }[] = await this.dataSource.query(
      `SELECT building, status, count(*)::int AS n FROM (${this.statusSelect()}) s
        WHERE archived_at IS NULL GROUP BY building, status ORDER BY building`,
    );
    const zero = () =>
      Object.fromEntries(MACHINE_STATUSES.map((status) => [status, 0])) as Record<MachineStatus, number>;
    const byStatus = zero();
    const byBuilding = new Map<string, Record<MachineStatus, number>>();
    for (const row of rows) {
      byStatus[row.status] += row.n;
      const counts = byBuilding.get(row.building) ?? zero();
      counts[row.status] += row.n;
      byBuilding.set(row.building, counts);
    }
    return {
      byStatus,
      byBuilding: [...byBuilding].map(([building, counts]) => ({
        building: building || 'No building',
        counts,
      })),
    };
  }

  async history(principal: Principal, id: string): Promise<MachineHistory> {
    const machine = await this.get(id);
    const [requests, warnings, downtime] = await Promise.all([
      this.requests.list(principal, { machineId: id, page: 1, pageSize: 500 }),
      this.dataSource
        .getRepository(MachineWarningEntity)
        .find({ where: { machineId: id }, order: { raisedAt: 'DESC' }, take: 500 }),
      // Hours in Fault over the last year.
      this.dataSource.query(
        `SELECT coalesce(sum(downtime_hours), 0) AS hours
           FROM (${downtimeSql("now() - interval '365 days'", 'now()', '$1')}) d`,
        [id],
      ),
    ]);
    return {
      machine,
      requests: requests.items,
      warnings: warnings.map(toWarningDto),
      downtimeHours: Math.round(Number(downtime[0].hours) * 100) / 100,
    };
  }

  /** The SVG label of a machine; its QR code opens `<PUBLIC_URL or requestOrigin>/portal/<token>`. */
  async label(id: string, requestOrigin: string): Promise<string> {
    const machine = await this.find(this.dataSource.manager, id);
    const base = (this.config.env.PUBLIC_URL ?? requestOrigin).replace(/\/+$/, '');
    return machineLabelSvg(machine, `${base}/portal/${machine.portalToken}`);
  }

  async create(input: CreateMachineInput): Promise<Machine> {
    const id = await this.unitOfWork.run(async (work) => {
      const code = input.code ?? (await this.freeCode(work.manager, input.name));
      if (await work.manager.existsBy(MachineEntity, { code }))
        throw new ConflictError(`Another machine already has the code ${code}`, 'code');
      const machine = work.manager.create(MachineEntity, {
        name: input.name,
        code,
        building: input.building || input.location || '',
        area: input.area,
        category: input.category,
        importance: input.importance,
        teamId: input.teamId,
        responsible: await loadPeople(work.manager, input.responsibleIds, 'responsibleIds'),
        portalToken: randomBytes(18).toString('base64url'),
        archivedAt: null,
        scrappedAt: null,
      });
      if (input.teamId) await this.assertTeam(work.manager, input.teamId);
      const saved = await work.manager.save(machine);
      await work.audit({
        entityType: 'machine',
        entityId: saved.id,
        action: 'create',
        changes: createdFields(machineAuditSnapshot(saved)),
      });
      this.announce(work, saved.id, 'machine');
      return saved.id;
    });
    return this.get(id);
  }

  async update(id: string, input: UpdateMachineInput): Promise<Machine> {
    await this.unitOfWork.run(async (work) => {
      const machine = await this.find(work.manager, id);
      if (input.version !== undefined && input.version !== machine.version)
        throw new ConflictError(
          'Someone else changed this machine meanwhile. Reload and try again.',
          'version',
        );
      const before = machineAuditSnapshot(machine);
      const { version: _version, responsibleIds, ...fields } = input;
      if (fields.teamId) await this.assertTeam(work.manager, fields.teamId);
      Object.assign(
        machine,
        Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      );
      if (responsibleIds)
        machine.responsible = await loadPeople(work.manager, responsibleIds, 'responsibleIds');
      await work.manager.save(machine);
      await work.audit({
        entityType: 'machine',
        entityId: id,
        action: 'update',
        changes: diffFields(before, machineAuditSnapshot(machine)),
      });
      this.announce(work, id, 'machine');
    });
    return this.get(id);
  }

  async archive(id: string): Promise<Machine> {
    await this.unitOfWork.run(async (work) => {
      const machine = await this.find(work.manager, id);
      if (machine.archivedAt) return;
      machine.archivedAt = new Date();
      await work.manager.save(machine);
      await work.audit({ entityType: 'machine', entityId: id, action: 'archive' });
      this.announce(work, id, 'machine');
    });
    return this.get(id);
  }

  /** Only a machine without history can be deleted; one with requests or warnings is archived instead. */
  async remove(id: string): Promise<void> {
    await this.unitOfWork.run(async (work) => {
      const machine = await this.find(work.manager, id);
      const [history]: { n: number }[] = await work.manager.query(
        `SELECT (SELECT count(*) FROM maintenance_requests WHERE machine_id = $1)
              + (SELECT count(*) FROM machine_warnings WHERE machine_id = $1) AS n`,
        [id],
      );
      if (Number(history.n) > 0)
        throw new ConflictError(`${machine.name} has maintenance history: archive it instead of deleting it`);
      await work.manager.delete(MachineEntity, { id });
      await work.audit({
        entityType: 'machine',
        entityId: id,
        action: 'delete',
        changes: diffFields(machineAuditSnapshot(machine), {}),
      });
      this.announce(work, id, 'machine');
    });
  }

  /** All warnings of a machine, newest first; `active` keeps only the uncleared (true) or cleared (false) ones. */
  async warnings(id: string, active: boolean | undefined): Promise<Warning[]> {
    await this.find(this.dataSource.manager, id);
    const cleared = active === undefined ? {} : { clearedAt: active ? IsNull() : Not(IsNull()) };
    const warnings = await this.dataSource.getRepository(MachineWarningEntity).find({
      where: { machineId: id, ...cleared },
      order: { raisedAt: 'DESC' },
      take: 500,
    });
    return warnings.map(toWarningDto);
  }

  raiseWarning(id: string, input: CreateWarningInput, call: IdempotentCall): Promise<Warning> {
    return this.unitOfWork.run((work) =>
      this.idempotency.once(work, call, async () => {
        const machine = await this.find(work.manager, id);
        const warning = await work.manager.save(
          work.manager.create(MachineWarningEntity, {
            machineId: machine.id,
            code: input.code,
            message: input.message,
            severity: input.severity,
            source: input.source ?? principalLabel(call.principal),
            raisedAt: input.time ? new Date(input.time) : new Date(),
            clearedAt: null,
            clearedBy: null,
          }),
        );
        await work.audit({
          entityType: 'machine_warning',
          entityId: warning.id,
          action: 'create',
          changes: createdFields({
            machineId: id,
            code: input.code,
            message: input.message,
            severity: input.severity,
          }),
        });
        this.announce(work, id, 'warning');
        return toWarningDto(warning);
      }),
    );
  }

  /** Clears an active warning; it stays in the machine's history. Clearing twice changes nothing. */
  async clearWarning(id: string, warningId: string, principal: Principal): Promise<void> {
    if (principal.kind !== 'user')
      throw new PermissionDeniedError(
        'Warnings are cleared by repair staff or technicians, not by external systems',
      );
    await this.unitOfWork.run(async (work) => {
      const warning = await work.manager.findOneBy(MachineWarningEntity, { id: warningId, machineId: id });
      if (!warning) throw new NotFoundError('Warning', warningId);
      if (warning.clearedAt) return;
      warning.clearedAt = new Date();
      warning.clearedBy = principalLabel(principal);
      await work.manager.save(warning);
      await work.audit({ entityType: 'machine_warning', entityId: warningId, action: 'clear' });
      this.announce(work, id, 'warning-cleared');
    });
  }

  /** Seed 001's fault case: a corrective request on the machine, its status turning Fault at once. */
  reportFault(id: string, input: CreateFaultInput, call: IdempotentCall): Promise<MaintenanceRequest> {
    return this.unitOfWork.run((work) =>
      this.idempotency.once(work, call, () =>
        this.requests.createIn(
          work,
          {
            type: 'Corrective',
            machineId: id,
            subject: subjectFrom(input.description),
            description: input.description,
            severity: input.severity,
            scheduledDate: null,
            recurrence: null,
            estimatedHours: null,
          },
          creatorOf(call.principal),
          { note: input.notes },
        ),
      ),
    );
  }

  /** Derived status and counts for every machine, as a subquery `s`. */
  private statusSelect(): string {
    return `SELECT m.*, t.name AS team_name, ${MACHINE_STATUS_SQL} AS status,
        (SELECT count(*) FROM machine_warnings w WHERE w.machine_id = m.id AND w.cleared_at IS NULL)::int AS active_warnings,
        (SELECT count(*) FROM maintenance_requests r WHERE r.machine_id = m.id
            AND r.status IN ('New', 'In Progress'))::int AS open_requests
      FROM machines m LEFT JOIN maintenance_teams t ON t.id = m.team_id`;
  }

  /**
   * A hot read (the status board), prepared: `condition` is one of a few shapes, its values in `params`.
   * The columns are named: a prepared `s.*` would fail ("cached plan must not change result type") once a
   * migration adds a column to machines while this process runs.
   */
  private rows(condition: string, params: unknown[]): Promise<MachineRow[]> {
    return queryPrepared(
      this.dataSource.manager,
      `SELECT s.id, s.name, s.code, s.building, s.area, s.category, s.importance, s.team_id, s.team_name,
              s.portal_token, s.status, s.active_warnings, s.open_requests, s.archived_at, s.scrapped_at,
              s.created_at, s.version, count(*) OVER () AS total
         FROM (${this.statusSelect()}) s WHERE ${condition}`,
      params,
    );
  }

  private async toDtos(rows: MachineRow[]): Promise<Machine[]> {
    const responsible: { machine_id: string; id: string; display_name: string }[] = rows.length
      ? await queryPrepared(
          this.dataSource.manager,
          `SELECT mr.machine_id, u.id, u.display_name FROM machine_responsibles mr JOIN users u ON u.id = mr.user_id
            WHERE mr.machine_id = ANY($1) ORDER BY u.display_name`,
          [rows.map((row) => row.id)],
        )
      : [];
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      code: row.code,
      building: row.building,
      area: row.area,
      category: row.category,
      importance: row.importance,
      team: row.team_id && row.team_name ? { id: row.team_id, name: row.team_name } : null,
      responsible: responsible
        .filter((person) => person.machine_id === row.id)
        .map((person) => ({ id: person.id, displayName: person.display_name })),
      status: row.status,
      portalPath: `/portal/${row.portal_token}`,
      activeWarnings: row.active_warnings,
      openRequests: row.open_requests,
      archivedAt: row.archived_at?.toISOString() ?? null,
      scrappedAt: row.scrapped_at?.toISOString() ?? null,
      createdAt: row.created_at.toISOString(),
      version: row.version,
    }));
  }

  /** Inside a transaction, the machine row stays locked until it ends: concurrent edits queue. */
  private async find(manager: EntityManager, id: string): Promise<MachineEntity> {
    if (manager.queryRunner?.isTransactionActive)
      await manager.findOne(MachineEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const machine = await manager.findOne(MachineEntity, { where: { id }, relations: { responsible: true } });
    if (!machine) throw new NotFoundError('Machine', id);
    return machine;
  }

  private async assertTeam(manager: EntityManager, teamId: string): Promise<void> {
    if (!(await manager.query('SELECT 1 FROM maintenance_teams WHERE id = $1', [teamId])).length)
      throw new ValidationError([{ path: 'teamId', message: 'No team has this id' }]);
  }

  /** A code from the name ("Press A1" → PRESS-A1), numbered when taken. */
  private async freeCode(manager: EntityManager, name: string): Promise<string> {
    const base =
      name
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 24) || 'MACHINE';
    const taken = new Set(
      (
        (await manager.query('SELECT code FROM machines WHERE code = $1 OR code LIKE $2', [
          base,
          `${base}-%`,
        ])) as {
          code: string;
        }[]
      ).map((row) => row.code),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  private announce(work: Work, machineId: string, action: string): void {
    work.emitAfterCommit({
      type: 'maintenance.changed',
      payload: { requestId: null, machineId, action, status: null, at: new Date().toISOString() },
    });
  }
}

function machineAuditSnapshot(machine: MachineEntity): Record<string, unknown> {
  return {
    name: machine.name,
    code: machine.code,
    building: machine.building,
    area: machine.area,
    category: machine.category,
    importance: machine.importance,
    teamId: machine.teamId,
    responsibleIds: (machine.responsible ?? []).map((user) => user.id).sort(),
  };
}
