import { Logger } from '@nestjs/common';

/**
 * Runs `check` every `intervalMs` until stopped, one run at a time (the next is timed from the end of
 * the last); a failed run is logged and the next one goes on. For the checks a service makes on the
 * clock: a daily digest, a reminder whose day came.
 */
export class PeriodicCheck {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly check: () => Promise<void>,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    this.timer = setTimeout(() => {
      this.running = this.check()
        .catch((error: Error) => this.logger.error(`${this.name} failed: ${error.message}`))
        .finally(() => {
          this.running = undefined;
          if (this.timer) this.start();
        });
    }, this.intervalMs);
  }

  /** Stops the timer and waits for a run under way. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
