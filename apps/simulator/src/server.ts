import { createServer, type Server, type Socket } from 'node:net';
import { type FaultMode, isFaultMode } from './faults.js';
import { type InstrumentOptions, SimulatedInstrument } from './instrument.js';

export interface SimulatorOptions {
  instruments?: number;
  /** Port of the first instrument; the next ones follow. 0 picks free ports. */
  basePort?: number;
  host?: string;
  speed?: number;
  /** How late answers come in the `slow` fault mode. */
  slowReplyMs?: number;
  /** Line ending of answers; the device's manual allows CR, LF or both. */
  lineEnding?: '\r\n' | '\n' | '\r';
  instrumentOptions?: Omit<InstrumentOptions, 'index'>;
}

export interface SimulatedEndpoint {
  instrument: SimulatedInstrument;
  host: string;
  port: number;
  setFault(mode: FaultMode): Promise<void>;
}

export interface Simulator {
  endpoints: SimulatedEndpoint[];
  close(): Promise<void>;
}

const JUNK = ['#\u0007?!', 'ERR', '1,1,abc,C,,%', '\u00ff\u00fe', 'HART,,'];

/** Serves one instrument on one TCP port, as the 1620A's Ethernet port does (one command at a time). */
class InstrumentPort implements SimulatedEndpoint {
  readonly sockets = new Set<Socket>();
  private server?: Server;

  constructor(
    readonly instrument: SimulatedInstrument,
    readonly host: string,
    public port: number,
    private readonly options: Required<Pick<SimulatorOptions, 'slowReplyMs' | 'lineEnding'>>,
  ) {}

  async listen(): Promise<void> {
    const server = createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, this.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async stopListening(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async setFault(mode: FaultMode): Promise<void> {
    const before = this.instrument.fault;
    this.instrument.setFault(mode);
    if (mode === 'refuse' && before !== 'refuse') await this.stopListening();
    if (mode !== 'refuse' && before === 'refuse') await this.listen();
    if (mode === 'drop') for (const socket of this.sockets) socket.destroy();
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffer = '';
    let queue = Promise.resolve();
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop() ?? '';
      if (buffer.length > 4096) buffer = '';
      for (const line of lines) queue = queue.then(() => this.handle(socket, line));
    });
  }

  /**
   * Simulator-only commands, answered whatever the fault: `SIM:FAULT <mode>` sets the fault (so a test
   * in another process can break and mend the instrument) and `SIM:FAULT?` tells it.
   */
  private async simulatorCommand(socket: Socket, line: string): Promise<boolean> {
    const match = /^\s*SIM:FAULT(\?|\s+(\S+))\s*$/i.exec(line);
    if (!match) return false;
    if (match[1] === '?') this.write(socket, this.instrument.fault);
    else if (isFaultMode(match[2])) await this.setFault(match[2]);
    return true;
  }

  private async handle(socket: Socket, line: string): Promise<void> {
    if (socket.destroyed || (await this.simulatorCommand(socket, line))) return;
    const mode = this.instrument.fault;
    if (mode === 'drop') {
      socket.destroy();
      return;
    }
    const answer = this.instrument.respond(line);
    if (answer === null || mode === 'hang') return;
    if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, this.options.slowReplyMs));
    this.write(socket, mode === 'garbage' ? JUNK[Math.floor(Math.random() * JUNK.length)] : answer);
  }

  private write(socket: Socket, text: string): void {
    if (!socket.destroyed) socket.write(`${text}${this.options.lineEnding}`, 'latin1');
  }
}

/** Starts `instruments` simulated 1620As on consecutive TCP ports. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const count = options.instruments ?? 1;
  const host = options.host ?? '127.0.0.1';
  const ports: InstrumentPort[] = [];
  try {
    for (let index = 0; index < count; index += 1) {
      const instrument = new SimulatedInstrument({
        speed: options.speed,
        ...options.instrumentOptions,
        index,
      });
      const port = new InstrumentPort(instrument, host, options.basePort ? options.basePort + index : 0, {
        slowReplyMs: options.slowReplyMs ?? 1500,
        lineEnding: options.lineEnding ?? '\r\n',
      });
      await port.listen();
      ports.push(port);
    }
  } catch (error) {
    await Promise.all(ports.map((port) => port.stopListening()));
    throw error;
  }
  return {
    endpoints: ports,
    close: async () => {
      await Promise.all(ports.map((port) => port.stopListening()));
    },
  };
}
