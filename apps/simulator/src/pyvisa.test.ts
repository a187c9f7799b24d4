import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from './server.js';

/** A Python with PyVISA and its pure-Python backend (`npm test` installs Debian's when missing). */
const PYTHON = process.env.PYVISA_PYTHON ?? '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, '../examples/read_dewk.py');

describe('a PyVISA script written for the real 1620A', () => {
  let simulator: Simulator;
  beforeAll(async () => {
    simulator = await startSimulator({ instruments: 1, instrumentOptions: { samplePeriodMs: 200 } });
  });
  afterAll(() => simulator.close());

  it('runs unchanged against the simulator over TCPIP::host::port::SOCKET with newline termination', async () => {
    const { stdout } = await promisify(execFile)(PYTHON, [
      SCRIPT,
      '127.0.0.1',
      String(simulator.endpoints[0].port),
    ]).catch((error: Error & { stderr?: string }) => {
      throw new Error(
        `${PYTHON} ${SCRIPT} failed (PyVISA missing? apt-get install python3-pyvisa python3-pyvisa-py): ${error.stderr ?? error.message}`,
      );
    });
    const answer = JSON.parse(stdout);
    expect(answer.identity).toEqual({
      manufacturer: 'HART',
      model: '1620',
      serial: 'A6300',
      firmware: '1.10',
    });
    expect(answer.channels).toEqual(['Lab 1A', 'Lab 1B']);
    expect(answer.readings.map((r: { channel: number }) => r.channel)).toEqual([1, 2]);
    for (const reading of answer.readings) {
      expect(reading).toMatchObject({ temperatureUnit: 'C', humidityUnit: '%' });
      expect(reading.temperature).toBeGreaterThan(15);
      expect(reading.humidity).toBeGreaterThan(20);
      expect(Math.abs(Date.parse(`${reading.time}Z`) - Date.now())).toBeLessThan(5000);
    }
  });
});
