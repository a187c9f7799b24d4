#!/usr/bin/env node
/**
 * factoryops-simulator --instruments N --base-port P --speed X [--host H]
 * Runs N simulated Fluke 1620A thermo-hygrometers on consecutive TCP ports. Type `help` for the
 * commands that change them while they run (faults, clocks).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { FAULT_MODES, isFaultMode } from './faults.js';
import { startSimulator } from './server.js';

const USAGE = `Usage: factoryops-simulator [--instruments N] [--base-port P] [--speed X] [--host H]

  --instruments N   how many instruments (default 2)
  --base-port P     port of the first one; the others follow (default 10001)
  --speed X         simulated seconds per real second, for the daily climate (default 1)
  --host H          address to listen on (default 127.0.0.1)

While running, type:
  status                       each instrument's port, fault and clock
  fault <n> <mode>             set instrument n's fault: ${FAULT_MODES.join(', ')}
  clock <n> <ISO time>         set instrument n's clock
  quit                         stop`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    instruments: { type: 'string', default: '2' },
    'base-port': { type: 'string', default: '10001' },
    speed: { type: 'string', default: '1' },
    host: { type: 'string', default: '127.0.0.1' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const instruments = Number(values.instruments);
const basePort = Number(values['base-port']);
const speed = Number(values.speed);
if (!Number.isInteger(instruments) || instruments < 1 || instruments > 200)
  fail('--instruments must be 1 to 200');
if (!Number.isInteger(basePort) || basePort < 0 || basePort > 65535)
  fail('--base-port must be a port number');
if (!(speed > 0 && speed <= 100_000)) fail('--speed must be above 0');

const simulator = await startSimulator({ instruments, basePort, speed, host: values.host });
const status = () =>
  simulator.endpoints
    .map(
      (e, i) =>
        `  ${i + 1}. ${e.host}:${e.port}  ${e.instrument.serial}  fault=${e.instrument.fault}  clock=${e.instrument.deviceTime().toISOString()}`,
    )
    .join('\n');
console.log(
  `Fluke 1620A simulator: ${instruments} instrument(s), speed ×${speed}\n${status()}\nType "help" for commands.`,
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await simulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

// Commands from the terminal; started by another program with no input, it runs until signalled.
createInterface({ input: process.stdin }).on('line', async (line) => {
  const [command, number, ...rest] = line.trim().split(/\s+/);
  const endpoint = simulator.endpoints[Number(number) - 1];
  if (command === 'status') console.log(status());
  else if (command === 'quit' || command === 'exit') await stop();
  else if (command === 'help') console.log(USAGE);
  else if (command === 'fault' && endpoint && isFaultMode(rest[0] ?? '')) {
    await endpoint.setFault(rest[0] as (typeof FAULT_MODES)[number]);
    console.log(`instrument ${number}: fault=${endpoint.instrument.fault}`);
  } else if (command === 'clock' && endpoint && !Number.isNaN(Date.parse(rest.join(' ')))) {
    endpoint.instrument.setDeviceTime(new Date(rest.join(' ')));
    console.log(`instrument ${number}: clock=${endpoint.instrument.deviceTime().toISOString()}`);
  } else if (command) console.log('Unknown command or instrument. Type "help".');
});
