import { connect, type Socket } from 'node:net';

export type ConnectionProblem = 'refused' | 'timeout' | 'closed' | 'unreachable';

export class ConnectionError extends Error {
  constructor(
    readonly problem: ConnectionProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A raw TCP connection that speaks in lines: commands end in LF; answers may end in CR, LF or CR LF.
 * One query at a time, as the instrument expects; a query that outlives its timeout fails, and the
 * connection should then be dropped (a late answer would otherwise answer the next question).
 */
export class LineSocket {
  private buffer = '';
  private pending?: { resolve(line: string): void; reject(error: Error): void };
  private queue: Promise<unknown> = Promise.resolve();
  private closedWith?: ConnectionError;
  private readonly closeListeners: ((error: ConnectionError) => void)[] = [];

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.receive(chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () =>
      this.closed(new ConnectionError('closed', 'The instrument closed the connection')),
    );
  }

  static open(host: string, port: number, timeoutMs: number): Promise<LineSocket> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new ConnectionError('timeout', `No connection to ${host}:${port} within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(new LineSocket(socket));
      });
      socket.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        const refused = error.code === 'ECONNREFUSED';
        reject(
          new ConnectionError(
            refused ? 'refused' : 'unreachable',
            refused
              ? `Connection to ${host}:${port} refused`
              : `Cannot reach ${host}:${port}: ${error.code ?? error.message}`,
          ),
        );
      });
    });
  }

  onClose(listener: (error: ConnectionError) => void): void {
    this.closeListeners.push(listener);
  }

  /** Sends a command that has no answer. */
  send(command: string): Promise<void> {
    return this.enqueue(async () => this.write(command));
  }

  /** Sends a query and resolves with its answer line. */
  query(command: string, timeoutMs: number): Promise<string> {
    return this.enqueue(
      () =>
        new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => {
            this.pending = undefined;
            reject(new ConnectionError('timeout', `No answer to ${command} within ${timeoutMs} ms`));
          }, timeoutMs);
          this.pending = {
            resolve: (line) => {
              clearTimeout(timer);
              resolve(line);
            },
            reject: (error) => {
              clearTimeout(timer);
              reject(error);
            },
          };
          this.write(command);
        }),
    );
  }

  close(): void {
    this.socket.destroy();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      if (this.closedWith) throw this.closedWith;
      return task();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private write(command: string): void {
    if (this.closedWith) throw this.closedWith;
    this.socket.write(`${command}\n`, 'latin1');
  }

  private receive(text: string): void {
    this.buffer += text;
    if (this.buffer.length > 65_536) this.buffer = this.buffer.slice(-4096);
    let match = /\r\n|\r|\n/.exec(this.buffer);
    while (match) {
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      // Empty lines come from a CR LF split across packets; unasked-for lines are dropped.
      if (line.length > 0) {
        const pending = this.pending;
        this.pending = undefined;
        pending?.resolve(line);
      }
      match = /\r\n|\r|\n/.exec(this.buffer);
    }
  }

  private closed(error: ConnectionError): void {
    if (this.closedWith) return;
    this.closedWith = error;
    this.pending?.reject(error);
    this.pending = undefined;
    for (const listener of this.closeListeners) listener(error);
  }
}
