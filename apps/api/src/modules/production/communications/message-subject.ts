import { formatMoney } from '@factoryops/contracts';
import type { EntityManager } from 'typeorm';
import { NotFoundError, RuleViolationError } from '../../../common/domain-errors.js';
import { queryPrepared } from '../../../database/prepared-statements.js';
import { customerCode } from '../../customers/customer-code.js';
import type { MessageValues } from './message-text.js';

/** Who and what a message is about, and what its variables hold for them. */
export interface MessageSubject {
  client: { id: string; code: string; name: string; email: string };
  project: { id: string; code: string; name: string } | null;
  values: MessageValues;
}

/** What a message is about: a client, a project (its client then), and for a quote's reminder the quote. */
export interface MessageAbout {
  clientId?: string;
  projectId?: string;
  quoteId?: string;
}

type Row = {
  clientId: string;
  clientNumber: number;
  clientName: string;
  contactPerson: string;
  clientEmail: string;
  projectId: string | null;
  projectClientId: string | null;
  projectCode: string | null;
  projectName: string | null;
  projectStatus: string | null;
  dueDate: string | null;
  popDeadline: string | null;
  completionDate: string | null;
  quotedPrice: string | null;
  scheduledDate: string | null;
  quoteNumber: string | null;
  quoteTotal: string | null;
  quoteValidUntil: string | null;
  quoteCurrency: string | null;
  companyName: string;
  companyEmail: string;
  companyPhone: string;
};

/**
 * One statement: the client (given, or the project's), the project with its latest queue item's
 * scheduled day, the quote (given, or the project's latest) and the company's details.
 */
const SUBJECT = `
  SELECT c.id AS "clientId", c.number AS "clientNumber", c.name AS "clientName",
         c.contact_person AS "contactPerson", c.email AS "clientEmail",
         p.id AS "projectId", p.customer_id AS "projectClientId", p.code AS "projectCode", p.name AS "projectName", p.status AS "projectStatus",
         p.due_date::text AS "dueDate", p.pop_deadline::text AS "popDeadline",
         p.completion_date::text AS "completionDate", p.quoted_price::text AS "quotedPrice",
         (SELECT i.scheduled_date::text FROM production_queue_items i WHERE i.project_id = p.id
           ORDER BY i.created_at DESC LIMIT 1) AS "scheduledDate",
         q.number AS "quoteNumber", q.total::text AS "quoteTotal", q.valid_until::text AS "quoteValidUntil",
         q.currency AS "quoteCurrency",
         s.company_name AS "companyName", s.email AS "companyEmail", s.phone AS "companyPhone"
    FROM production_company_settings s
    LEFT JOIN production_projects p ON p.id = $2::uuid
    JOIN customers c ON c.id = coalesce($1::uuid, p.customer_id)
    LEFT JOIN LATERAL (
      SELECT number, total, valid_until, currency FROM production_quotes
       WHERE CASE WHEN $3::uuid IS NULL THEN project_id = p.id ELSE id = $3::uuid END
       ORDER BY created_at DESC LIMIT 1) q ON true`;

/**
 * The client and project a message is about with its variables' values; 404 for an unknown client or
 * project, 400 for a project of another client.
 */
export async function messageSubjectOf(
  manager: EntityManager,
  about: MessageAbout,
  currency: string,
): Promise<MessageSubject> {
  const [row] = await queryPrepared<Row>(manager, SUBJECT, [
    about.clientId ?? null,
    about.projectId ?? null,
    about.quoteId ?? null,
  ]);
  if (about.projectId && !row?.projectId) throw new NotFoundError('Project', about.projectId);
  if (!row) throw new NotFoundError('Client', about.clientId);
  const client = {
    id: row.clientId,
    code: customerCode(row.clientNumber),
    name: row.clientName,
    email: row.clientEmail,
  };
  if (row.projectId && row.projectClientId !== row.clientId)
    throw new RuleViolationError(`${row.projectCode} is not a project of ${client.name}`, 'projectId');
  const project =
    row.projectId && row.projectCode && row.projectName
      ? { id: row.projectId, code: row.projectCode, name: row.projectName }
      : null;
  return {
    client,
    project,
    values: {
      client_name: client.name,
      contact_person: row.contactPerson || client.name,
      client_email: client.email || null,
      client_code: client.code,
      project_code: row.projectCode,
      project_name: row.projectName,
      project_status: row.projectStatus,
      due_date: row.dueDate,
      pop_deadline: row.popDeadline,
      scheduled_date: row.scheduledDate,
      completion_date: row.completionDate,
      quoted_price: row.quotedPrice === null ? null : formatMoney(row.quotedPrice, currency),
      quote_number: row.quoteNumber,
      quote_total:
        row.quoteTotal === null ? null : formatMoney(row.quoteTotal, row.quoteCurrency ?? currency),
      quote_valid_until: row.quoteValidUntil,
      company_name: row.companyName || null,
      company_email: row.companyEmail || null,
      company_phone: row.companyPhone || null,
    },
  };
}
