import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type DomainEvent, DomainEvents } from '../realtime/domain-events.js';
import { JobEntity } from './job.entity.js';

/** Reports how far a job has come; each call is stored and announced. */
export type ReportProgress = (done: number, total: number) => Promise<void>;

export interface JobHandler {
  run(job: JobEntity, progress: ReportProgress): Promise<void>;
  /** The event that tells clients about the job's state and progress. */
  announce(job: JobEntity): DomainEvent;
}

const POLL_MS = 2000;
/** A running job whose process stopped sending heartbeats this long ago is taken over. */
const STALE_SECONDS = 60;

/**
 * Background jobs stored in PostgreSQL: queued in the transaction that calls for them, claimed by one
 * API process at a time (`FOR UPDATE SKIP LOCKED`), jobs of one subject in the order they were queued.
 * A process that dies mid-job leaves a stale heartbeat and another process (or the next start) resumes.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobQueue');
  private readonly handlers = new Map<string, JobHandler>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Queues a job inside the caller's transaction; call `wake()` after it commits. */
  enqueue(manager: EntityManager, kind: string, subject: string, payload: Record<string, unknown>) {
    return manager.save(manager.create(JobEntity, { kind, subject, payload, state: 'queued' }));
  }

  /** Looks for work now rather than at the next poll. */
  wake(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.work(), 0);
  }

  list(kind: string, subject?: string, limit = 20): Promise<JobEntity[]> {
    return this.dataSource.getRepository(JobEntity).find({
      where: subject ? { kind, subject } : { kind },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  /** Resolves once no job of this subject is queued or running (tests wait for recomputes with it). */
  async idle(subject: string): Promise<void> {
    for (;;) {
      const busy = await this.dataSource.getRepository(JobEntity).exists({
        where: [
          { subject, state: 'queued' },
          { subject, state: 'running' },
        ],
      });
      if (!busy) return;
      this.wake();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  onApplicationBootstrap(): void {
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private async work(): Promise<void> {
    if (this.running || this.handlers.size === 0) return;
    this.running = (async () => {
      try {
        for (let job = await this.claim(); job && !this.stopped; job = await this.claim())
          await this.run(job);
      } catch (error) {
        this.logger.warn(`Job queue unavailable, retrying: ${error}`);
      }
    })();
    await this.running;
    this.running = undefined;
    if (!this.stopped) this.timer = setTimeout(() => void this.work(), POLL_MS);
  }

  private async claim(): Promise<JobEntity | undefined> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE jobs SET state = 'running', heartbeat_at = now(), error = NULL
        WHERE id = (
          SELECT j.id FROM jobs j
           WHERE j.kind = ANY($1)
             AND (j.state = 'queued' OR (j.state = 'running' AND j.heartbeat_at < now() - make_interval(secs => $2)))
             AND NOT EXISTS (SELECT 1 FROM jobs o WHERE o.subject = j.subject AND o.id <> j.id AND o.state = 'running'
                               AND o.heartbeat_at >= now() - make_interval(secs => $2))
             AND NOT EXISTS (SELECT 1 FROM jobs e WHERE e.subject = j.subject AND e.state = 'queued' AND e.created_at < j.created_at)
           ORDER BY j.created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [[...this.handlers.keys()], STALE_SECONDS],
    );
    const id = rows[0]?.id;
    return id ? this.dataSource.getRepository(JobEntity).findOneByOrFail({ id }) : undefined;
  }

  private async run(job: JobEntity): Promise<void> {
    const handler = this.handlers.get(job.kind);
    if (!handler) return;
    const repository = this.dataSource.getRepository(JobEntity);
    this.events.publish(handler.announce(job));
    const progress: ReportProgress = async (done, total) => {
      Object.assign(job, { done, total, heartbeatAt: new Date() });
      await repository.update({ id: job.id }, { done, total, heartbeatAt: job.heartbeatAt });
      this.events.publish(handler.announce(job));
    };
    try {
      await handler.run(job, progress);
      Object.assign(job, { state: 'done', finishedAt: new Date() });
    } catch (error) {
      this.logger.error(`Job ${job.kind} ${job.id} failed: ${error}`);
      Object.assign(job, {
        state: 'failed',
        finishedAt: new Date(),
        error: String((error as Error).message ?? error),
      });
    }
    await repository.update(
      { id: job.id },
      { state: job.state, finishedAt: job.finishedAt, error: job.error },
    );
    this.events.publish(handler.announce(job));
  }
}
