import { Injectable } from '@nestjs/common';
import type { ProductionDashboard } from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import { ClientsService } from '../clients/clients.service.js';
import { InventoryService } from '../inventory/inventory.service.js';
import { OPEN, ProjectsService } from '../projects/projects.service.js';
import { isoWeek } from '../queue/business-days.js';
import { QueueService } from '../queue/queue.service.js';
import { type OperatorDayMinutes, weekHours } from './week-hours.js';

const RECENT = 5;

/**
 * The production dashboard (seed module 1): counts, what is new, what is next, this week's cutting and
 * the stock to reorder.
 */
@Injectable()
export class ProductionDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: ClientsService,
    private readonly projects: ProjectsService,
    private readonly queue: QueueService,
    private readonly inventory: InventoryService,
  ) {}

  async summary(): Promise<ProductionDashboard> {
    const today = this.projects.today();
    const week = isoWeek(today);
    const [clients, counts, recentProjects, nextInQueue, minutes, lowStock] = await Promise.all([
      this.clients.list({ page: 1, pageSize: RECENT, sort: '-createdAt' }),
      this.counts(today),
      this.projects.newest(RECENT),
      this.queue.next(RECENT),
      this.minutesOf(week),
      this.inventory.lowStock(RECENT),
    ]);
    return {
      counts: { clients: clients.total, ...counts },
      recentClients: clients.items,
      recentProjects,
      nextInQueue,
      cutHoursThisWeek: weekHours(minutes, week),
      lowStock,
    };
  }

  /** Open projects, the queue's length, today's runs and passed POP deadlines, in one round trip. */
  private async counts(today: string): Promise<Omit<ProductionDashboard['counts'], 'clients'>> {
    const [counts] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM production_projects p WHERE ${OPEN})::int AS "activeProjects",
              (SELECT count(*) FROM production_queue_items
                WHERE status IN ('Queued', 'In Progress'))::int AS "queueLength",
              (SELECT count(*) FROM production_laser_runs WHERE run_date = $1)::int AS "runsToday",
              (SELECT count(*) FROM production_projects p
                WHERE p.pop_deadline < $1 AND ${OPEN})::int AS "popDeadlinesOverdue"`,
      [today],
    );
    return counts;
  }

  /** Each active operator's (and any other who cut that week) minutes per day of `week`, by name. */
  private minutesOf(week: string[]): Promise<OperatorDayMinutes[]> {
    return this.dataSource.query(
      `SELECT o.id AS "operatorId", o.name, r.run_date::text AS day, coalesce(sum(r.cut_minutes), 0)::int AS minutes
         FROM production_operators o
         LEFT JOIN production_laser_runs r
           ON r.operator_id = o.id AND r.run_date BETWEEN $1 AND $2
        WHERE o.active OR r.id IS NOT NULL
        GROUP BY o.id, o.name, r.run_date
        ORDER BY o.name, o.id`,
      [week[0], week[6]],
    );
  }
}
