import type { AuditChanges } from './audit-entry.entity.js';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ between two snapshots, as `{ field: { from, to } }`. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): AuditChanges {
  const changes: AuditChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!same(before[key], after[key])) changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}

/** A created record: every field goes from nothing to its value. */
export function createdFields(after: Record<string, unknown>): AuditChanges {
  return diffFields({}, after);
}
