import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { poolOf } from './pg-pool.js';

/**
 * Runs a hot read statement as a prepared statement named after its text: each pooled connection parses
 * it once, and PostgreSQL may then reuse its plan (a long history statement plans in about a
 * millisecond, longer than it runs). For statements whose text comes from a small set of shapes.
 */
export async function queryPrepared<T>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const name = createHash('sha1').update(text).digest('base64url');
  const { rows } = await poolOf(dataSource).query({ name, text, values });
  return rows;
}
