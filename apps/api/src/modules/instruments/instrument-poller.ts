import type { ConnectedInstrument, Fluke1620aDriver } from './fluke-1620a.driver.js';
import { type ChannelReading, isZeroReading } from './fluke-1620a.protocol.js';

export type ConnectionState = 'connecting' | 'connected' | 'error' | 'disconnected';
export type AnomalyKind = 'zero' | 'stale';

export interface PollerListener {
  state(state: ConnectionState, message: string | null): void;
  connected(instrument: ConnectedInstrument): void;
  reading(reading: ChannelReading, receivedAt: Date): void;
  anomaly(kind: AnomalyKind, message: string, channel?: 1 | 2): void;
}

export interface PollerOptions {
  intervalMs: number;
  /** First wait after a failure; it doubles up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Intervals without a new reading before the instrument counts as stale. */
  staleAfterIntervals?: number;
}

class ZeroReadingAnomaly extends Error {}

/**
 * Keeps one instrument connected and polled on its interval, whoever is watching: any failure puts it
 * in the error state with the reason, then it reconnects with backoff (1 s doubling to 60 s by
 * default). A bad line never stops the poller.
 */
export class InstrumentPoller {
  private running = false;
  private reconnectRequested = false;
  private driver?: Fluke1620aDriver;
  /** Ends the current wait early: the poll interval or the backoff. */
  private wake?: () => void;
  private loop?: Promise<void>;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly staleAfterMs: number;

  constructor(
    private readonly createDriver: () => Fluke1620aDriver,
    private readonly options: PollerOptions,
    private readonly listener: PollerListener,
  ) {
    this.initialBackoffMs = options.initialBackoffMs ?? 1000;
    this.maxBackoffMs = options.maxBackoffMs ?? 60_000;
    this.staleAfterMs = options.intervalMs * (options.staleAfterIntervals ?? 3);
  }

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.driver?.close();
    this.wake?.();
    await this.loop;
    this.listener.state('disconnected', null);
  }

  /** Drops the connection and connects again at once. */
  reconnect(): void {
    this.reconnectRequested = true;
    this.driver?.close();
    this.wake?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wake = undefined;
        resolve();
      }
      this.wake = done;
    });
  }

  private async run(): Promise<void> {
    let backoff = this.initialBackoffMs;
    while (this.running) {
      const driver = this.createDriver();
      this.driver = driver;
      this.listener.state('connecting', null);
      let polling = false;
      try {
        let connectionLost: Error | undefined;
        const instrument = await driver.connect((error) => {
          connectionLost = error;
          // A connection lost while polling ends the interval's wait at once (not a backoff's).
          if (polling) this.wake?.();
        });
        polling = true;
        this.listener.connected(instrument);
        this.listener.state('connected', null);
        backoff = this.initialBackoffMs;
        await this.poll(driver, instrument.clockWasSet, () => connectionLost);
      } catch (error) {
        polling = false;
        driver.close();
        if (!this.running) break;
        if (this.reconnectRequested) {
          this.reconnectRequested = false;
          continue;
        }
        const message = error instanceof Error ? error.message : String(error);
        this.listener.state('error', message);
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, this.maxBackoffMs);
      }
    }
    this.driver?.close();
  }

  private async poll(
    driver: Fluke1620aDriver,
    skipFirst: boolean,
    lost: () => Error | undefined,
  ): Promise<void> {
    let skip = skipFirst;
    let lastFresh = Date.now();
    let stale = false;
    while (this.running) {
      const began = Date.now();
      const results = await driver.read();
      const receivedAt = new Date();
      for (const result of results) {
        if (!result.fresh) continue;
        lastFresh = receivedAt.getTime();
        stale = false;
        if (isZeroReading(result.reading)) {
          this.listener.anomaly(
            'zero',
            `Channel ${result.reading.channel} read 0 for both quantities`,
            result.reading.channel,
          );
          throw new ZeroReadingAnomaly('The instrument sent an all-zero reading: reconnecting');
        }
        // The clock was just set: the next reading carries a stamp from before, so it is skipped.
        if (!skip) this.listener.reading(result.reading, receivedAt);
      }
      skip = false;
      if (!stale && receivedAt.getTime() - lastFresh >= this.staleAfterMs) {
        stale = true;
        this.listener.anomaly(
          'stale',
          `No new reading for ${Math.round((receivedAt.getTime() - lastFresh) / 1000)} s`,
        );
      }
      await this.sleep(Math.max(0, this.options.intervalMs - (Date.now() - began)));
      const error = lost();
      if (error) throw error;
    }
  }
}
