import { dayIn } from '../../common/site-calendar.js';
import { HeldSampleAccumulator, type HeldSegment, type HoldWindow } from './held-samples.js';
import { ValueStats } from './range-statistics.js';

export interface DailyBandsOptions extends HoldWindow {
  /** IANA time zone that defines the calendar days, e.g. Europe/Paris. */
  timeZone: string;
}

export interface Band {
  min: number;
  max: number;
  /** Time-weighted by hold. */
  mean: number;
}

export interface DailyBand {
  /** YYYY-MM-DD in the time zone. */
  day: string;
  temperature: Band;
  humidity: Band;
}

const QUARTER_HOUR_MS = 900_000;

/**
 * The calendar day (YYYY-MM-DD) of epoch-ms times in one time zone. Formatting is slow, so the day is
 * remembered per UTC quarter hour when the quarter hour starts and ends on the same day (always, for
 * today's offsets), and otherwise worked out per time.
 */
export class DayKeys {
  private quarter = Number.NaN;
  private quarterDay: string | null = null;

  constructor(private readonly timeZone: string) {
    dayIn(0, timeZone); // an unknown time zone throws here (RangeError), not in the middle of a stream
  }

  dayOf(time: number): string {
    const quarter = Math.floor(time / QUARTER_HOUR_MS);
    if (quarter !== this.quarter) {
      this.quarter = quarter;
      const first = dayIn(quarter * QUARTER_HOUR_MS, this.timeZone);
      const last = dayIn((quarter + 1) * QUARTER_HOUR_MS - 1, this.timeZone);
      this.quarterDay = first === last ? first : null;
    }
    return this.quarterDay ?? dayIn(time, this.timeZone);
  }
}

/** Min, max and time-weighted mean per calendar day; a sample counts for the day it was taken on. */
export class DailyBands extends HeldSampleAccumulator<DailyBand[]> {
  private readonly days: DayKeys;
  private readonly bands: DailyBand[] = [];
  private current: { day: string; temperature: ValueStats; humidity: ValueStats } | null = null;

  constructor({ timeZone, ...window }: DailyBandsOptions) {
    super(window);
    this.days = new DayKeys(timeZone);
  }

  protected take({ sample, start, end }: HeldSegment): void {
    const day = this.days.dayOf(sample.time);
    if (this.current?.day !== day) {
      this.close();
      this.current = { day, temperature: new ValueStats(), humidity: new ValueStats() };
    }
    this.current.temperature.add(sample.time, sample.temperature, end - start);
    this.current.humidity.add(sample.time, sample.humidity, end - start);
  }

  protected summarise(): DailyBand[] {
    this.close();
    return [...this.bands];
  }

  private close(): void {
    const current = this.current;
    if (current === null) return;
    const temperature = band(current.temperature);
    const humidity = band(current.humidity);
    if (temperature !== null && humidity !== null)
      this.bands.push({ day: current.day, temperature, humidity });
    this.current = null;
  }
}

function band(stats: ValueStats): Band | null {
  const result = stats.result();
  return result === null ? null : { min: result.min.value, max: result.max.value, mean: result.mean };
}
