import type { LaserRun } from '@factoryops/contracts';
import type { CustomerEntity } from '../../customers/customer.entity.js';
import type { OperatorEntity } from '../operators/operator.entity.js';
import type { ProjectEntity } from '../projects/project.entity.js';
import { cutEfficiency } from './cut-efficiency.js';
import type { LaserRunEntity } from './laser-run.entity.js';

/** A run loaded with its project (and client), operator, and its queue item and preset when it has them. */
export function toLaserRunDto(run: LaserRunEntity): LaserRun {
  const project = run.project as ProjectEntity;
  const estimatedMinutes = run.queueItem?.estimatedMinutes ?? project.estimatedCutMinutes;
  return {
    id: run.id,
    projectId: project.id,
    projectCode: project.code,
    projectName: project.name,
    clientName: (project.customer as CustomerEntity).name,
    queueItemId: run.queueItemId,
    operatorId: run.operatorId,
    operatorName: (run.operator as OperatorEntity).name,
    presetId: run.presetId,
    presetName: run.preset?.name ?? null,
    runDate: run.runDate,
    cutMinutes: run.cutMinutes,
    material: run.material,
    thickness: run.thickness,
    sheets: run.sheets,
    parts: run.parts,
    notes: run.notes,
    estimatedMinutes,
    efficiency: cutEfficiency(estimatedMinutes, run.cutMinutes),
    recordedBy: run.recordedBy,
    recordedByUserId: run.recordedByUserId,
    createdAt: run.createdAt.toISOString(),
  };
}

/** What an audit entry records of a run: what was cut (who logged it is the entry's actor). */
export function laserRunAuditSnapshot({
  id: _,
  project: __,
  queueItem: ___,
  operator: ____,
  preset: _____,
  recordedBy: ______,
  recordedByUserId: _______,
  createdAt: ________,
  ...fields
}: LaserRunEntity): Record<string, unknown> {
  return fields;
}
