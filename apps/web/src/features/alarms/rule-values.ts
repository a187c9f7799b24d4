import {
  type AlarmRule,
  type AlarmRuleInput,
  QUANTITIES,
  QUANTITY_UNITS,
  type Quantity,
  type QuantityLevels,
} from '@factoryops/contracts';
import { durationText } from './alarm-duration';

/** The four levels of a quantity, lowest first. */
export const LEVEL_FIELDS = ['alarmLow', 'warningLow', 'warningHigh', 'alarmHigh'] as const;
export type LevelField = (typeof LEVEL_FIELDS)[number];

/** One quantity's levels as typed: an empty level is off. */
export type LevelsValues = Record<LevelField | 'hysteresis', string>;

/** The rule form as typed: text for every number, one text for each address list. */
export interface RuleValues {
  enabled: boolean;
  temperature: LevelsValues;
  humidity: LevelsValues;
  delaySeconds: string;
  communicationLossIntervals: string;
  calibrationDue: boolean;
  recipients: string;
  escalationRecipients: string;
  escalateAfterMinutes: string;
}

/** A number as the form shows it; off (null) is an empty input. */
export function numberInput(value: number | null): string {
  return value === null ? '' : String(value);
}

/** A typed number (a decimal comma read as a point): null when blank, NaN when not a number. */
export function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Addresses typed one per line, or separated by commas, semicolons or spaces. */
export function splitAddresses(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

function levelsValues(levels: QuantityLevels): LevelsValues {
  return {
    alarmLow: numberInput(levels.alarmLow),
    warningLow: numberInput(levels.warningLow),
    warningHigh: numberInput(levels.warningHigh),
    alarmHigh: numberInput(levels.alarmHigh),
    hysteresis: numberInput(levels.hysteresis),
  };
}

export function ruleValuesOf(rule: AlarmRule): RuleValues {
  return {
    enabled: rule.enabled,
    temperature: levelsValues(rule.temperature),
    humidity: levelsValues(rule.humidity),
    delaySeconds: numberInput(rule.delaySeconds),
    communicationLossIntervals: numberInput(rule.communicationLossIntervals),
    calibrationDue: rule.calibrationDue,
    recipients: rule.recipients.join('\n'),
    escalationRecipients: rule.escalationRecipients.join('\n'),
    escalateAfterMinutes: numberInput(rule.escalateAfterMinutes),
  };
}

const OPTIONAL_NUMBERS = ['communicationLossIntervals', 'escalateAfterMinutes'] as const;

/**
 * Messages for numbers that cannot be read, by the API's field path (`temperature.warningHigh`).
 * Checked before sending: sent as null, such a level would quietly be switched off.
 */
export function unreadableFields(values: RuleValues): Record<string, string> {
  const unreadable: Record<string, string> = {};
  const check = (path: string, text: string) => {
    if (Number.isNaN(readNumber(text))) unreadable[path] = 'Enter a number';
  };
  for (const quantity of QUANTITIES)
    for (const field of [...LEVEL_FIELDS, 'hysteresis'] as const)
      check(`${quantity}.${field}`, values[quantity][field]);
  check('delaySeconds', values.delaySeconds);
  for (const field of OPTIONAL_NUMBERS) check(field, values[field]);
  return unreadable;
}

function levelsInput(values: LevelsValues): QuantityLevels {
  return {
    alarmLow: readNumber(values.alarmLow),
    warningLow: readNumber(values.warningLow),
    warningHigh: readNumber(values.warningHigh),
    alarmHigh: readNumber(values.alarmHigh),
    hysteresis: readNumber(values.hysteresis) ?? 0,
  };
}

/** The rule as the API takes it: empty levels and limits are off (null); an empty delay or hysteresis is 0. */
export function toRuleInput(values: RuleValues, version: number): AlarmRuleInput {
  return {
    enabled: values.enabled,
    temperature: levelsInput(values.temperature),
    humidity: levelsInput(values.humidity),
    delaySeconds: readNumber(values.delaySeconds) ?? 0,
    communicationLossIntervals: readNumber(values.communicationLossIntervals),
    calibrationDue: values.calibrationDue,
    recipients: splitAddresses(values.recipients),
    escalationRecipients: splitAddresses(values.escalationRecipients),
    escalateAfterMinutes: readNumber(values.escalateAfterMinutes),
    version,
  };
}

/**
 * The server's message for a list field: about the whole list (`recipients`), or about one address
 * (`recipients.2`), then naming the address as it was sent.
 */
export function listFieldError(
  errors: Record<string, string>,
  field: string,
  sent: readonly string[],
): string | undefined {
  if (errors[field]) return errors[field];
  for (const [path, message] of Object.entries(errors)) {
    const match = path.match(/^([^.]+)\.(\d+)/);
    if (match?.[1] !== field) continue;
    const address = sent[Number(match[2])];
    return address ? `${address}: ${message}` : message;
  }
  return undefined;
}

const level = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

function band(low: number | null, high: number | null, unit: string): string | null {
  if (low !== null && high !== null)
    return `below ${level.format(low)} or above ${level.format(high)} ${unit}`;
  if (low !== null) return `below ${level.format(low)} ${unit}`;
  if (high !== null) return `above ${level.format(high)} ${unit}`;
  return null;
}

/** A quantity's levels in words, a line a level: ["warning below 18 or above 25 °C", "alarm above 28 °C"]. */
export function levelsLines(levels: QuantityLevels, quantity: Quantity): string[] {
  const unit = QUANTITY_UNITS[quantity];
  const warning = band(levels.warningLow, levels.warningHigh, unit);
  const alarm = band(levels.alarmLow, levels.alarmHigh, unit);
  return [warning && `warning ${warning}`, alarm && `alarm ${alarm}`].filter((line) => line !== null);
}

/** The levels on one line: "warning below 18 or above 25 °C · alarm above 28 °C"; "Off" when none. */
export function levelsText(levels: QuantityLevels, quantity: Quantity): string {
  const lines = levelsLines(levels, quantity);
  return lines.length ? lines.join(' · ') : 'Off';
}

/** "at once", "after 1 min" */
export function delayText(seconds: number): string {
  return seconds === 0 ? 'at once' : `after ${durationText(seconds * 1000)}`;
}

/** "Off", "after 3 missed readings (15 min)" when the storage interval is known. */
export function communicationText(intervals: number | null, storageIntervalSeconds?: number): string {
  if (intervals === null) return 'Off';
  const readings = `after ${intervals} missed ${intervals === 1 ? 'reading' : 'readings'}`;
  return storageIntervalSeconds
    ? `${readings} (${durationText(intervals * storageIntervalSeconds * 1000)})`
    : readings;
}

const people = (count: number) => `${count} ${count === 1 ? 'address' : 'addresses'}`;

/** Who is told: "2 addresses; escalates after 30 min to 1 address"; "Nobody" without recipients. */
export function notifyText(
  rule: Pick<AlarmRule, 'recipients' | 'escalationRecipients' | 'escalateAfterMinutes'>,
): string {
  const first = rule.recipients.length ? people(rule.recipients.length) : 'Nobody';
  if (rule.escalateAfterMinutes === null) return first;
  return `${first}; escalates after ${durationText(rule.escalateAfterMinutes * 60_000)} to ${people(rule.escalationRecipients.length)}`;
}
