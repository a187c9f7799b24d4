import { Injectable } from '@nestjs/common';
import type { KpiQuerySchema, KpiReport, KpiRow } from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { csvText } from '../../common/csv.js';
import { AppConfig } from '../../config/app-config.js';
import { kpiFigures, type MachineKpiFacts } from './kpis.js';
import { downtimeSql } from './maintenance.mapper.js';

type KpiQuery = z.output<typeof KpiQuerySchema>;

interface FactsRow {
  id: string;
  name: string;
  team_id: string | null;
  team_name: string | null;
  failures: number;
  repaired: number;
  repair_hours: number;
  downtime_hours: number;
  preventive_due: number;
  preventive_on_time: number;
  backlog_open: number;
  backlog_hours: number;
}

/**
 * Per machine, over [$1, $2) (preventive work over the days [$5, $6), days in the site's time zone $7):
 * what kpiFigures() needs. One
 * query whatever the number of machines.
 */
const FACTS_SQL = `
WITH m AS (
  SELECT m.id, m.name, m.team_id, t.name AS team_name FROM machines m
    LEFT JOIN maintenance_teams t ON t.id = m.team_id
   WHERE m.archived_at IS NULL AND ($3::uuid IS NULL OR m.id = $3) AND ($4::uuid IS NULL OR m.team_id = $4)
), reported AS (
  SELECT machine_id, count(*)::int AS failures, count(repaired_at)::int AS repaired,
         coalesce(sum(extract(epoch FROM repaired_at - created_at)) FILTER (WHERE repaired_at IS NOT NULL), 0) / 3600 AS repair_hours
    FROM maintenance_requests
   WHERE type = 'Corrective' AND created_at >= $1 AND created_at < $2
   GROUP BY machine_id
), down AS (${downtimeSql('$1', '$2')}
), preventive AS (
  SELECT machine_id, count(*)::int AS due,
         count(*) FILTER (WHERE status = 'Repaired' AND (repaired_at AT TIME ZONE $7)::date <= scheduled_date)::int AS on_time
    FROM maintenance_requests
   WHERE type = 'Preventive' AND scheduled_date >= $5::date AND scheduled_date < $6::date AND scheduled_date <= (now() AT TIME ZONE $7)::date
   GROUP BY machine_id
), backlog AS (
  SELECT machine_id, count(*)::int AS open, coalesce(sum(estimated_hours), 0) AS hours
    FROM maintenance_requests WHERE status IN ('New', 'In Progress') GROUP BY machine_id
)
SELECT m.id, m.name, m.team_id, m.team_name,
       coalesce(r.failures, 0) AS failures, coalesce(r.repaired, 0) AS repaired, coalesce(r.repair_hours, 0)::float8 AS repair_hours,
       coalesce(d.downtime_hours, 0)::float8 AS downtime_hours,
       coalesce(p.due, 0) AS preventive_due, coalesce(p.on_time, 0) AS preventive_on_time,
       coalesce(b.open, 0) AS backlog_open, coalesce(b.hours, 0)::float8 AS backlog_hours
  FROM m LEFT JOIN reported r ON r.machine_id = m.id LEFT JOIN down d ON d.machine_id = m.id
  LEFT JOIN preventive p ON p.machine_id = m.id LEFT JOIN backlog b ON b.machine_id = m.id
 ORDER BY m.name`;

const toFacts = (row: FactsRow): MachineKpiFacts => ({
  failures: row.failures,
  repaired: row.repaired,
  repairHours: row.repair_hours,
  downtimeHours: row.downtime_hours,
  preventiveDue: row.preventive_due,
  preventiveOnTime: row.preventive_on_time,
  backlogOpen: row.backlog_open,
  backlogHours: row.backlog_hours,
});

/** Maintenance KPIs per machine, per team or overall, over a range. */
@Injectable()
export class KpisService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async report(query: KpiQuery): Promise<KpiReport> {
    const rows: FactsRow[] = await this.dataSource.query(FACTS_SQL, [
      query.from,
      query.to,
      query.machineId ?? null,
      query.teamId ?? null,
      // Scheduled days as the caller's calendar has them (the date part of the bounds as sent).
      query.from.slice(0, 10),
      query.to.slice(0, 10),
      this.config.env.SITE_TIME_ZONE,
    ]);
    // Machines run only up to now: the future part of a range holds neither failures nor uptime.
    const rangeHours =
      Math.max(0, Math.min(Date.parse(query.to), Date.now()) - Date.parse(query.from)) / 3_600_000;
    const groups = new Map<string, { id: string | null; name: string; rows: FactsRow[] }>();
    if (query.groupBy !== 'none') {
      for (const row of rows) {
        const [id, name] =
          query.groupBy === 'machine' ? [row.id, row.name] : [row.team_id, row.team_name ?? 'No team'];
        const key = id ?? '';
        const group = groups.get(key) ?? { id, name, rows: [] };
        group.rows.push(row);
        groups.set(key, group);
      }
    }
    const grouped: KpiRow[] = [...groups.values()]
      .map((group) => ({
        id: group.id,
        name: group.name,
        ...kpiFigures(group.rows.map(toFacts), rangeHours),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      from: new Date(query.from).toISOString(),
      to: new Date(query.to).toISOString(),
      groupBy: query.groupBy,
      overall: kpiFigures(rows.map(toFacts), rangeHours),
      rows: grouped,
    };
  }

  /** The report as CSV: one line per group, then the overall line. */
  async csv(query: KpiQuery): Promise<string> {
    const report = await this.report(query);
    const columns = [
      'machines',
      'failures',
      'mttrHours',
      'mtbfHours',
      'availability',
      'downtimeHours',
      'preventiveDue',
      'preventiveOnTime',
      'preventiveCompliance',
      'backlogOpen',
      'backlogHours',
    ] as const;
    return csvText(
      [query.groupBy === 'none' ? 'scope' : query.groupBy, ...columns],
      [
        ...report.rows.map((row) => [row.name, ...columns.map((c) => row[c])]),
        ['Overall', ...columns.map((c) => report.overall[c])],
      ],
    );
  }
}
