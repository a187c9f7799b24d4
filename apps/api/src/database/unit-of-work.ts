import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuditRecord, AuditWriter } from '../modules/audit/audit-writer.js';
import { type DomainEvent, DomainEvents } from '../modules/realtime/domain-events.js';

export interface Work {
  manager: EntityManager;
  /** Appends audit entries inside this transaction (several at once in one statement). */
  audit(...records: AuditRecord[]): Promise<void>;
  /** Queues an event that is published only if the transaction commits. */
  emitAfterCommit(event: DomainEvent): void;
  /** Undoes work outside the database (a file written) if the transaction fails. */
  onRollback(undo: () => Promise<void>): void;
}

/** One transaction per state change: rows, audit entries and after-commit events together. */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auditWriter: AuditWriter,
    private readonly events: DomainEvents,
  ) {}

  async run<T>(fn: (work: Work) => Promise<T>): Promise<T> {
    const pending: DomainEvent[] = [];
    const undos: (() => Promise<void>)[] = [];
    try {
      const result = await this.dataSource.transaction(async (manager) =>
        fn({
          manager,
          audit: (...records) => this.auditWriter.write(manager, ...records),
          emitAfterCommit: (event) => pending.push(event),
          onRollback: (undo) => undos.push(undo),
        }),
      );
      for (const event of pending) this.events.publish(event);
      return result;
    } catch (error) {
      for (const undo of undos) await undo().catch(() => undefined);
      throw error;
    }
  }
}
