import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { QUOTE_EXPIRING_DAYS } from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import { PeriodicCheck } from '../../../common/periodic-check.js';
import { dayIn } from '../../../common/site-calendar.js';
import { AppConfig } from '../../../config/app-config.js';
import { queryPrepared } from '../../../database/prepared-statements.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { MessageAutomations } from './message-automations.service.js';

/** How often the quotes are looked at: a reminder goes the day its time comes, whenever the API started. */
const CHECK_MS = 15 * 60_000;

/**
 * The "Quote expiring" automation (seed module 11): each sent quote whose last valid day is at most 3
 * days away reminds its client, once (the message's dedupe key is the quote's), across restarts and API
 * processes. Checked on a timer, as the low-stock digest is.
 */
@Injectable()
export class QuoteExpiryReminders implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly clock = new PeriodicCheck('Quote expiry reminders', CHECK_MS, () => this.sendDue());

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly automations: MessageAutomations,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.clock.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.clock.stop();
  }

  /** Reminds the clients whose quotes are due a reminder on the day of `now` (tests call it with a time). */
  async sendDue(now = new Date()): Promise<void> {
    const today = dayIn(now, this.config.env.SITE_TIME_ZONE);
    const due = await queryPrepared<{ id: string; projectId: string }>(
      this.dataSource.manager,
      `SELECT q.id, q.project_id AS "projectId" FROM production_quotes q
        WHERE q.status = 'Sent' AND q.valid_until BETWEEN $1::date AND $1::date + $2::int
          AND NOT EXISTS (SELECT 1 FROM production_communications m WHERE m.dedupe_key = 'quote-expiring:' || q.id)
        ORDER BY q.valid_until, q.number`,
      [today, QUOTE_EXPIRING_DAYS],
    );
    for (const quote of due)
      await this.unitOfWork.run((work) =>
        this.automations.send(
          work,
          'quote-expiring',
          { projectId: quote.projectId, quoteId: quote.id },
          `quote-expiring:${quote.id}`,
        ),
      );
    if (due.length > 0) this.automations.wake();
  }
}
