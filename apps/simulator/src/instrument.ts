import { type ChannelClimate, climateAt, defaultClimate, seededRandom } from './climate.js';
import type { FaultMode } from './faults.js';

export interface InstrumentOptions {
  index: number;
  serial?: string;
  firmware?: string;
  channelNames?: [string, string];
  climates?: [ChannelClimate, ChannelClimate];
  /** Climate seconds per real second: 60 makes an hour of daily swing pass in a minute. */
  speed?: number;
  /** How often the instrument takes a new reading, in real milliseconds. */
  samplePeriodMs?: number;
  /** The real clock; tests pass their own. */
  now?: () => number;
  seed?: number;
}

const CLOCK_OFF_MS = -3 * 3600_000;

const pad = (value: number) => String(value);

/**
 * One simulated Fluke 1620A: two channels, a clock, a few settings, and the answers to its SCPI
 * commands. `respond` is the whole protocol; the TCP server only moves lines in and out.
 */
export class SimulatedInstrument {
  readonly index: number;
  readonly serial: string;
  readonly firmware: string;
  readonly channelNames: [string, string];
  fault: FaultMode = 'none';
  /** Time/date stamp and state in `READ?` answers (`FORM:TDST:STAT`). Off at power-up. */
  timestampedReadings = false;
  temperatureUnit: 'C' | 'F' = 'C';

  private readonly climates: [ChannelClimate, ChannelClimate];
  private readonly speed: number;
  private readonly samplePeriodMs: number;
  private readonly now: () => number;
  private readonly startedAt: number;
  private readonly random: () => number;
  private clockOffsetMs = 0;
  private readonly lastSampleRead: [number, number] = [-1, -1];
  private readonly errors: string[] = [];

  constructor(options: InstrumentOptions) {
    this.index = options.index;
    this.serial = options.serial ?? `A${String(6300 + options.index).padStart(4, '0')}`;
    this.firmware = options.firmware ?? '1.10';
    this.channelNames = options.channelNames ?? [`Lab ${options.index + 1}A`, `Lab ${options.index + 1}B`];
    this.climates = options.climates ?? [defaultClimate(options.index, 1), defaultClimate(options.index, 2)];
    this.speed = options.speed ?? 1;
    this.samplePeriodMs = options.samplePeriodMs ?? 1000;
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.random = seededRandom(options.seed ?? 1620 + options.index);
  }

  /** Climate time: real time, sped up from the start (the clock itself keeps real time). */
  simulatedTime(): Date {
    const real = this.now();
    return new Date(this.startedAt + (real - this.startedAt) * this.speed);
  }

  /** What the instrument's own clock says: real time, plus however far it was set off. */
  deviceTime(): Date {
    return new Date(this.now() + this.clockOffsetMs);
  }

  setDeviceTime(target: Date): void {
    this.clockOffsetMs = target.getTime() - this.now();
  }

  setFault(mode: FaultMode): void {
    this.fault = mode;
    if (mode === 'clock-off') this.clockOffsetMs = CLOCK_OFF_MS;
  }

  /**
   * The answer to one command line, or null when the command has no answer (settings) or is not
   * understood (then it goes to the error queue, as on the device).
   */
  respond(line: string): string | null {
    const command = line.trim();
    if (!command) return null;
    const [head, ...rest] = command.split(/\s+/);
    const argument = rest.join(' ');
    const upper = head.toUpperCase();
    switch (upper) {
      case '*IDN?':
        return `HART,1620,${this.serial},${this.firmware}`;
      case '*RST':
        this.timestampedReadings = false;
        this.temperatureUnit = 'C';
        return null;
      case 'SYST:DATE?':
      case 'SYSTEM:DATE?': {
        const t = this.deviceTime();
        return `${t.getUTCFullYear()},${pad(t.getUTCMonth() + 1)},${pad(t.getUTCDate())}`;
      }
      case 'SYST:TIME?':
      case 'SYSTEM:TIME?': {
        const t = this.deviceTime();
        return `${pad(t.getUTCHours())},${pad(t.getUTCMinutes())},${pad(t.getUTCSeconds())}`;
      }
      case 'SYST:DATE':
      case 'SYSTEM:DATE':
        return this.setDatePart(argument, 'date');
      case 'SYST:TIME':
      case 'SYSTEM:TIME':
        return this.setDatePart(argument, 'time');
      case 'SYST:ERR?':
      case 'SYSTEM:ERROR?':
        return this.errors.shift() ?? '0,"No error"';
      case 'FORM:TDST:STAT':
      case 'FORMAT:TDSTAMP:STATE':
        if (argument !== '0' && argument !== '1') return this.error('-224,"Illegal parameter value"');
        this.timestampedReadings = argument === '1';
        return null;
      case 'FORM:TDST:STAT?':
      case 'FORMAT:TDSTAMP:STATE?':
        return this.timestampedReadings ? '1' : '0';
      case 'UNIT:TEMP':
        if (argument.toUpperCase() !== 'C' && argument.toUpperCase() !== 'F') {
          return this.error('-224,"Illegal parameter value"');
        }
        this.temperatureUnit = argument.toUpperCase() as 'C' | 'F';
        return null;
      case 'UNIT:TEMP?':
        return this.temperatureUnit;
      case 'READ?':
        return this.read(argument);
      case 'MEAS?':
        return this.basicReading(1);
    }
    const identity = /^SENS([12]):IDEN(\?)?$/.exec(upper);
    if (identity) {
      const channel = Number(identity[1]) - 1;
      if (identity[2]) return `"${this.channelNames[channel]}"`;
      this.channelNames[channel] = argument.replace(/^"|"$/g, '').slice(0, 32);
      return null;
    }
    return this.error('-113,"Undefined header"');
  }

  private error(entry: string): null {
    this.errors.push(entry);
    if (this.errors.length > 10) this.errors.shift();
    return null;
  }

  private setDatePart(argument: string, part: 'date' | 'time'): null {
    const numbers = argument.split(',').map((value) => Number(value.trim()));
    if (numbers.length !== 3 || numbers.some((value) => !Number.isInteger(value))) {
      return this.error('-224,"Illegal parameter value"');
    }
    const t = this.deviceTime();
    const [a, b, c] = numbers;
    const target =
      part === 'date'
        ? Date.UTC(a, b - 1, c, t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds())
        : Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), a, b, c);
    if (Number.isNaN(target)) return this.error('-224,"Illegal parameter value"');
    this.setDeviceTime(new Date(target));
    return null;
  }

  private measure(channel: 1 | 2) {
    if (this.fault === 'zeros') return { temperature: 0, humidity: 0 };
    const reading = climateAt(this.climates[channel - 1], this.simulatedTime(), this.random);
    const temperature =
      this.temperatureUnit === 'F'
        ? Math.round(((reading.temperature * 9) / 5) * 1000 + 32000) / 1000
        : reading.temperature;
    return { temperature, humidity: reading.humidity };
  }

  private basicReading(channel: 1 | 2): string {
    const { temperature, humidity } = this.measure(channel);
    return `${temperature.toFixed(3)},${humidity.toFixed(2)}`;
  }

  private read(argument: string): string | null {
    const channel = Number(argument || '1');
    if (channel !== 1 && channel !== 2) return this.error('-224,"Illegal parameter value"');
    if (!this.timestampedReadings) return this.basicReading(channel);
    const sample = Math.floor((this.now() - this.startedAt) / this.samplePeriodMs);
    const fresh = this.fault !== 'state0' && sample !== this.lastSampleRead[channel - 1];
    this.lastSampleRead[channel - 1] = sample;
    const { temperature, humidity } = this.measure(channel);
    const t = this.deviceTime();
    const stamp = [
      t.getUTCFullYear(),
      t.getUTCMonth() + 1,
      t.getUTCDate(),
      t.getUTCHours(),
      t.getUTCMinutes(),
      t.getUTCSeconds(),
    ].join(',');
    return `${fresh ? 1 : 0},${channel},${temperature.toFixed(3)},${this.temperatureUnit},${humidity.toFixed(2)},%,${stamp}`;
  }
}
