import { Injectable } from '@nestjs/common';
import {
  type ClientReportRow,
  type ClientsReport,
  DAILY_MOVEMENTS_MAX_DAYS,
  type EfficiencyFigures,
  type EfficiencyReport,
  efficiencyClass,
  type InventoryReport,
  type ProductionReport,
  REVENUE_INVOICE_STATUSES,
  type ReportName,
  type ReportRange,
  type ReportRangeQuery,
  type StockMovement,
} from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import { csvText } from '../../../common/csv.js';
import { daysBetween } from '../../../common/site-calendar.js';
import { AppConfig } from '../../../config/app-config.js';
import { customerCode } from '../../customers/customer-code.js';
import { InventoryService } from '../inventory/inventory.service.js';
import { OPEN_PROJECT } from '../projects/project.entity.js';
import { ProjectsService } from '../projects/projects.service.js';
import {
  clientsTable,
  efficiencyTable,
  inventoryTable,
  productionTable,
  type ReportTable,
  reportFileName,
} from './report-csv.js';
import { reportRange } from './report-range.js';

/** How each report is written as one CSV table. */
const TABLES: {
  [N in ReportName]: (report: Awaited<ReturnType<ProductionReportsService[N]>>) => ReportTable;
} = {
  production: productionTable,
  efficiency: efficiencyTable,
  inventory: inventoryTable,
  clients: clientsTable,
};

/** SQL: the figures of the runs aliased `r` in a group (or none: zeros), hours to 2 places. */
const RUN_FIGURES = `count(r.id)::int AS runs,
  coalesce(sum(r.cut_minutes), 0)::int AS "cutMinutes",
  round(coalesce(sum(r.cut_minutes), 0) / 60.0, 2)::text AS "cutHours",
  coalesce(sum(r.parts), 0)::int AS parts,
  coalesce(sum(r.sheets), 0)::int AS sheets`;

/** SQL: estimated (`est`, numeric) against actual (`actual`, minutes) as `EfficiencyFigures` less the class. */
const EFFICIENCY_FIGURES = `round(est, 2)::text AS "estimatedMinutes",
  actual::int AS "actualMinutes",
  round(actual - est, 2)::text AS "varianceMinutes",
  CASE WHEN est > 0 THEN round((actual - est) * 100 / est, 1)::text END AS "variancePercent",
  CASE WHEN actual > 0 THEN round(est * 100 / actual, 1)::text END AS "efficiencyPercent"`;

/** SQL: each project's runs, all of them: how many, their minutes and their parts. */
const PROJECT_RUNS = `SELECT project_id, count(*)::int AS runs, sum(cut_minutes) AS minutes, sum(parts) AS parts
  FROM production_laser_runs GROUP BY project_id`;

/** The invoice statuses stored as such (Overdue is a Sent invoice past its due date). */
const REVENUE_STATUSES = REVENUE_INVOICE_STATUSES.filter((status) => status !== 'Overdue');

/** A line of the clients report as PostgreSQL answers it: the client's number for its code. */
type ClientLine = Omit<ClientReportRow, 'code'> & { number: number | null; clients: number };

type Unclassed<T extends EfficiencyFigures> = Omit<T, 'class'>;
const classed = <T extends EfficiencyFigures>(row: Unclassed<T>): T =>
  ({ ...row, class: efficiencyClass(row.efficiencyPercent) }) as T;

/**
 * The production reports (seed 002 module 9) over a range of days in the site's time zone. PostgreSQL
 * does every sum (minutes exact, money as `numeric`, decimal strings out); each report reads one
 * snapshot (a repeatable-read transaction), so its tables and totals agree with one another.
 */
@Injectable()
export class ProductionReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly projects: ProjectsService,
    private readonly stock: InventoryService,
  ) {}

  /** The range a query asks for, the current month (site zone) by default; 400 naming `to` when it is wrong. */
  range(query: ReportRangeQuery): ReportRange {
    return reportRange(query, this.projects.today());
  }

  /** Laser runs, cut hours, parts and sheets in all, by operator, by material and per day. */
  async production(query: ReportRangeQuery): Promise<ProductionReport> {
    const range = this.range(query);
    const inRange = [range.from, range.to];
    const [[totals], byOperator, byMaterial, days] = await this.snapshot([
      [`SELECT ${RUN_FIGURES} FROM production_laser_runs r WHERE r.run_date BETWEEN $1 AND $2`, inRange],
      [
        `SELECT o.id AS "operatorId", o.name, ${RUN_FIGURES}
             FROM production_laser_runs r JOIN production_operators o ON o.id = r.operator_id
            WHERE r.run_date BETWEEN $1 AND $2
            GROUP BY o.id, o.name ORDER BY sum(r.cut_minutes) DESC, o.name, o.id`,
        inRange,
      ],
      // One line whatever the case ("Mild steel" and "mild steel"), named as its earliest run names it.
      [
        `SELECT (array_agg(r.material ORDER BY r.run_date, r.created_at, r.id))[1] AS material, r.thickness::text AS thickness, ${RUN_FIGURES}
             FROM production_laser_runs r
            WHERE r.run_date BETWEEN $1 AND $2
            GROUP BY lower(r.material), r.thickness ORDER BY sum(r.cut_minutes) DESC, lower(r.material), r.thickness`,
        inRange,
      ],
      [
        `SELECT d.day::date::text AS day, ${RUN_FIGURES}
             FROM generate_series($1::date, $2::date, interval '1 day') AS d(day)
             LEFT JOIN production_laser_runs r ON r.run_date = d.day::date
            GROUP BY d.day ORDER BY d.day`,
        inRange,
      ],
    ]);
    return { range, totals, byOperator, byMaterial, days };
  }

  /**
   * Projects with an estimate cut in the range (at least one run in it), each its estimate against all
   * its runs; operators, their runs in the range against their share of each estimate (by parts, or by
   * minutes when a project's runs record no parts).
   */
  async efficiency(query: ReportRangeQuery): Promise<EfficiencyReport> {
    const range = this.range(query);
    const inRange = [range.from, range.to];
    const projects = `SELECT p.id, p.code, p.name, c.name AS client, p.status, pr.runs,
        p.estimated_cut_minutes::numeric AS est, pr.minutes AS actual
       FROM production_projects p
       JOIN customers c ON c.id = p.customer_id
       JOIN (${PROJECT_RUNS}) pr ON pr.project_id = p.id
      WHERE p.estimated_cut_minutes IS NOT NULL
        AND EXISTS (SELECT 1 FROM production_laser_runs r
                     WHERE r.project_id = p.id AND r.run_date BETWEEN $1 AND $2)`;
    const [byProject, [totals], byOperator, [{ unestimated }]] = await this.snapshot([
      [
        `SELECT id AS "projectId", code, name, client AS "clientName", status, runs, ${EFFICIENCY_FIGURES}
             FROM (${projects}) x ORDER BY est / nullif(actual, 0) NULLS LAST, code`,
        inRange,
      ],
      // One line however many projects: their count, and the figures of their sums.
      [
        `SELECT n::int AS projects, ${EFFICIENCY_FIGURES}
             FROM (SELECT coalesce(sum(est), 0) AS est, coalesce(sum(actual), 0) AS actual, count(*) AS n
                     FROM (${projects}) x) t`,
        inRange,
      ],
      [
        `SELECT o.id AS "operatorId", o.name, s.runs, s.projects, ${EFFICIENCY_FIGURES}
             FROM (SELECT r.operator_id, count(*)::int AS runs, count(DISTINCT r.project_id)::int AS projects,
                          sum(p.estimated_cut_minutes * CASE WHEN pr.parts > 0 THEN r.parts::numeric / pr.parts
                                                             ELSE r.cut_minutes::numeric / nullif(pr.minutes, 0) END)
                            AS est,
                          sum(r.cut_minutes) AS actual
                     FROM production_laser_runs r
                     JOIN production_projects p ON p.id = r.project_id
                     JOIN (${PROJECT_RUNS}) pr ON pr.project_id = r.project_id
                    WHERE r.run_date BETWEEN $1 AND $2 AND p.estimated_cut_minutes IS NOT NULL
                    GROUP BY r.operator_id) s
             JOIN production_operators o ON o.id = s.operator_id
            ORDER BY s.est / nullif(s.actual, 0) DESC NULLS LAST, o.name`,
        inRange,
      ],
      [
        `SELECT count(DISTINCT r.project_id)::int AS unestimated
             FROM production_laser_runs r JOIN production_projects p ON p.id = r.project_id
            WHERE r.run_date BETWEEN $1 AND $2 AND p.estimated_cut_minutes IS NULL`,
        inRange,
      ],
    ]);
    return {
      range,
      totals: classed(totals),
      byProject: byProject.map(classed<EfficiencyReport['byProject'][number]>),
      byOperator: byOperator.map(classed<EfficiencyReport['byOperator'][number]>),
      unestimatedProjects: unestimated,
    };
  }

  /**
   * The stock's value now (the inventory's own valuation) and what is low, with the purchases and usage
   * of the range per day (per week past `DAILY_MOVEMENTS_MAX_DAYS`) and per item.
   */
  async inventory(query: ReportRangeQuery): Promise<InventoryReport> {
    const range = this.range(query);
    const period = daysBetween(range.from, range.to) + 1 > DAILY_MOVEMENTS_MAX_DAYS ? 'week' : 'day';
    const params = [range.from, range.to, period];
    // Purchases and usages of the range (usage as a positive amount), each valued to the cent, in its period.
    const moves = `SELECT greatest(date_trunc($3, t.date)::date, $1::date) AS start, t.item_id, i.unit, t.type,
        abs(t.quantity) AS quantity, round(abs(t.quantity) * t.unit_cost, 2) AS value
       FROM production_inventory_transactions t JOIN production_inventory_items i ON i.id = t.item_id
      WHERE t.type IN ('Purchase', 'Usage') AND t.date BETWEEN $1 AND $2`;
    const sums = `round(coalesce(sum(m.value) FILTER (WHERE m.type = 'Purchase'), 0), 2)::text AS "purchasedValue",
      round(coalesce(sum(m.value) FILTER (WHERE m.type = 'Usage'), 0), 2)::text AS "usedValue"`;
    const quantities = `round(coalesce(sum(m.quantity) FILTER (WHERE m.type = 'Purchase'), 0), 3)::text AS purchased,
      round(coalesce(sum(m.quantity) FILTER (WHERE m.type = 'Usage'), 0), 3)::text AS used`;
    const [valuation, lowStock, moved] = await Promise.all([
      this.stock.valuation(),
      this.stock.lowStock(),
      this.snapshot([
        [
          `SELECT s.start::text AS start, ${sums}
               FROM (SELECT DISTINCT greatest(date_trunc($3, d.day)::date, $1::date) AS start
                       FROM generate_series($1::date, $2::date, interval '1 day') AS d(day)) s
               LEFT JOIN (${moves}) m ON m.start = s.start
              GROUP BY s.start ORDER BY s.start`,
          params,
        ],
        [
          `SELECT m.start::text AS start, m.unit, ${quantities}
               FROM (${moves}) m GROUP BY m.start, m.unit ORDER BY m.start, m.unit`,
          params,
        ],
        [`SELECT ${sums} FROM (${moves}) m`, params],
        [
          `SELECT i.id AS "itemId", i.code, i.name, i.unit, ${quantities}, ${sums}
               FROM (${moves}) m JOIN production_inventory_items i ON i.id = m.item_id
              GROUP BY i.id ORDER BY i.code`,
          params,
        ],
      ]),
    ]);
    const [points, unitQuantities, [totals], byItem] = moved;
    return {
      range,
      valuation: { categories: valuation.categories, total: valuation.total, unpriced: valuation.unpriced },
      lowStock: lowStock.items,
      movements: {
        period,
        points: (points as Omit<StockMovement, 'quantities'>[]).map((point) => ({
          ...point,
          quantities: (unitQuantities as ({ start: string } & StockMovement['quantities'][number])[])
            .filter((line) => line.start === point.start)
            .map(({ unit, purchased, used }) => ({ unit, purchased, used })),
        })),
        ...totals,
      },
      byItem,
    };
  }

  /**
   * Per client: projects opened and completed in the range and open now, the minutes cut for them in
   * the range, and the revenue of the invoices issued in it (`REVENUE_INVOICE_STATUSES`), with the totals.
   */
  async clients(query: ReportRangeQuery): Promise<ClientsReport> {
    const range = this.range(query);
    const params = [range.from, range.to, this.config.env.SITE_TIME_ZONE, REVENUE_STATUSES];
    const [rows] = (await this.snapshot([
      [
        `WITH projects AS (
           SELECT customer_id,
                  count(*) FILTER (WHERE (created_at AT TIME ZONE $3)::date BETWEEN $1 AND $2) AS opened,
                  count(*) FILTER (WHERE status = 'Completed' AND completion_date BETWEEN $1 AND $2) AS completed,
                  count(*) FILTER (WHERE ${OPEN_PROJECT}) AS active
             FROM production_projects GROUP BY customer_id),
         cutting AS (
           SELECT p.customer_id, sum(r.cut_minutes) AS minutes
             FROM production_laser_runs r JOIN production_projects p ON p.id = r.project_id
            WHERE r.run_date BETWEEN $1 AND $2 GROUP BY p.customer_id),
         revenue AS (
           SELECT p.customer_id, count(*) AS invoices, sum(i.subtotal) AS revenue, sum(i.total) AS invoiced,
                  coalesce(sum(i.total) FILTER (WHERE i.status = 'Paid'), 0) AS paid
             FROM production_invoices i JOIN production_projects p ON p.id = i.project_id
            WHERE i.status = ANY($4) AND i.issue_date BETWEEN $1 AND $2 GROUP BY p.customer_id),
         rows AS (
           SELECT c.id, c.number, c.name, coalesce(pj.opened, 0) AS opened, coalesce(pj.completed, 0) AS completed,
                  coalesce(pj.active, 0) AS active, coalesce(ct.minutes, 0) AS minutes,
                  coalesce(rv.invoices, 0) AS invoices, coalesce(rv.revenue, 0) AS revenue,
                  coalesce(rv.invoiced, 0) AS invoiced, coalesce(rv.paid, 0) AS paid
             FROM customers c
             LEFT JOIN projects pj ON pj.customer_id = c.id
             LEFT JOIN cutting ct ON ct.customer_id = c.id
             LEFT JOIN revenue rv ON rv.customer_id = c.id
            WHERE pj.opened > 0 OR pj.completed > 0 OR pj.active > 0 OR ct.minutes > 0 OR rv.invoices > 0)
         SELECT id AS "clientId", number, name, opened::int AS "newProjects", completed::int AS "completedProjects",
                active::int AS "activeProjects", minutes::int AS "cutMinutes", round(minutes / 60.0, 2)::text AS "cutHours",
                invoices::int AS invoices, round(revenue, 2)::text AS revenue, round(invoiced, 2)::text AS invoiced,
                round(paid, 2)::text AS paid, count(*) OVER ()::int AS clients
           FROM (SELECT * FROM rows
                 UNION ALL
                 SELECT NULL, NULL, NULL, sum(opened), sum(completed), sum(active), coalesce(sum(minutes), 0),
                        sum(invoices), coalesce(sum(revenue), 0), coalesce(sum(invoiced), 0), coalesce(sum(paid), 0)
                   FROM rows) x
          ORDER BY x.id IS NULL, x.revenue DESC, x.name, x.id`,
        params,
      ],
    ])) as [ClientLine[]];
    // The last line is the totals' (no client), and every line counts the lines, the totals' with them.
    const { clientId: _, number: __, name: ___, clients, ...totals } = rows.pop() as ClientLine;
    return {
      range,
      totals: { ...totals, clients: clients - 1 },
      clients: rows.map(({ number, clients: ____, ...row }) => ({
        ...row,
        code: customerCode(number as number),
      })),
    };
  }

  /** A report as a CSV file named by its range (see `report-csv.ts` for its lines). */
  async csv(name: ReportName, query: ReportRangeQuery): Promise<{ name: string; content: Buffer }> {
    const report = await this[name](query);
    const table = TABLES[name](report as never);
    return {
      name: reportFileName(name, report.range),
      content: Buffer.from(csvText(table.header, table.rows), 'utf8'),
    };
  }

  /**
   * Runs the statements one after another (a connection runs one at a time) in one repeatable-read,
   * read-only transaction, so that every figure of a report comes from the same data; their rows in order.
   */
  // biome-ignore lint/suspicious/noExplicitAny: rows as PostgreSQL answers them, typed where they are read.
  private snapshot(statements: [sql: string, parameters: unknown[]][]): Promise<any[][]> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const results = [];
      for (const [sql, parameters] of statements) results.push(await manager.query(sql, parameters));
      return results;
    });
  }
}
