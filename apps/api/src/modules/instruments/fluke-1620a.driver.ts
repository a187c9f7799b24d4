import {
  COMMANDS,
  clockNeedsSetting,
  type InstrumentIdentity,
  parseChannelName,
  parseClock,
  parseIdentity,
  parseReading,
  type ReadResult,
} from './fluke-1620a.protocol.js';
import { LineSocket } from './line-socket.js';

export interface DriverOptions {
  host: string;
  port: number;
  /** Per command (and for connecting). */
  commandTimeoutMs?: number;
  now?: () => Date;
}

export interface ConnectedInstrument {
  identity: InstrumentIdentity;
  channelNames: [string, string];
  /** Instrument clock minus server clock when connecting, before any correction. */
  clockOffsetMs: number;
  /** The instrument clock was more than 5 minutes off and was set: skip the next reading. */
  clockWasSet: boolean;
}

const CHANNELS = [1, 2] as const;

/** Talks to one Fluke 1620A over its raw TCP port: set-up on connect, then two reads per poll. */
export class Fluke1620aDriver {
  private socket?: LineSocket;
  private readonly timeoutMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: DriverOptions) {
    this.timeoutMs = options.commandTimeoutMs ?? 2000;
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Identifies the instrument and prepares it for polling: sets a clock more than 5 minutes off, turns
   * on time-stamped readings, reads the channel names.
   */
  async connect(onClose: (error: Error) => void): Promise<ConnectedInstrument> {
    const socket = await LineSocket.open(this.options.host, this.options.port, this.timeoutMs);
    this.socket = socket;
    socket.onClose(onClose);
    const identity = parseIdentity(await socket.query(COMMANDS.identify, this.timeoutMs));
    const clock = parseClock(
      await socket.query(COMMANDS.date, this.timeoutMs),
      await socket.query(COMMANDS.time, this.timeoutMs),
    );
    const clockOffsetMs = clock.getTime() - this.now().getTime();
    const clockWasSet = clockNeedsSetting(clock, this.now());
    if (clockWasSet) {
      const now = this.now();
      await socket.send(COMMANDS.setDate(now));
      await socket.send(COMMANDS.setTime(now));
    }
    await socket.send(COMMANDS.timestampsOn);
    const channelNames: [string, string] = [
      parseChannelName(await socket.query(COMMANDS.channelName(1), this.timeoutMs)),
      parseChannelName(await socket.query(COMMANDS.channelName(2), this.timeoutMs)),
    ];
    return { identity, channelNames, clockOffsetMs, clockWasSet };
  }

  /** `READ? 1` and `READ? 2`. */
  async read(): Promise<ReadResult[]> {
    const socket = this.socket;
    if (!socket) throw new Error('Not connected');
    const results: ReadResult[] = [];
    for (const channel of CHANNELS) {
      results.push(parseReading(await socket.query(COMMANDS.read(channel), this.timeoutMs), channel));
    }
    return results;
  }

  close(): void {
    this.socket?.close();
    this.socket = undefined;
  }
}
