/**
 * The Fluke (Hart Scientific) 1620A "DewK" protocol, as pure functions: what to send and how to read
 * the answers. Assumptions are written down in docs/fluke-1620a.md.
 */

export interface InstrumentIdentity {
  manufacturer: string;
  model: string;
  serial: string;
  firmware: string;
}

export interface ChannelReading {
  channel: 1 | 2;
  /** Always °C: a reading in °F is converted. */
  temperature: number;
  /** Relative humidity, %. */
  humidity: number;
  /** The instrument's own time stamp of the reading. */
  instrumentTime: Date;
}

/** A `READ?` answer: a new reading, or the instrument's "nothing new since you last asked" (state 0). */
export type ReadResult = { fresh: true; reading: ChannelReading } | { fresh: false; channel: 1 | 2 };

export class ProtocolError extends Error {}

export const COMMANDS = {
  identify: '*IDN?',
  date: 'SYST:DATE?',
  time: 'SYST:TIME?',
  timestampsOn: 'FORM:TDST:STAT 1',
  channelName: (channel: 1 | 2) => `SENS${channel}:IDEN?`,
  read: (channel: 1 | 2) => `READ? ${channel}`,
  setDate: (at: Date) => `SYST:DATE ${at.getUTCFullYear()},${at.getUTCMonth() + 1},${at.getUTCDate()}`,
  setTime: (at: Date) => `SYST:TIME ${at.getUTCHours()},${at.getUTCMinutes()},${at.getUTCSeconds()}`,
};

/** How far the instrument clock may drift before it is set. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

function numbers(line: string, count: number, what: string): number[] {
  const parts = line.trim().split(',');
  const values = parts.map((part) => Number(part.trim()));
  if (parts.length !== count || values.some((value) => !Number.isFinite(value) || !Number.isInteger(value))) {
    throw new ProtocolError(`Unexpected ${what} answer: "${line.trim()}"`);
  }
  return values;
}

/** `*IDN?` → `HART,1620,A63,1.10`. */
export function parseIdentity(line: string): InstrumentIdentity {
  const parts = line
    .trim()
    .split(',')
    .map((part) => part.trim());
  if (parts.length !== 4 || parts.some((part) => part.length === 0 || part.length > 64)) {
    throw new ProtocolError(`Unexpected *IDN? answer: "${line.trim()}"`);
  }
  const [manufacturer, model, serial, firmware] = parts;
  return { manufacturer, model, serial, firmware };
}

/** `SENSn:IDEN?` → `"Lab A"` (quotes optional). */
export function parseChannelName(line: string): string {
  const name = line
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  if (name.length > 64 || [...name].some((c) => c.charCodeAt(0) < 32))
    throw new ProtocolError(`Unexpected channel name: "${line}"`);
  return name;
}

/** `SYST:DATE?` + `SYST:TIME?` → the instrument's clock (read as UTC). */
export function parseClock(dateLine: string, timeLine: string): Date {
  const [year, month, day] = numbers(dateLine, 3, 'SYST:DATE?');
  const [hour, minute, second] = numbers(timeLine, 3, 'SYST:TIME?');
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw new ProtocolError(`Impossible instrument clock: ${dateLine.trim()} ${timeLine.trim()}`);
  }
  return at;
}

export function clockNeedsSetting(instrumentTime: Date, now: Date): boolean {
  return Math.abs(instrumentTime.getTime() - now.getTime()) > CLOCK_TOLERANCE_MS;
}

const fahrenheitToCelsius = (value: number) => Math.round(((value - 32) * 5000) / 9) / 1000;

/**
 * A stamped `READ? n` answer: `state,channel,temperature,unit,humidity,unit,y,m,d,h,m,s`,
 * e.g. `1,1,25.629,C,29.32,%,2026,11,23,11,2,38`.
 */
export function parseReading(line: string, expectedChannel: 1 | 2): ReadResult {
  const parts = line
    .trim()
    .split(',')
    .map((part) => part.trim());
  const fail = (why: string): never => {
    throw new ProtocolError(`Unexpected READ? ${expectedChannel} answer (${why}): "${line.trim()}"`);
  };
  if (parts.length !== 12) fail(`${parts.length} fields instead of 12`);
  const [state, channel, temperatureText, unit, humidityText, humidityUnit, ...stamp] = parts;
  if (state !== '0' && state !== '1') fail('state is not 0 or 1');
  if (Number(channel) !== expectedChannel) fail(`channel ${channel}`);
  if (state === '0') return { fresh: false, channel: expectedChannel };
  const temperature = Number(temperatureText);
  const humidity = Number(humidityText);
  if (!Number.isFinite(temperature) || temperatureText === '') fail('temperature is not a number');
  if (!Number.isFinite(humidity) || humidityText === '') fail('humidity is not a number');
  if (unit !== 'C' && unit !== 'F') fail(`temperature unit ${unit}`);
  if (humidityUnit !== '%') fail(`humidity unit ${humidityUnit}`);
  const instrumentTime = parseClock(stamp.slice(0, 3).join(','), stamp.slice(3).join(','));
  return {
    fresh: true,
    reading: {
      channel: expectedChannel,
      temperature: unit === 'F' ? fahrenheitToCelsius(temperature) : temperature,
      humidity,
      instrumentTime,
    },
  };
}

/** Both quantities exactly zero: seen when a connection goes bad, never a real measurement. */
export function isZeroReading(reading: ChannelReading): boolean {
  return reading.temperature === 0 && reading.humidity === 0;
}
