import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Role } from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import { PeriodicCheck } from '../../../common/periodic-check.js';
import { dayIn, timeIn } from '../../../common/site-calendar.js';
import { AppConfig } from '../../../config/app-config.js';
import { Outbox } from '../../notifications/outbox.js';
import { InventoryService } from './inventory.service.js';
import { lowStockMail } from './low-stock-mail.js';

/** How often the clock is looked at for the digest's time. */
const DIGEST_CHECK_MS = 60_000;

/**
 * The daily low-stock mail to the managers (users with the manager role), through the outbox: once the
 * site's clock has passed `LOW_STOCK_DIGEST_AT`, on a day when some item is at or under its reorder
 * level. Checked on a timer, as the alarm monitor checks calibration due dates; the outbox's dedupe key
 * keeps it to one a day, across restarts and API processes.
 */
@Injectable()
export class LowStockDigest implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly clock = new PeriodicCheck('Low-stock digest', DIGEST_CHECK_MS, () => this.sendIfDue());
  /** The day this process last queued the digest for, not to look again that day. */
  private queuedFor?: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly inventory: InventoryService,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.clock.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.clock.stop();
  }

  /** Queues the digest of the day of `now` if it is due and not queued yet (tests call it with a time). */
  async sendIfDue(now = new Date()): Promise<void> {
    const { SITE_TIME_ZONE: timeZone, LOW_STOCK_DIGEST_AT, PUBLIC_URL } = this.config.env;
    const day = dayIn(now, timeZone);
    if (day === this.queuedFor || timeIn(now, timeZone) < LOW_STOCK_DIGEST_AT) return;
    const low = await this.inventory.lowStock();
    if (low.total === 0) return;
    const managers: { email: string; roles: Role[] }[] = await this.dataSource.query(
      'SELECT email, roles FROM users WHERE active ORDER BY email',
    );
    const recipients = managers.filter((user) => user.roles.includes('manager')).map((user) => user.email);
    await this.outbox.enqueue(this.dataSource.manager, lowStockMail(day, low.items, recipients, PUBLIC_URL));
    this.queuedFor = day;
    this.outbox.wake();
  }
}
