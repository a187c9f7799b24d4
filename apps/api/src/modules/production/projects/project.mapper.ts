import type { Project } from '@factoryops/contracts';
import { customerCode } from '../../customers/customer-code.js';
import type { CustomerEntity } from '../../customers/customer.entity.js';
import type { ProjectEntity } from './project.entity.js';

const CLOSED = new Set(['Completed', 'Cancelled']);

/** Whether a project is past its due date (`today` in the site zone) and still open. */
export function isOverdue(project: Pick<ProjectEntity, 'dueDate' | 'status'>, today: string): boolean {
  return project.dueDate !== null && project.dueDate < today && !CLOSED.has(project.status);
}

/** A project's own fields, without its client. */
export type ProjectFields = Omit<ProjectEntity, 'customer'>;

export function toProjectDto(
  project: ProjectFields,
  customer: Pick<CustomerEntity, 'id' | 'number' | 'name'>,
  today: string,
): Project {
  return {
    id: project.id,
    code: project.code,
    clientId: customer.id,
    clientCode: customerCode(customer.number),
    clientName: customer.name,
    name: project.name,
    description: project.description,
    status: project.status,
    onHold: project.onHold,
    quoteDate: project.quoteDate,
    approvalDate: project.approvalDate,
    dueDate: project.dueDate,
    completionDate: project.completionDate,
    quotedPrice: project.quotedPrice,
    finalPrice: project.finalPrice,
    materialType: project.materialType,
    materialThickness: project.materialThickness,
    sheets: project.sheets,
    parts: project.parts,
    estimatedCutMinutes: project.estimatedCutMinutes,
    drawingMinutes: project.drawingMinutes,
    bins: project.bins,
    scheduledCutDate: project.scheduledCutDate,
    popReceived: project.popReceived,
    popReceivedOn: project.popReceivedOn,
    popDeadline: project.popDeadline,
    clientNotified: project.clientNotified,
    clientNotifiedAt: project.clientNotifiedAt?.toISOString() ?? null,
    overdue: isOverdue(project, today),
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
    version: project.version,
  };
}

/** What an audit entry records of a project: every field a person edits. */
export function projectAuditSnapshot(project: ProjectEntity): Record<string, unknown> {
  const { id: _, customer: __, createdAt: ___, updatedAt: ____, version: _____, ...fields } = project;
  return { ...fields, clientNotifiedAt: project.clientNotifiedAt?.toISOString() ?? null };
}
