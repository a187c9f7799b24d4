import { Injectable } from '@nestjs/common';
import type {
  AcknowledgeAlarmInput,
  Alarm,
  AlarmCounts,
  AlarmListQuerySchema,
  AlarmRule,
  AlarmRuleInputSchema,
  AlarmState,
  Page,
} from '@factoryops/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { diffFields } from '../audit/audit-diff.js';
import { ConflictError, NotFoundError } from '../../common/domain-errors.js';
import { fetchPage } from '../../common/paging.js';
import type { UserPrincipal } from '../../common/principal.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { SensorEntity } from '../instruments/sensor.entity.js';
import { AlarmEntity } from './alarm.entity.js';
import { type AlarmPlace, defaultRule, toAlarmDto, toAlarmRuleDto } from './alarm.mapper.js';
import { AlarmRuleEntity } from './alarm-rule.entity.js';

type ListQuery = z.output<typeof AlarmListQuerySchema>;

/** Each state of an alarm row `a` as a condition (see `alarmState`), and `open`: all but closed ones. */
const STATE_CONDITIONS: Record<AlarmState | 'open', string> = {
  open: '(a.cleared_at IS NULL OR a.acknowledged_at IS NULL)',
  active: '(a.cleared_at IS NULL AND a.acknowledged_at IS NULL)',
  acknowledged: '(a.cleared_at IS NULL AND a.acknowledged_at IS NOT NULL)',
  cleared: '(a.cleared_at IS NOT NULL AND a.acknowledged_at IS NULL)',
  closed: '(a.cleared_at IS NOT NULL AND a.acknowledged_at IS NOT NULL)',
};
type RuleInput = z.output<typeof AlarmRuleInputSchema>;

/** Alarms as people see and acknowledge them, and the rules that raise them. */
@Injectable()
export class AlarmsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  list(query: ListQuery): Promise<Page<Alarm>> {
    const builder = this.query(this.dataSource.manager);
    if (query.state !== 'all') builder.andWhere(STATE_CONDITIONS[query.state]);
    if (query.sensorId) builder.andWhere('a.sensor_id = :sensorId', { sensorId: query.sensorId });
    if (query.kind) builder.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.from) builder.andWhere('a.raised_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('a.raised_at < :to', { to: query.to });
    // The open list puts what needs someone first: active, then cleared but unacknowledged, then the rest.
    if (query.state === 'open')
      builder.orderBy(
        `CASE WHEN ${STATE_CONDITIONS.active} THEN 0 WHEN ${STATE_CONDITIONS.cleared} THEN 1 ELSE 2 END`,
      );
    builder.addOrderBy('a.raised_at', 'DESC').addOrderBy('a.id', 'DESC');
    return fetchPage(builder, query, (alarm, raw) => toAlarmDto(alarm, placeOf(raw)));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<Alarm> {
    const { entities, raw } = await this.query(manager).where('a.id = :id', { id }).getRawAndEntities();
    const alarm = entities[0];
    if (!alarm) throw new NotFoundError('Alarm', id);
    return toAlarmDto(alarm, placeOf(raw[0] ?? {}));
  }

  async counts(): Promise<AlarmCounts> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${STATE_CONDITIONS.active})::int AS active,
              count(*) FILTER (WHERE ${STATE_CONDITIONS.acknowledged})::int AS acknowledged,
              count(*) FILTER (WHERE ${STATE_CONDITIONS.cleared})::int AS cleared
         FROM alarms a WHERE ${STATE_CONDITIONS.open}`,
    );
    return { active: row.active, acknowledged: row.acknowledged, cleared: row.cleared };
  }

  /** Someone takes the alarm on: who, when and why are kept; a cleared alarm then closes. */
  async acknowledge(id: string, input: AcknowledgeAlarmInput, user: UserPrincipal): Promise<Alarm> {
    return this.unitOfWork.run(async (work) => {
      const alarm = await work.manager.findOne(AlarmEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!alarm) throw new NotFoundError('Alarm', id);
      if (alarm.acknowledgedAt !== null) throw new ConflictError('This alarm was already acknowledged');
      if (alarm.version !== input.version)
        throw new ConflictError('The alarm changed meanwhile; look at it again before acknowledging');
      alarm.acknowledgedAt = new Date();
      alarm.acknowledgedById = user.id;
      alarm.comment = input.comment;
      await work.manager.save(alarm);
      await work.audit({
        entityType: 'alarm',
        entityId: id,
        action: 'acknowledge',
        changes: { comment: { from: null, to: input.comment } },
      });
      const dto = await this.get(id, work.manager);
      work.emitAfterCommit({
        type: 'alarm.changed',
        payload: { alarm: dto, action: 'acknowledged', at: new Date().toISOString() },
      });
      return dto;
    });
  }

  /** Every sensor's rule; sensors without a stored rule get the default one (version 0). */
  async rules(): Promise<AlarmRule[]> {
    const [sensors, rules] = await Promise.all([
      this.dataSource.getRepository(SensorEntity).find({ select: { id: true }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(AlarmRuleEntity).find(),
    ]);
    const stored = new Map(rules.map((rule) => [rule.sensorId, rule]));
    return sensors.map((sensor) => {
      const rule = stored.get(sensor.id);
      return rule ? toAlarmRuleDto(rule) : defaultRule(sensor.id);
    });
  }

  async rule(sensorId: string): Promise<AlarmRule> {
    const sensor = await this.dataSource.getRepository(SensorEntity).existsBy({ id: sensorId });
    if (!sensor) throw new NotFoundError('Sensor', sensorId);
    const rule = await this.dataSource.getRepository(AlarmRuleEntity).findOneBy({ sensorId });
    return rule ? toAlarmRuleDto(rule) : defaultRule(sensorId);
  }

  /** Stores a sensor's rule (version 0 creates it); the monitor applies it from the next reading. */
  async saveRule(sensorId: string, input: RuleInput): Promise<AlarmRule> {
    return this.unitOfWork.run(async (work) => {
      const sensor = await work.manager.findOne(SensorEntity, {
        where: { id: sensorId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!sensor) throw new NotFoundError('Sensor', sensorId);
      const existing = await work.manager.findOneBy(AlarmRuleEntity, { sensorId });
      if ((existing?.version ?? 0) !== input.version)
        throw new ConflictError('Someone else changed this rule meanwhile; reload it and try again');
      const { version: _version, ...fields } = input;
      const before = existing ? toAlarmRuleDto(existing) : null;
      const rule = await work.manager.save(
        existing
          ? Object.assign(existing, fields)
          : work.manager.create(AlarmRuleEntity, { sensorId, ...fields }),
      );
      const after = toAlarmRuleDto(rule);
      await work.audit({
        entityType: 'alarm_rule',
        entityId: sensorId,
        action: existing ? 'update' : 'create',
        changes: diffFields(before ? ruleFields(before) : {}, ruleFields(after)),
      });
      work.emitAfterCommit({ type: 'alarm.rule.changed', sensorId });
      return after;
    });
  }

  private query(manager: EntityManager): SelectQueryBuilder<AlarmEntity> {
    return manager
      .createQueryBuilder(AlarmEntity, 'a')
      .innerJoin('sensors', 's', 's.id = a.sensor_id')
      .innerJoin('instruments', 'i', 'i.id = s.instrument_id')
      .leftJoin('users', 'u', 'u.id = a.acknowledged_by')
      .addSelect('s.name', 'sensor_name')
      .addSelect('i.name', 'instrument_name')
      .addSelect(`COALESCE(NULLIF(s.location, ''), i.location)`, 'place')
      .addSelect('u.display_name', 'acknowledged_by_name');
  }
}

/** A rule's settings, without its bookkeeping, for the audit log. */
function ruleFields({
  version: _version,
  updatedAt: _updatedAt,
  ...fields
}: AlarmRule): Record<string, unknown> {
  return fields;
}

function placeOf(raw: Record<string, unknown>): AlarmPlace {
  return {
    sensorName: String(raw.sensor_name ?? ''),
    instrumentName: String(raw.instrument_name ?? ''),
    location: String(raw.place ?? ''),
    acknowledgedByName: (raw.acknowledged_by_name as string | null) ?? null,
  };
}
