import { Injectable } from '@nestjs/common';
import {
  type LoginAttempt,
  type LoginAttemptQuerySchema,
  type LoginDaily,
  type LoginOutcome,
  type Page,
} from '@factoryops/contracts';
import { DataSource, In, MoreThan } from 'typeorm';
import type { z } from 'zod';
import { containsPattern } from '../../common/like-pattern.js';
import { fetchPage, newestFirstWithin } from '../../common/paging.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';

const FAILURES: LoginOutcome[] = ['bad_credentials', 'inactive'];

export interface ClientMeta {
  address: string;
  userAgent: string | null;
}

function toDto(row: LoginAttemptEntity): LoginAttempt {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    email: row.email,
    userId: row.userId,
    address: row.address,
    userAgent: row.userAgent,
    outcome: row.outcome,
  };
}

/** Every sign-in attempt, kept for admins and for throttling. */
@Injectable()
export class LoginAttemptsService {
  constructor(private readonly dataSource: DataSource) {}

  async record(email: string, userId: string | null, outcome: LoginOutcome, meta: ClientMeta): Promise<void> {
    await this.dataSource
      .getRepository(LoginAttemptEntity)
      .insert({ email, userId, outcome, address: meta.address, userAgent: meta.userAgent });
  }

  /** Times of recent failures for the account and the address, newest first, at most `limit` each. */
  async recentFailures(email: string, address: string, since: Date, limit: number) {
    const repo = this.dataSource.getRepository(LoginAttemptEntity);
    const query = (where: { email: string } | { address: string }) =>
      repo.find({
        select: { at: true },
        where: { ...where, outcome: In(FAILURES), at: MoreThan(since) },
        order: { at: 'DESC' },
        take: limit,
      });
    const [account, byAddress] = await Promise.all([query({ email }), query({ address })]);
    return { account: account.map((row) => row.at), address: byAddress.map((row) => row.at) };
  }

  async list(query: z.output<typeof LoginAttemptQuerySchema>): Promise<Page<LoginAttempt>> {
    const builder = this.dataSource.getRepository(LoginAttemptEntity).createQueryBuilder('a');
    if (query.email) builder.andWhere('a.email ILIKE :email', { email: containsPattern(query.email) });
    if (query.outcome) builder.andWhere('a.outcome = :outcome', { outcome: query.outcome });
    return fetchPage(newestFirstWithin(builder, 'a.at', query), query, toDto);
  }

  /** Attempts per UTC day and outcome over the last `days` days. */
  async daily(days: number): Promise<LoginDaily> {
    const rows: { day: string; outcome: LoginOutcome; count: string }[] = await this.dataSource.query(
      `SELECT to_char(date_trunc('day', at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, outcome, count(*) AS count
         FROM login_attempts
        WHERE at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - make_interval(days => $1 - 1)
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [days],
    );
    return rows.map((row) => ({ day: row.day, outcome: row.outcome, count: Number(row.count) }));
  }
}
