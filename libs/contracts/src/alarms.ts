import { z } from 'zod';
import { EmailSchema } from './auth.js';
import { isoDateTime, pageOf, pageQueryShape } from './common.js';
import { TimedValueSchema } from './history.js';

/** What an alarm is about: a quantity beyond its levels, readings that stopped, or a calibration due. */
export const ALARM_KINDS = ['temperature', 'humidity', 'communication', 'calibration'] as const;
export type AlarmKind = (typeof ALARM_KINDS)[number];

export const ALARM_LEVELS = ['warning', 'alarm'] as const;
export type AlarmLevel = (typeof ALARM_LEVELS)[number];

/**
 * active: raised, nobody acknowledged it yet; acknowledged: someone took it on, the condition lasts;
 * cleared: the condition is over but nobody acknowledged it (stays in the list); closed: both.
 */
export const ALARM_STATES = ['active', 'acknowledged', 'cleared', 'closed'] as const;
export type AlarmState = (typeof ALARM_STATES)[number];

export const AlarmSchema = z.object({
  id: z.uuid(),
  sensorId: z.uuid(),
  sensorName: z.string(),
  instrumentName: z.string(),
  location: z.string(),
  kind: z.enum(ALARM_KINDS),
  /** The highest level reached; a warning that went on to the alarm level is an alarm. */
  level: z.enum(ALARM_LEVELS),
  direction: z.enum(['high', 'low']).nullable(),
  /** The level crossed (°C or %RH), for temperature and humidity alarms. */
  threshold: z.number().nullable(),
  /** What the alarm says, e.g. "Temperature above 25 °C". */
  message: z.string(),
  raisedAt: isoDateTime,
  /** The value that raised it and the worst value while it lasted (quantity alarms). */
  raisedValue: z.number().nullable(),
  worst: TimedValueSchema.nullable(),
  clearedAt: isoDateTime.nullable(),
  acknowledgedAt: isoDateTime.nullable(),
  acknowledgedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  comment: z.string().nullable(),
  /** When the escalation list was told, because nobody acknowledged in time. */
  escalatedAt: isoDateTime.nullable(),
  state: z.enum(ALARM_STATES),
  version: z.number().int(),
});
export type Alarm = z.infer<typeof AlarmSchema>;
export const AlarmPageSchema = pageOf(AlarmSchema);

export const AlarmListQuerySchema = z.strictObject({
  ...pageQueryShape,
  /** `open` (the default): everything but closed alarms, the alarm list; `all`: the history. */
  state: z.enum(['open', 'all', ...ALARM_STATES]).default('open'),
  sensorId: z.uuid().optional(),
  kind: z.enum(ALARM_KINDS).optional(),
  /** Raised at or after. */
  from: isoDateTime.optional(),
  /** Raised before. */
  to: isoDateTime.optional(),
});
export type AlarmListQuery = z.input<typeof AlarmListQuerySchema>;

export const AcknowledgeAlarmInputSchema = z.strictObject({
  comment: z.string().trim().min(1, { message: 'Say what was done or why' }).max(2000),
  version: z.number().int(),
});
export type AcknowledgeAlarmInput = z.input<typeof AcknowledgeAlarmInputSchema>;

/** Counts for the navigation badge and the dashboard. */
export const AlarmCountsSchema = z.object({
  active: z.number().int(),
  acknowledged: z.number().int(),
  cleared: z.number().int(),
});
export type AlarmCounts = z.infer<typeof AlarmCountsSchema>;

const level = z.number({ message: 'Enter a number' }).nullable().default(null);

/** Levels of one quantity; null = not watched on that side. */
export const QuantityLevelsSchema = z.strictObject({
  alarmLow: level,
  warningLow: level,
  warningHigh: level,
  alarmHigh: level,
  /** Deadband: a high alarm clears at or below the lowest high level minus this (and mirrored for low). */
  hysteresis: z.number({ message: 'Enter a number' }).min(0, { message: 'Use 0 or more' }).default(0),
});
export type QuantityLevels = z.output<typeof QuantityLevelsSchema>;

function levelsInOrder(levels: QuantityLevels, context: z.RefinementCtx) {
  const order = ['alarmLow', 'warningLow', 'warningHigh', 'alarmHigh'] as const;
  let previous: { key: (typeof order)[number]; value: number } | null = null;
  for (const key of order) {
    const value = levels[key];
    if (value === null) continue;
    const strict = previous?.key.endsWith('Low') === true && key.endsWith('High');
    if (previous && (strict ? value <= previous.value : value < previous.value))
      context.addIssue({
        code: 'custom',
        message: 'Levels go alarm low ≤ warning low < warning high ≤ alarm high',
        path: [key],
      });
    previous = { key, value };
  }
}

/** No level set: the quantity is not watched. */
export const NO_LEVELS: QuantityLevels = {
  alarmLow: null,
  warningLow: null,
  warningHigh: null,
  alarmHigh: null,
  hysteresis: 0,
};

const LevelsSchema = QuantityLevelsSchema.superRefine(levelsInOrder).default(NO_LEVELS);

const emailList = z.array(EmailSchema).max(50).default([]);

const alarmRuleFields = {
  /** Off: nothing is evaluated for the sensor, open alarms clear. */
  enabled: z.boolean().default(true),
  temperature: LevelsSchema,
  humidity: LevelsSchema,
  /** How long a level must be crossed before it counts (0 = at once). */
  delaySeconds: z.number().int().min(0).max(86_400).default(0),
  /** Communication loss after this many storage intervals without a reading; null = not watched. */
  communicationLossIntervals: z.number().int().min(1).max(10_000).nullable().default(null),
  /** Warn 30 days before the calibration is due and raise an alarm on the due date. */
  calibrationDue: z.boolean().default(true),
  /** Who is mailed when an alarm is raised, goes up to the alarm level, or a calibration notice is due. */
  recipients: emailList,
  /** Who is mailed when an alarm stays unacknowledged `escalateAfterMinutes`. */
  escalationRecipients: emailList,
  escalateAfterMinutes: z.number().int().min(1).max(10_080).nullable().default(null),
};

export const AlarmRuleSchema = z.object({
  sensorId: z.uuid(),
  ...alarmRuleFields,
  recipients: z.array(z.string()),
  escalationRecipients: z.array(z.string()),
  /** 0 while the sensor still has the default rule (nothing stored yet). */
  version: z.number().int(),
  updatedAt: isoDateTime.nullable(),
});
export type AlarmRule = z.infer<typeof AlarmRuleSchema>;

export const AlarmRuleInputSchema = z
  .strictObject({ ...alarmRuleFields, version: z.number().int().min(0) })
  .refine((rule) => rule.escalateAfterMinutes === null || rule.escalationRecipients.length > 0, {
    message: 'Add who is told when nobody acknowledges in time',
    path: ['escalationRecipients'],
  });
export type AlarmRuleInput = z.input<typeof AlarmRuleInputSchema>;

/** What an outbox email is about: an alarm, its escalation, a calibration notice, or production (a POP). */
export const OUTBOX_KINDS = ['alarm', 'escalation', 'calibration', 'production'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** One email in the outbox: kept until the mail server accepted it, retried with growing pauses. */
export const OutboxMessageSchema = z.object({
  id: z.uuid(),
  kind: z.enum(OUTBOX_KINDS),
  recipients: z.array(z.string()),
  subject: z.string(),
  createdAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
  attempts: z.number().int(),
  nextAttemptAt: isoDateTime.nullable(),
  lastError: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;
export const OutboxPageSchema = pageOf(OutboxMessageSchema).extend({
  /** Whether this server sends mail at all (`SMTP_URL` set); without it mail waits. */
  sending: z.boolean(),
});
export type OutboxPage = z.infer<typeof OutboxPageSchema>;

export const OutboxQuerySchema = z.strictObject({
  ...pageQueryShape,
  status: z.enum(['all', 'pending', 'sent']).default('all'),
});
export type OutboxQuery = z.input<typeof OutboxQuerySchema>;
