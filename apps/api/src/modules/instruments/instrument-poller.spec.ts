import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { type FaultMode, type Simulator, startSimulator } from '@factoryops/simulator';
import { Fluke1620aDriver } from './fluke-1620a.driver.js';
import type { ChannelReading } from './fluke-1620a.protocol.js';
import { type ConnectionState, InstrumentPoller } from './instrument-poller.js';

/** The driver and poller against the protocol simulator over real TCP, fault by fault. */
describe('instrument poller with the Fluke 1620A driver', () => {
  let simulator: Simulator;
  let poller: InstrumentPoller | undefined;
  const events = {
    states: [] as { state: ConnectionState; message: string | null }[],
    readings: [] as ChannelReading[],
    anomalies: [] as string[],
    identities: [] as string[],
  };

  const until = async (what: string, condition: () => boolean, timeoutMs = 4000) => {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}: ${JSON.stringify(events.states.slice(-5))}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const lastState = () => events.states.at(-1);
  const fault = (mode: FaultMode) => simulator.endpoints[0].setFault(mode);

  const startPolling = () => {
    const endpoint = simulator.endpoints[0];
    poller = new InstrumentPoller(
      () => new Fluke1620aDriver({ host: endpoint.host, port: endpoint.port, commandTimeoutMs: 300 }),
      { intervalMs: 100, initialBackoffMs: 50, maxBackoffMs: 200 },
      {
        state: (state, message) => {
          events.states.push({ state, message });
        },
        connected: (instrument) =>
          events.identities.push(`${instrument.identity.serial} ${instrument.channelNames.join('/')}`),
        reading: (reading) => events.readings.push(reading),
        anomaly: (kind, message) => events.anomalies.push(`${kind}: ${message}`),
      },
    );
    poller.start();
  };

  beforeAll(async () => {
    simulator = await startSimulator({
      instruments: 1,
      slowReplyMs: 150,
      instrumentOptions: { samplePeriodMs: 50 },
    });
  });
  afterEach(async () => {
    await poller?.stop();
    await fault('none');
    events.states.length = 0;
    events.readings.length = 0;
    events.anomalies.length = 0;
    events.identities.length = 0;
  });
  afterAll(() => simulator.close());

  it('identifies the instrument, names the channels and delivers readings from both on every interval', async () => {
    startPolling();
    await until('readings', () => events.readings.length >= 6);
    expect(events.identities).toEqual(['A6300 Lab 1A/Lab 1B']);
    expect(events.states.slice(0, 2).map((s) => s.state)).toEqual(['connecting', 'connected']);
    expect(new Set(events.readings.map((r) => r.channel))).toEqual(new Set([1, 2]));
    for (const reading of events.readings) {
      expect(reading.temperature).toBeGreaterThan(15);
      expect(reading.humidity).toBeGreaterThan(20);
      expect(Math.abs(reading.instrumentTime.getTime() - Date.now())).toBeLessThan(5000);
    }
    await poller?.stop();
    expect(lastState()?.state).toBe('disconnected');
  });

  it('sets a clock that is hours off, and skips the reading taken before', async () => {
    await fault('clock-off');
    startPolling();
    await until('readings', () => events.readings.length >= 2);
    const clock = simulator.endpoints[0].instrument.deviceTime().getTime();
    expect(Math.abs(clock - Date.now())).toBeLessThan(3000);
    for (const reading of events.readings) {
      expect(Math.abs(reading.instrumentTime.getTime() - Date.now())).toBeLessThan(5000);
    }
  });

  it.each<[FaultMode, RegExp]>([
    ['refuse', /refused/],
    ['hang', /No answer to .* within 300 ms/],
    ['garbage', /Unexpected/],
    ['drop', /closed the connection|No answer/],
  ])('on "%s": error state with the reason, then recovers by itself', async (mode, reason) => {
    await fault(mode);
    startPolling();
    await until('the error state', () => lastState()?.state === 'error');
    expect(lastState()?.message).toMatch(reason);
    expect(events.readings).toHaveLength(0);
    await fault('none');
    await until('readings after recovery', () => events.readings.length >= 2);
    expect(lastState()?.state).toBe('connected');
  });

  it('treats an all-zero reading as an anomaly: never delivered, and the connection is renewed', async () => {
    startPolling();
    await until('readings', () => events.readings.length >= 2);
    await fault('zeros');
    await until('the anomaly', () => events.anomalies.length > 0);
    expect(events.anomalies[0]).toMatch(/^zero: Channel \d read 0/);
    await fault('none');
    await until('a new connection', () => events.states.filter((s) => s.state === 'connected').length >= 2);
    expect(events.readings.every((r) => r.temperature !== 0 || r.humidity !== 0)).toBe(true);
  });

  it('skips state-0 answers and reports the instrument stale after three intervals', async () => {
    await fault('state0');
    startPolling();
    await until('the stale anomaly', () => events.anomalies.some((a) => a.startsWith('stale')));
    expect(events.readings).toHaveLength(0);
    expect(lastState()?.state).toBe('connected');
  });

  it('waits for a slow instrument within the command timeout', async () => {
    await fault('slow');
    startPolling();
    await until('readings', () => events.readings.length >= 2, 6000);
    expect(events.states.some((s) => s.state === 'error')).toBe(false);
  });

  it('reconnects on request without an error', async () => {
    startPolling();
    await until('readings', () => events.readings.length >= 2);
    poller?.reconnect();
    await until(
      'a second connection',
      () => events.states.filter((s) => s.state === 'connected').length >= 2,
    );
    expect(events.states.some((s) => s.state === 'error')).toBe(false);
  });
});
