import { Injectable } from '@nestjs/common';
import type {
  Communication,
  CommunicationQuerySchema,
  MessageAutomationKey,
  MessageStatus,
  Page,
  SendCommunicationInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { NotFoundError, RuleViolationError } from '../../../common/domain-errors.js';
import { containsPattern } from '../../../common/like-pattern.js';
import { AppConfig } from '../../../config/app-config.js';
import { queryPrepared } from '../../../database/prepared-statements.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { customerCode } from '../../customers/customer-code.js';
import { InvoicesService } from '../billing/invoices.service.js';
import { QuotesService } from '../billing/quotes.service.js';
import { ClientMessages } from './client-messages.js';
import { messageSubjectOf } from './message-subject.js';
import { renderMessage } from './message-text.js';
import { MessageTemplateEntity } from './message-template.entity.js';

/** A message's delivery, from its outbox message (see MessageStatusSchema). */
const STATUS = `CASE WHEN m.failure IS NOT NULL THEN 'Failed' WHEN o.sent_at IS NOT NULL THEN 'Sent'
                     WHEN o.last_error IS NOT NULL THEN 'Failed' ELSE 'Pending' END`;

const FROM = `FROM production_communications m
  LEFT JOIN customers c ON c.id = m.customer_id
  LEFT JOIN production_projects p ON p.id = m.project_id
  LEFT JOIN production_message_templates t ON t.id = m.template_id
  LEFT JOIN notification_outbox o ON o.id = m.outbox_message_id`;

const COLUMNS = `m.id, m.customer_id AS "clientId", c.number AS "clientNumber", c.name AS "clientName",
  m.project_id AS "projectId", p.code AS "projectCode", p.name AS "projectName", m.recipient, m.subject, m.body,
  m.attachment_name AS "attachmentName", m.template_id AS "templateId", t.name AS "templateName", m.automation,
  m.sent_by AS "sentBy", ${STATUS} AS status,
  coalesce(m.failure, CASE WHEN o.sent_at IS NULL THEN o.last_error END) AS error,
  coalesce(o.attempts, 0) AS attempts,
  CASE WHEN m.failure IS NULL AND o.sent_at IS NULL THEN o.next_attempt_at END AS "nextAttemptAt",
  m.created_at AS "createdAt", o.sent_at AS "sentAt"`;

/** The filters of a list, in the order of their parameters. */
const WHERE = `WHERE ($1::uuid IS NULL OR m.customer_id = $1) AND ($2::uuid IS NULL OR m.project_id = $2)
  AND ($3::text IS NULL OR ${STATUS} = $3)
  AND ($4::text IS NULL OR m.recipient ILIKE $4 OR m.subject ILIKE $4 OR p.code ILIKE $4 OR c.name ILIKE $4)`;

type Row = {
  id: string;
  clientId: string | null;
  clientNumber: number | null;
  clientName: string | null;
  projectId: string | null;
  projectCode: string | null;
  projectName: string | null;
  recipient: string;
  subject: string;
  body: string;
  attachmentName: string | null;
  templateId: string | null;
  templateName: string | null;
  automation: MessageAutomationKey | null;
  sentBy: string;
  status: MessageStatus;
  error: string | null;
  attempts: number;
  nextAttemptAt: Date | null;
  createdAt: Date;
  sentAt: Date | null;
};

const toDto = (row: Row): Communication => ({
  id: row.id,
  client:
    row.clientId && row.clientName !== null && row.clientNumber !== null
      ? { id: row.clientId, code: customerCode(row.clientNumber), name: row.clientName }
      : null,
  project:
    row.projectId && row.projectCode !== null && row.projectName !== null
      ? { id: row.projectId, code: row.projectCode, name: row.projectName }
      : null,
  channel: 'Email',
  recipient: row.recipient,
  subject: row.subject,
  body: row.body,
  attachmentName: row.attachmentName,
  template:
    row.templateId && row.templateName !== null ? { id: row.templateId, name: row.templateName } : null,
  automation: row.automation,
  sentBy: row.sentBy,
  status: row.status,
  error: row.error,
  attempts: row.attempts,
  nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
});

/**
 * Messages to clients (seed module 11): the history of what was sent to whom, with its delivery, and a
 * person's message — written from a template or by hand, the variables filled in for the client and
 * project, a quote's or invoice's PDF attached — through the outbox.
 */
@Injectable()
export class CommunicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly messages: ClientMessages,
    private readonly quotes: QuotesService,
    private readonly invoices: InvoicesService,
    private readonly config: AppConfig,
  ) {}

  /** Newest first. */
  async list(query: z.output<typeof CommunicationQuerySchema>): Promise<Page<Communication>> {
    const filters = [
      query.clientId ?? null,
      query.projectId ?? null,
      query.status ?? null,
      query.q ? containsPattern(query.q) : null,
    ];
    const manager = this.dataSource.manager;
    const [rows, [{ total }]] = await Promise.all([
      queryPrepared<Row>(
        manager,
        `SELECT ${COLUMNS} ${FROM} ${WHERE} ORDER BY m.created_at DESC, m.id DESC LIMIT $5 OFFSET $6`,
        [...filters, query.pageSize, (query.page - 1) * query.pageSize],
      ),
      queryPrepared<{ total: number }>(manager, `SELECT count(*)::int AS total ${FROM} ${WHERE}`, filters),
    ]);
    return { items: rows.map(toDto), total };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<Communication> {
    const [row] = await queryPrepared<Row>(manager, `SELECT ${COLUMNS} ${FROM} WHERE m.id = $1`, [id]);
    if (!row) throw new NotFoundError('Message', id);
    return toDto(row);
  }

  /**
   * Sends a person's message: the variables filled in for the client and project (an unknown one, or a
   * project's without a project: 400), to `to` or the client's address, with the PDF of a quote or
   * invoice of that project when asked — into the outbox and the history together.
   */
  async send(input: SendCommunicationInput): Promise<Communication> {
    const attachment = await this.attachmentOf(input);
    const sent = await this.unitOfWork.run(async (work) => {
      const { client, project, values } = await messageSubjectOf(
        work.manager,
        { clientId: input.clientId, projectId: input.projectId },
        this.config.env.SITE_CURRENCY,
      );
      const text = renderMessage(input, values, project !== null);
      if (input.templateId && !(await work.manager.existsBy(MessageTemplateEntity, { id: input.templateId })))
        throw new NotFoundError('Message template', input.templateId);
      const recipient = input.to ?? client.email;
      if (!recipient)
        throw new RuleViolationError(
          `${client.name} has no email address: add one to the client, or say where to send the message`,
          'to',
        );
      const id = (await this.messages.queue(work, {
        customerId: client.id,
        projectId: project?.id ?? null,
        templateId: input.templateId ?? null,
        automation: null,
        recipient,
        ...text,
        attachment,
      })) as string;
      return this.get(id, work.manager);
    });
    this.messages.wake();
    return sent;
  }

  /** The PDF a message takes along: a quote or invoice of the message's project (400 otherwise). */
  private async attachmentOf(input: SendCommunicationInput) {
    if (!input.attachment) return undefined;
    const { kind, id } = input.attachment;
    const document = kind === 'quote' ? await this.quotes.get(id) : await this.invoices.get(id);
    if (document.projectId !== input.projectId)
      throw new RuleViolationError(
        `${document.number} is not a document of the project this message is about`,
        'attachment',
      );
    const pdf = kind === 'quote' ? await this.quotes.pdf(id) : await this.invoices.pdf(id);
    return { filename: pdf.name, contentType: 'application/pdf', content: pdf.content };
  }
}
