import type { ProjectStatus } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { canMarkPop, nextStepByAction, statusChoices } from './project-status';

describe('project status control', () => {
  it.each<[ProjectStatus, ProjectStatus[]]>([
    ['Request', ['Quote & Approval', 'Cancelled']],
    ['Quote & Approval', ['Request', 'Cancelled']],
    ['Approved (POP Received)', ['Queued (Scheduled for Cutting)', 'Cancelled']],
    ['Queued (Scheduled for Cutting)', ['Approved (POP Received)', 'Cancelled']],
    ['In Progress', ['Cancelled']],
    ['Completed', []],
    ['Cancelled', ['Request']],
  ])('offers from %s only %j', (status, expected) => {
    expect(statusChoices(status)).toEqual(expected);
  });

  it.each<[ProjectStatus, string | null]>([
    ['Request', 'Approved (POP Received): mark the proof of payment received'],
    ['Quote & Approval', 'Approved (POP Received): mark the proof of payment received'],
    ['Approved (POP Received)', 'In Progress: start its queue item'],
    ['Queued (Scheduled for Cutting)', 'In Progress: start its queue item'],
    ['In Progress', 'Completed: complete its queue item'],
    ['Completed', null],
    ['Cancelled', null],
  ])('says how %s goes on when no status change leads there: %s', (status, expected) => {
    const step = nextStepByAction(status);
    expect(step && `${step.status}: ${step.action}`).toBe(expected);
  });

  it.each<[ProjectStatus, boolean, boolean]>([
    ['Request', false, true],
    ['Quote & Approval', false, true],
    ['Quote & Approval', true, false],
    ['Approved (POP Received)', true, false],
    ['Cancelled', false, false],
    ['Completed', false, false],
  ])('offers "Mark POP received" for %s (POP received: %s): %s', (status, popReceived, expected) => {
    expect(canMarkPop({ status, popReceived })).toBe(expected);
  });
});
