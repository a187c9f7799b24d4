import { z } from 'zod';

// ── Vocabulary of the laser job shop (seed 002) ───────────────────────────────────────────────────

/** Project statuses exactly as the seed names them, in lifecycle order. */
export const PROJECT_STATUSES = [
  'Request',
  'Quote & Approval',
  'Approved (POP Received)',
  'Queued (Scheduled for Cutting)',
  'In Progress',
  'Completed',
  'Cancelled',
] as const;
export const ProjectStatusSchema = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

/**
 * Where `POST …/projects/{id}/status` may take a project (the seed let any status be set). The steps a
 * status change cannot make on its own go through their action instead: "Approved (POP Received)" is
 * reached by marking the proof of payment (which also queues the project), "In Progress" and
 * "Completed" by starting and completing its queue item, so that project and queue never disagree.
 */
export const PROJECT_STATUS_CHANGES: Record<ProjectStatus, readonly ProjectStatus[]> = {
  Request: ['Quote & Approval', 'Cancelled'],
  'Quote & Approval': ['Request', 'Cancelled'],
  'Approved (POP Received)': ['Queued (Scheduled for Cutting)', 'Cancelled'],
  'Queued (Scheduled for Cutting)': ['Approved (POP Received)', 'Cancelled'],
  'In Progress': ['Cancelled'],
  Completed: [],
  Cancelled: ['Request'],
};

/** How each status is reached when a status change is not how: the action that leads there. */
export const PROJECT_STATUS_ACTIONS: Partial<Record<ProjectStatus, string>> = {
  'Approved (POP Received)': 'mark the proof of payment received',
  'In Progress': 'start its queue item',
  Completed: 'complete its queue item',
};

/** Queue item priorities and statuses (seed module 5). */
export const QUEUE_PRIORITIES = ['Low', 'Normal', 'High', 'Urgent'] as const;
export const QueuePrioritySchema = z.enum(QUEUE_PRIORITIES);
export type QueuePriority = z.infer<typeof QueuePrioritySchema>;

export const QUEUE_STATUSES = ['Queued', 'In Progress', 'Completed', 'Cancelled'] as const;
export const QueueStatusSchema = z.enum(QUEUE_STATUSES);
export type QueueStatus = z.infer<typeof QueueStatusSchema>;

/** Days from the proof of payment to its deadline (seed automation 1). */
export const POP_DEADLINE_DAYS = 10;
