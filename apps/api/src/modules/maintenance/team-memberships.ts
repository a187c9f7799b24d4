import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '../../database/prepared-statements.js';
import { DomainEvents } from '../realtime/domain-events.js';

const CACHE_MS = 10_000;

/**
 * Which teams a user belongs to. Workflow writes read it fresh inside their transaction; the
 * `actions` hint the UI asks for on every card uses a copy kept 10 s at most and dropped at once when
 * a team changes in this process (other processes' copies age out).
 */
@Injectable()
export class TeamMemberships implements OnModuleDestroy {
  private readonly cached = new Map<string, { teamIds: ReadonlySet<string>; until: number }>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly dataSource: DataSource,
    events: DomainEvents,
  ) {
    this.unsubscribe = events.subscribe((event) => {
      if (event.type === 'maintenance.teams.changed') this.cached.clear();
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe();
  }

  async of(userId: string, manager: EntityManager): Promise<ReadonlySet<string>> {
    const rows: { team_id: string }[] = await queryPrepared(
      manager,
      'SELECT team_id FROM maintenance_team_members WHERE user_id = $1',
      [userId],
    );
    return new Set(rows.map((row) => row.team_id));
  }

  async cachedOf(userId: string): Promise<ReadonlySet<string>> {
    const hit = this.cached.get(userId);
    if (hit && hit.until > Date.now()) return hit.teamIds;
    const teamIds = await this.of(userId, this.dataSource.manager);
    this.cached.set(userId, { teamIds, until: Date.now() + CACHE_MS });
    return teamIds;
  }
}
