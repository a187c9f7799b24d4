import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { TestConnectionResult } from '@factoryops/contracts';
import { DataSource, type QueryRunner } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { IngestService } from '../measurements/ingest.service.js';
import { type DomainEvent, DomainEvents } from '../realtime/domain-events.js';
import { Fluke1620aDriver } from './fluke-1620a.driver.js';
import { InstrumentEntity } from './instrument.entity.js';
import { InstrumentPoller } from './instrument-poller.js';
import { InstrumentsService } from './instruments.service.js';
import { SensorEntity } from './sensor.entity.js';

interface Owned {
  poller: InstrumentPoller;
  /** Channel → sensor, for the readings of this instrument. */
  sensors: Map<number, SensorEntity>;
  lastStored: Map<string, number>;
  storageMs: number;
}

/** A reading counts as a storage tick when it is this close to the interval (poll jitter). */
const STORAGE_TOLERANCE_MS = 500;

/**
 * Polls every enabled instrument on the server, whether or not anyone watches. Exactly one poller per
 * instrument across API processes: a process polls an instrument only while it holds that instrument's
 * PostgreSQL advisory lock (on a connection kept for the purpose).
 */
@Injectable()
export class ConnectionManager implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ConnectionManager');
  private readonly owned = new Map<string, Owned>();
  private lockConnection?: QueryRunner;
  private unsubscribe?: () => void;
  private claimTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly instruments: InstrumentsService,
    private readonly ingest: IngestService,
    private readonly events: DomainEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.env.INSTRUMENT_POLLING) return;
    this.lockConnection = this.dataSource.createQueryRunner();
    await this.lockConnection.connect();
    this.unsubscribe = this.events.subscribe((event) => this.onEvent(event));
    await this.connectAll();
    // Instruments owned by a process that went away are free again: claim them.
    this.claimTimer = setInterval(
      () =>
        void this.connectAll().catch((error: Error) =>
          this.logger.warn(`Claiming instruments failed: ${error.message}`),
        ),
      this.config.env.INSTRUMENT_CLAIM_SECONDS * 1000,
    );
    this.claimTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.claimTimer);
    this.unsubscribe?.();
    await Promise.all([...this.owned.keys()].map((id) => this.disconnect(id)));
    await this.lockConnection?.release();
  }

  /** Connects every enabled instrument this process can own ("initialize all"). */
  async connectAll(): Promise<void> {
    const enabled = await this.dataSource.getRepository(InstrumentEntity).find({
      where: { enabled: true, driver: 'fluke-1620a' },
    });
    for (const instrument of enabled) if (!instrument.retiredAt) await this.connect(instrument.id);
  }

  async connect(instrumentId: string): Promise<boolean> {
    if (this.stopped || !this.lockConnection) return false;
    if (this.owned.has(instrumentId)) return true;
    const instrument = await this.dataSource
      .getRepository(InstrumentEntity)
      .findOne({ where: { id: instrumentId }, relations: { sensors: true } });
    if (!instrument || instrument.retiredAt || instrument.driver !== 'fluke-1620a') return false;
    const [{ locked }] = await this.lockConnection.query(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 1620)) AS locked',
      [instrumentId],
    );
    if (!locked) return false;
    const owned: Owned = {
      sensors: new Map((instrument.sensors ?? []).map((sensor) => [sensor.channel, sensor])),
      lastStored: new Map(),
      storageMs: instrument.storageIntervalSeconds * 1000,
      poller: new InstrumentPoller(
        () => new Fluke1620aDriver({ host: instrument.host, port: instrument.port }),
        { intervalMs: instrument.pollIntervalSeconds * 1000 },
        {
          state: (state, message) => {
            void this.instruments.recordConnection(instrumentId, state, message).catch(() => undefined);
            this.events.publish({
              type: 'instrument.state',
              event: { instrumentId, state, message, at: new Date().toISOString() },
            });
          },
          connected: ({ identity, channelNames }) => {
            void this.instruments
              .recordIdentity(instrumentId, identity, channelNames)
              .then(() => this.refreshSensors(instrumentId))
              .catch((error: Error) => this.logger.warn(`Could not record the identity: ${error.message}`));
          },
          reading: (reading, receivedAt) => {
            const sensor = owned.sensors.get(reading.channel);
            if (!sensor?.active) return;
            const time = reading.instrumentTime.getTime();
            const last = owned.lastStored.get(sensor.id);
            const store = last === undefined || time - last >= owned.storageMs - STORAGE_TOLERANCE_MS;
            if (store) owned.lastStored.set(sensor.id, time);
            this.ingest.accept(
              {
                sensorId: sensor.id,
                instrumentId,
                channel: reading.channel,
                time: reading.instrumentTime,
                receivedAt,
                temperature: reading.temperature,
                humidity: reading.humidity,
              },
              store,
            );
          },
          anomaly: (kind, message, channel) => {
            this.events.publish({
              type: 'anomaly',
              event: {
                instrumentId,
                sensorId: channel ? (owned.sensors.get(channel)?.id ?? null) : null,
                kind,
                message,
                at: new Date().toISOString(),
              },
            });
          },
        },
      ),
    };
    this.owned.set(instrumentId, owned);
    owned.poller.start();
    return true;
  }

  async disconnect(instrumentId: string): Promise<void> {
    const owned = this.owned.get(instrumentId);
    if (!owned) return;
    this.owned.delete(instrumentId);
    await owned.poller.stop();
    await this.lockConnection
      ?.query('SELECT pg_advisory_unlock(hashtextextended($1, 1620))', [instrumentId])
      .catch(() => undefined);
  }

  /**
   * Reaches an instrument at `host:port` once, as "test connection" before saving its settings: its
   * identity, channel names and clock offset, or why it could not be reached. Nothing is stored.
   */
  async testConnection(host: string, port: number): Promise<TestConnectionResult> {
    const driver = new Fluke1620aDriver({ host, port });
    try {
      const instrument = await driver.connect(() => undefined);
      const { manufacturer, model, serial, firmware } = instrument.identity;
      return {
        reachable: true,
        identity: [manufacturer, model, serial, firmware].join(','),
        channelNames: instrument.channelNames,
        clockOffsetSeconds: Math.round(instrument.clockOffsetMs / 1000),
        error: null,
      };
    } catch (error) {
      return {
        reachable: false,
        identity: null,
        channelNames: [],
        clockOffsetSeconds: null,
        error: (error as Error).message,
      };
    } finally {
      driver.close();
    }
  }

  reconnect(instrumentId: string): boolean {
    const owned = this.owned.get(instrumentId);
    owned?.poller.reconnect();
    return Boolean(owned);
  }

  isPolling(instrumentId: string): boolean {
    return this.owned.has(instrumentId);
  }

  private async refreshSensors(instrumentId: string): Promise<void> {
    const owned = this.owned.get(instrumentId);
    if (!owned) return;
    const sensors = await this.dataSource.getRepository(SensorEntity).find({ where: { instrumentId } });
    owned.sensors = new Map(sensors.map((sensor) => [sensor.channel, sensor]));
  }

  /** Socket commands; settings changes (start again from the stored settings, or stop); sensor edits. */
  private onEvent(event: DomainEvent): void {
    if (event.type === 'instrument.command') {
      const { command, instrumentId } = event;
      const run =
        command === 'connect-all' || !instrumentId
          ? this.connectAll()
          : command === 'connect'
            ? this.connect(instrumentId)
            : command === 'disconnect'
              ? this.disconnect(instrumentId)
              : Promise.resolve(this.reconnect(instrumentId) || this.connect(instrumentId));
      void run.catch((error: Error) => this.logger.warn(`Command ${command} failed: ${error.message}`));
    }
    if (event.type === 'instrument.configured') {
      void this.disconnect(event.instrumentId).then(async () => {
        const instrument = await this.dataSource
          .getRepository(InstrumentEntity)
          .findOneBy({ id: event.instrumentId });
        if (instrument?.enabled && !instrument.retiredAt) await this.connect(event.instrumentId);
      });
    }
    if (event.type === 'entity.changed' && event.payload.entity === 'sensor') {
      for (const [instrumentId, owned] of this.owned) {
        if ([...owned.sensors.values()].some((sensor) => sensor.id === event.payload.id))
          void this.refreshSensors(instrumentId);
      }
    }
  }
}
