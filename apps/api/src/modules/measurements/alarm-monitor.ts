import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import {
  type AlarmChangedEvent,
  type AlarmKind,
  type AlarmLevel,
  type LiveReading,
  permissionsForRoles,
  QUANTITIES,
  type Role,
  type Quantity,
} from '@factoryops/contracts';
import { DataSource, IsNull } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { UnitOfWork, type Work } from '../../database/unit-of-work.js';
import { CertificatesService } from '../calibration/certificates.service.js';
import { Outbox } from '../notifications/outbox.js';
import { DomainEvents } from '../realtime/domain-events.js';
import { AlarmEntity } from './alarm.entity.js';
import { alarmMessages, defaultRuleEntity } from './alarm.mapper.js';
import { type AlarmMailReason, alarmMail } from './alarm-mail.js';
import { AlarmRuleEntity } from './alarm-rule.entity.js';
import { AlarmsService } from './alarms.service.js';
import { LevelEvaluator, type LevelTransition } from './level-evaluator.js';

/** What this process watches of one sensor. */
interface Watch {
  sensorId: string;
  rule: AlarmRuleEntity;
  intervalSeconds: number;
  /** When this process last received a reading of the sensor (epoch ms). */
  lastReceived: number;
  /** The newest reading time evaluated: older readings (back-filled history) are not. */
  lastEvaluated: number;
  levels: Record<Quantity, LevelEvaluator>;
  /** Open alarms this process knows of, by kind. */
  open: Map<AlarmKind, { id: string; level: AlarmLevel }>;
  /** Database writes of this sensor, one after another in reading order. */
  queue: Promise<void>;
}

interface Raise {
  kind: AlarmKind;
  level: AlarmLevel;
  direction: 'high' | 'low' | null;
  threshold: number | null;
  message: string;
  raisedAt: Date;
  raisedValue: number | null;
}

/** How often calibration due dates are looked at. */
const CALIBRATION_CHECK_MS = 60_000;

/**
 * Evaluates alarms on the server: every reading as it is ingested (levels with delay and hysteresis),
 * and on a timer communication loss, calibration due dates and escalation. Raising, going up a level,
 * clearing and escalating are stored with their emails in one transaction and announced live.
 */
@Injectable()
export class AlarmMonitor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AlarmMonitor');
  private readonly watches = new Map<string, Watch>();
  private readonly startedAt = Date.now();
  private unsubscribe?: () => void;
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private lastCalibrationCheck = 0;
  /** Rule reloads, one after another. */
  private reloads: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: DomainEvents,
    private readonly alarms: AlarmsService,
    private readonly outbox: Outbox,
    private readonly certificates: CertificatesService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Listening first: a rule stored while the others load is reloaded after them.
    this.unsubscribe = this.events.subscribe((event) => {
      if (event.type === 'reading') this.evaluate(event.reading);
      else if (event.type === 'alarm.rule.changed') this.reload(event.sensorId);
      else if (event.type === 'calibration.changed' && event.payload.certificatesChanged)
        this.lastCalibrationCheck = 0;
    });
    const loading = (async () => {
      const rules = await this.dataSource.getRepository(AlarmRuleEntity).find();
      for (const rule of rules) await this.watch(rule);
    })();
    this.reloads = loading.catch((error: Error) =>
      this.logger.error(`Alarm rules not loaded: ${error.message}`),
    );
    await this.reloads;
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.unsubscribe?.();
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.sweeping;
    await this.reloads;
    await Promise.all([...this.watches.values()].map((watch) => watch.queue));
  }

  /** Resolves once every write queued so far is done (tests wait on it). */
  async settled(): Promise<void> {
    await this.reloads;
    await Promise.all([...this.watches.values()].map((watch) => watch.queue));
  }

  /** One round of the timed checks; `npm start` runs it every ALARM_CHECK_MS. */
  async sweep(now = Date.now()): Promise<void> {
    const watches = [...this.watches.values()];
    await this.checkCommunication(watches, now);
    if (now - this.lastCalibrationCheck >= CALIBRATION_CHECK_MS) {
      this.lastCalibrationCheck = now;
      await this.checkCalibration();
    }
    await this.escalate();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.sweeping = this.sweep()
        .catch((error: Error) => this.logger.error(`Alarm checks failed: ${error.message}`))
        .finally(() => {
          this.sweeping = undefined;
          if (this.timer) this.schedule();
        });
    }, this.config.env.ALARM_CHECK_MS);
  }

  private evaluate(reading: LiveReading): void {
    const watch = this.watches.get(reading.sensorId);
    if (!watch?.rule.enabled) return;
    watch.lastReceived = Date.now();
    const time = Date.parse(reading.time);
    if (time <= watch.lastEvaluated) return;
    watch.lastEvaluated = time;
    const steps: (() => Promise<void>)[] = [];
    if (watch.open.has('communication')) steps.push(() => this.clear(watch, 'communication', new Date()));
    for (const quantity of QUANTITIES)
      for (const transition of watch.levels[quantity].next(time, reading[quantity]))
        steps.push(() => this.applyLevel(watch, quantity, transition));
    if (steps.length > 0) this.enqueue(watch, steps);
  }

  private enqueue(watch: Watch, steps: (() => Promise<void>)[]): void {
    watch.queue = watch.queue
      .then(async () => {
        for (const step of steps) await step();
      })
      .catch((error: Error) =>
        this.logger.error(`Alarm of sensor ${watch.sensorId} not stored: ${error.message}`),
      );
  }

  private async applyLevel(watch: Watch, quantity: Quantity, transition: LevelTransition): Promise<void> {
    const at = new Date(transition.time);
    switch (transition.type) {
      case 'raise':
        return this.raise(watch, {
          kind: quantity,
          level: transition.level,
          direction: transition.direction,
          threshold: transition.threshold,
          message: alarmMessages.level(quantity, transition.direction, transition.threshold),
          raisedAt: at,
          raisedValue: transition.value,
        });
      case 'level': {
        const direction = watch.levels[quantity].openLevel?.direction ?? 'high';
        return this.levelUp(watch, quantity, transition.level, {
          threshold: transition.threshold,
          message: alarmMessages.level(quantity, direction, transition.threshold),
        });
      }
      case 'worst': {
        const open = watch.open.get(quantity);
        if (open)
          await this.dataSource.query(`UPDATE alarms SET worst_value = $2, worst_at = $3 WHERE id = $1`, [
            open.id,
            transition.value,
            at,
          ]);
        return;
      }
      case 'clear':
        return this.clear(watch, quantity, at);
    }
  }

  private async raise(watch: Watch, raise: Raise): Promise<void> {
    const raised = await this.unitOfWork.run(async (work) => {
      const result = await work.manager
        .createQueryBuilder()
        .insert()
        .into(AlarmEntity)
        .values({
          sensorId: watch.sensorId,
          ...raise,
          worstValue: raise.raisedValue,
          worstAt: raise.raisedValue === null ? null : raise.raisedAt,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id: string | undefined = result.raw[0]?.id;
      if (id === undefined) {
        // Another process raised it first: follow that one.
        const existing = await work.manager.findOneByOrFail(AlarmEntity, {
          sensorId: watch.sensorId,
          kind: raise.kind,
          clearedAt: IsNull(),
        });
        return { id: existing.id, level: existing.level };
      }
      await this.announce(work, id, 'raised', await this.recipients(watch, raise.kind));
      return { id, level: raise.level };
    });
    watch.open.set(raise.kind, raised);
    this.outbox.wake();
  }

  private async levelUp(
    watch: Watch,
    kind: AlarmKind,
    level: AlarmLevel,
    change: { threshold?: number; message: string },
  ): Promise<void> {
    const open = watch.open.get(kind);
    if (!open) return;
    await this.unitOfWork.run(async (work) => {
      await work.manager.query(
        `UPDATE alarms SET level = $2, threshold = COALESCE($3, threshold), message = $4, version = version + 1 WHERE id = $1`,
        [open.id, level, change.threshold ?? null, change.message],
      );
      await this.announce(work, open.id, 'level', await this.recipients(watch, kind));
    });
    open.level = level;
    this.outbox.wake();
  }

  /** Clears the sensor's open alarm of that kind, wherever it was raised. */
  private async clear(watch: Watch, kind: AlarmKind, at: Date): Promise<void> {
    watch.open.delete(kind);
    const [rows] = await this.dataSource.query(
      `UPDATE alarms SET cleared_at = $3, version = version + 1
        WHERE sensor_id = $1 AND kind = $2 AND cleared_at IS NULL RETURNING id`,
      [watch.sensorId, kind, at],
    );
    for (const row of rows as { id: string }[]) await this.publish(row.id, 'cleared');
  }

  /** The rule's recipients; for calibration notices also everyone who manages calibration. */
  private async recipients(watch: Watch, kind: AlarmKind): Promise<string[]> {
    if (kind !== 'calibration') return watch.rule.recipients;
    const users: { email: string; roles: Role[] }[] = await this.dataSource.query(
      `SELECT email, roles FROM users WHERE active`,
    );
    const managers = users
      .filter((user) => permissionsForRoles(user.roles).includes('calibration.manage'))
      .map((user) => user.email);
    return [...watch.rule.recipients, ...managers];
  }

  /** Within a transaction: the alarm's email (when someone is to be told) and its live event after commit. */
  private async announce(
    work: Work,
    id: string,
    reason: AlarmMailReason,
    recipients: string[],
  ): Promise<void> {
    const alarm = await this.alarms.get(id, work.manager);
    await this.outbox.enqueue(
      work.manager,
      alarmMail(alarm, reason, recipients, {
        timeZone: this.config.env.SITE_TIME_ZONE,
        publicUrl: this.config.env.PUBLIC_URL,
      }),
    );
    work.emitAfterCommit({
      type: 'alarm.changed',
      payload: { alarm, action: reason, at: new Date().toISOString() },
    });
  }

  private async publish(id: string, action: AlarmChangedEvent['action']): Promise<void> {
    const alarm = await this.alarms.get(id);
    this.events.publish({ type: 'alarm.changed', payload: { alarm, action, at: new Date().toISOString() } });
  }

  /**
   * No reading for N storage intervals raises a communication alarm; a reading clears it. What other
   * processes received shows in the stored readings; this process's own start counts as a reading,
   * so its downtime is not blamed on the sensors.
   */
  private async checkCommunication(watches: Watch[], now: number): Promise<void> {
    const watched = watches.filter(
      (watch) => watch.rule.enabled && watch.rule.communicationLossIntervals !== null,
    );
    if (watched.length === 0) return;
    const rows: { id: string; latest: Date | null }[] = await this.dataSource.query(
      `SELECT s.id, (SELECT max(time) FROM readings r WHERE r.sensor_id = s.id) AS latest
         FROM unnest($1::uuid[]) AS s(id)`,
      [watched.map((watch) => watch.sensorId)],
    );
    const stored = new Map(rows.map((row) => [row.id, row.latest?.getTime() ?? 0]));
    for (const watch of watched) {
      const intervals = watch.rule.communicationLossIntervals ?? 0;
      const lastSeen = Math.max(watch.lastReceived, stored.get(watch.sensorId) ?? 0, this.startedAt);
      const lost = now - lastSeen > intervals * watch.intervalSeconds * 1000;
      if (lost && !watch.open.has('communication'))
        this.enqueue(watch, [
          () =>
            this.raise(watch, {
              kind: 'communication',
              level: 'alarm',
              direction: null,
              threshold: null,
              message: alarmMessages.communication(intervals, watch.intervalSeconds),
              raisedAt: new Date(now),
              raisedValue: null,
            }),
        ]);
      else if (!lost && watch.open.has('communication'))
        this.enqueue(watch, [() => this.clear(watch, 'communication', new Date(now))]);
    }
    await Promise.all(watched.map((watch) => watch.queue));
  }

  /**
   * A warning 30 days before the due date, the alarm level on it; a new certificate clears it. Every
   * active sensor is checked: one without a stored rule has the default rule, calibration notices on.
   */
  private async checkCalibration(only?: Watch): Promise<void> {
    const standings = await this.certificates.sensorStandings();
    const watches: Watch[] = [];
    for (const standing of standings) {
      if (only && standing.sensorId !== only.sensorId) continue;
      const watch =
        this.watches.get(standing.sensorId) ?? (await this.watch(defaultRuleEntity(standing.sensorId)));
      if (watch) watches.push(watch);
    }
    const byId = new Map(standings.map((s) => [s.sensorId, s]));
    for (const watch of watches) {
      const standing = byId.get(watch.sensorId);
      const due =
        !watch.rule.enabled ||
        !watch.rule.calibrationDue ||
        !standing ||
        standing.dueOn === null ||
        standing.daysLeft === null
          ? null
          : standing.daysLeft <= 0
            ? 'alarm'
            : standing.standing === 'due-soon'
              ? 'warning'
              : null;
      const open = watch.open.get('calibration');
      if (due === null) {
        if (open) this.enqueue(watch, [() => this.clear(watch, 'calibration', new Date())]);
        continue;
      }
      const message = alarmMessages.calibration(standing?.dueOn ?? '', standing?.daysLeft ?? 0);
      if (!open)
        this.enqueue(watch, [
          () =>
            this.raise(watch, {
              kind: 'calibration',
              level: due,
              direction: null,
              threshold: null,
              message,
              raisedAt: new Date(),
              raisedValue: null,
            }),
        ]);
      else if (open.level === 'warning' && due === 'alarm')
        this.enqueue(watch, [() => this.levelUp(watch, 'calibration', 'alarm', { message })]);
    }
    await Promise.all(watches.map((watch) => watch.queue));
  }

  /** Alarms nobody acknowledged within the rule's time: the escalation list is told, once. */
  private async escalate(): Promise<void> {
    const due: { id: string; sensor_id: string; recipients: string[] }[] = await this.dataSource.query(
      `SELECT a.id, a.sensor_id, r.escalation_recipients AS recipients
         FROM alarms a JOIN alarm_rules r ON r.sensor_id = a.sensor_id
        WHERE a.acknowledged_at IS NULL AND a.escalated_at IS NULL AND r.enabled
          AND r.escalate_after_minutes IS NOT NULL AND cardinality(r.escalation_recipients) > 0
          AND a.raised_at <= now() - make_interval(mins => r.escalate_after_minutes)`,
    );
    for (const alarm of due) {
      await this.unitOfWork.run(async (work) => {
        const [rows] = await work.manager.query(
          `UPDATE alarms SET escalated_at = now(), version = version + 1
            WHERE id = $1 AND escalated_at IS NULL AND acknowledged_at IS NULL RETURNING id`,
          [alarm.id],
        );
        if ((rows as unknown[]).length > 0)
          await this.announce(work, alarm.id, 'escalated', alarm.recipients);
      });
    }
    if (due.length > 0) this.outbox.wake();
  }

  private reload(sensorId: string): void {
    this.reloads = this.reloads
      .then(async () => {
        const rule = await this.dataSource.getRepository(AlarmRuleEntity).findOneBy({ sensorId });
        if (!rule) return;
        const watch = this.watches.get(sensorId) ?? (await this.watch(rule));
        if (!watch) return;
        await watch.queue;
        watch.rule = rule;
        for (const quantity of QUANTITIES)
          watch.levels[quantity].configure(rule[quantity], rule.delaySeconds * 1000);
        if (!rule.enabled) {
          for (const kind of [...watch.open.keys()]) await this.clear(watch, kind, new Date());
          return;
        }
        await this.checkCalibration(watch);
      })
      .catch((error: Error) => this.logger.error(`Alarm rule of ${sensorId} not applied: ${error.message}`));
  }

  /**
   * Starts watching a sensor, resuming the alarms it has open (or returns the watch it already has);
   * undefined for a sensor that is gone.
   */
  private async watch(rule: AlarmRuleEntity): Promise<Watch | undefined> {
    const [sensor] = await this.dataSource.query(
      `SELECT i.storage_interval_s FROM sensors s JOIN instruments i ON i.id = s.instrument_id WHERE s.id = $1`,
      [rule.sensorId],
    );
    if (!sensor) return undefined;
    const open = await this.dataSource
      .getRepository(AlarmEntity)
      .createQueryBuilder('a')
      .where('a.sensor_id = :sensorId AND a.cleared_at IS NULL', { sensorId: rule.sensorId })
      .getMany();
    const openLevel = (quantity: Quantity) => {
      const alarm = open.find((candidate) => candidate.kind === quantity);
      return alarm?.direction
        ? {
            direction: alarm.direction,
            level: alarm.level,
            worst: alarm.worstValue ?? alarm.raisedValue ?? 0,
          }
        : null;
    };
    // Another caller (a rule reload, the calibration check) may have started the watch meanwhile.
    const existing = this.watches.get(rule.sensorId);
    if (existing) return existing;
    const delayMs = rule.delaySeconds * 1000;
    const watch: Watch = {
      sensorId: rule.sensorId,
      rule,
      intervalSeconds: sensor.storage_interval_s,
      lastReceived: 0,
      lastEvaluated: Number.NEGATIVE_INFINITY,
      levels: {
        temperature: new LevelEvaluator(rule.temperature, delayMs, openLevel('temperature')),
        humidity: new LevelEvaluator(rule.humidity, delayMs, openLevel('humidity')),
      },
      open: new Map(open.map((alarm) => [alarm.kind, { id: alarm.id, level: alarm.level }])),
      queue: Promise.resolve(),
    };
    this.watches.set(rule.sensorId, watch);
    return watch;
  }
}
