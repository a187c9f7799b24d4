import type {
  MaintenanceRequest,
  MaintenanceRequestSummary,
  PersonRef,
  Team,
  Warning,
  WorkflowState,
} from '@factoryops/contracts';
import type { UserEntity } from '../auth/user.entity.js';
import type { MachineWarningEntity } from './machine-warning.entity.js';
import type { MaintenanceRequestEntity } from './maintenance-request.entity.js';
import type { TeamEntity } from './team.entity.js';
import { isOverdue, VALID_TRANSITIONS } from './workflow.js';

export const personRef = (user: Pick<UserEntity, 'id' | 'displayName'>): PersonRef => ({
  id: user.id,
  displayName: user.displayName,
});

export const requestReference = (number: number) => `MR-${String(number).padStart(6, '0')}`;

/** A request loaded with its machine, team and technician. */
/** `today` is the site's calendar day (`dayIn(now, SITE_TIME_ZONE)`), for the overdue flag. */
export function toRequestSummary(
  request: MaintenanceRequestEntity,
  today: string,
): MaintenanceRequestSummary {
  const machine = request.machine;
  if (!machine) throw new Error('toRequestSummary needs the machine joined');
  return {
    id: request.id,
    reference: requestReference(request.number),
    type: request.type,
    status: request.status,
    subject: request.subject,
    description: request.description,
    severity: request.severity,
    machine: { id: machine.id, name: machine.name, code: machine.code },
    team: request.team ? { id: request.team.id, name: request.team.name } : null,
    technician: request.technician ? personRef(request.technician) : null,
    scheduledDate: request.scheduledDate,
    recurrence:
      request.recurrenceEvery && request.recurrenceUnit
        ? { every: request.recurrenceEvery, unit: request.recurrenceUnit, until: request.recurrenceUntil }
        : null,
    estimatedHours: request.estimatedHours,
    durationHours: request.durationHours,
    source: request.source,
    reporter:
      request.reporterName !== null || request.reporterContact !== null
        ? { name: request.reporterName ?? '', contact: request.reporterContact ?? '' }
        : null,
    createdBy: request.createdBy,
    createdAt: request.createdAt.toISOString(),
    startedAt: request.startedAt?.toISOString() ?? null,
    repairedAt: request.repairedAt?.toISOString() ?? null,
    scrappedAt: request.scrappedAt?.toISOString() ?? null,
    isOverdue: isOverdue(request, today),
    version: request.version,
  };
}

export function toRequestDto(request: MaintenanceRequestEntity, today: string): MaintenanceRequest {
  return {
    ...toRequestSummary(request, today),
    notes: (request.notes ?? [])
      .toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((note) => ({
        id: note.id,
        author: note.author,
        body: note.body,
        createdAt: note.createdAt.toISOString(),
      })),
    images: (request.images ?? [])
      .toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((image) => {
        const url = `/api/v1/maintenance/requests/${request.id}/images/${image.id}`;
        return {
          id: image.id,
          fileName: image.fileName,
          contentType: image.contentType,
          size: image.size,
          url,
          thumbnailUrl: `${url}/thumbnail`,
          createdAt: image.createdAt.toISOString(),
        };
      }),
  };
}

export function toWorkflowState(request: MaintenanceRequestEntity, today: string): WorkflowState {
  const summary = toRequestSummary(request, today);
  return {
    id: summary.id,
    reference: summary.reference,
    status: summary.status,
    requestType: summary.type,
    subject: summary.subject,
    equipment: summary.machine.name,
    assignedTeam: summary.team?.name ?? null,
    assignedTechnician: summary.technician?.displayName ?? null,
    duration: summary.durationHours,
    createdAt: summary.createdAt,
    createdBy: summary.createdBy,
    isOverdue: summary.isOverdue,
    validNextTransitions: [...VALID_TRANSITIONS[summary.status]],
  };
}

export function requestAuditSnapshot(request: MaintenanceRequestEntity): Record<string, unknown> {
  return {
    type: request.type,
    status: request.status,
    subject: request.subject,
    severity: request.severity,
    machineId: request.machineId,
    teamId: request.teamId,
    technicianId: request.technicianId,
    scheduledDate: request.scheduledDate,
    durationHours: request.durationHours,
  };
}

export function toTeamDto(team: TeamEntity): Team {
  return {
    id: team.id,
    name: team.name,
    description: team.description,
    members: (team.members ?? [])
      .map(personRef)
      .toSorted((a, b) => a.displayName.localeCompare(b.displayName)),
    version: team.version,
  };
}

export function toWarningDto(warning: MachineWarningEntity): Warning {
  return {
    id: warning.id,
    machineId: warning.machineId,
    code: warning.code,
    message: warning.message,
    severity: warning.severity,
    source: warning.source,
    raisedAt: warning.raisedAt.toISOString(),
    clearedAt: warning.clearedAt?.toISOString() ?? null,
    clearedBy: warning.clearedBy,
  };
}

/**
 * Hours each machine (or only `machine`) spent in Fault within [from, to) — SQL expressions for the
 * bounds — as rows `(machine_id, downtime_hours)`: the union of its open corrective periods, so
 * overlaps count once.
 */
export const downtimeSql = (from: string, to: string, machine?: string) => `
  SELECT machine_id, sum(extract(epoch FROM upper(p) - lower(p))) / 3600 AS downtime_hours
    FROM (SELECT machine_id, unnest(range_agg(period)) AS p
            FROM (SELECT machine_id,
                         tstzrange(greatest(created_at, ${from}), least(coalesce(repaired_at, scrapped_at, now()), ${to})) AS period
                    FROM maintenance_requests
                   WHERE type = 'Corrective' AND created_at < ${to} AND coalesce(repaired_at, scrapped_at, now()) > ${from}
                         ${machine ? `AND machine_id = ${machine}` : ''}) f
           WHERE NOT isempty(period) GROUP BY machine_id) u
   GROUP BY machine_id`;

/** Scrapped > Fault (open corrective request) > Warning (active warning) > OK, as SQL over a machine `m`. */
export const MACHINE_STATUS_SQL = `CASE
  WHEN m.scrapped_at IS NOT NULL THEN 'Scrapped'
  WHEN EXISTS (SELECT 1 FROM maintenance_requests r WHERE r.machine_id = m.id AND r.type = 'Corrective'
               AND r.status IN ('New', 'In Progress')) THEN 'Fault'
  WHEN EXISTS (SELECT 1 FROM machine_warnings w WHERE w.machine_id = m.id AND w.cleared_at IS NULL) THEN 'Warning'
  ELSE 'OK' END`;

/** A request subject from a free-text description (fault cases, portal reports): its first line. */
export function subjectFrom(description: string): string {
  const line = description.split('\n')[0].trim();
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
