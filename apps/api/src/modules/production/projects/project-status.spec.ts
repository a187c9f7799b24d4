import { describe, expect, it } from '@jest/globals';
import { PROJECT_STATUSES, type ProjectStatus } from '@factoryops/contracts';
import { assertStatusChange, canChangeStatus, InvalidProjectStatusError } from './project-status.js';

/** Every pair the status endpoint allows; all the others (49 − 10 = 39 pairs) are refused. */
const ALLOWED: [ProjectStatus, ProjectStatus][] = [
  ['Request', 'Quote & Approval'],
  ['Request', 'Cancelled'],
  ['Quote & Approval', 'Request'],
  ['Quote & Approval', 'Cancelled'],
  ['Approved (POP Received)', 'Queued (Scheduled for Cutting)'],
  ['Approved (POP Received)', 'Cancelled'],
  ['Queued (Scheduled for Cutting)', 'Approved (POP Received)'],
  ['Queued (Scheduled for Cutting)', 'Cancelled'],
  ['In Progress', 'Cancelled'],
  ['Cancelled', 'Request'],
];
const allowed = new Set(ALLOWED.map(([from, to]) => `${from} → ${to}`));
const EVERY_PAIR = PROJECT_STATUSES.flatMap((from) => PROJECT_STATUSES.map((to) => [from, to] as const));

describe('project status changes', () => {
  it.each(EVERY_PAIR)('%s → %s', (from, to) => {
    const expected = allowed.has(`${from} → ${to}`);
    expect(canChangeStatus(from, to)).toBe(expected);
    if (expected) expect(() => assertStatusChange(from, to)).not.toThrow();
    else expect(() => assertStatusChange(from, to)).toThrow(InvalidProjectStatusError);
  });

  it('names both statuses, and the action that leads where a status change cannot', () => {
    expect(() => assertStatusChange('Completed', 'Request')).toThrow(
      'A project cannot go from "Completed" to "Request"',
    );
    expect(() => assertStatusChange('Quote & Approval', 'Approved (POP Received)')).toThrow(
      'A project cannot go from "Quote & Approval" to "Approved (POP Received)" by a status change: mark the proof of payment received',
    );
    expect(() => assertStatusChange('Queued (Scheduled for Cutting)', 'In Progress')).toThrow(
      /start its queue item/,
    );
    expect(() => assertStatusChange('In Progress', 'Completed')).toThrow(/complete its queue item/);
  });

  it('refuses a change to the same status', () => {
    for (const status of PROJECT_STATUSES) expect(canChangeStatus(status, status)).toBe(false);
  });
});
