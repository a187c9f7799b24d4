import { Injectable } from '@nestjs/common';
import {
  type CreateQuoteInputSchema,
  type DecideQuoteInput,
  formatMoney,
  type Page,
  type Quote,
  type QuoteListQuerySchema,
  type QuoteSummary,
  QUOTE_VALID_DAYS,
  type SendDocumentInput,
  type UpdateQuoteInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  ConflictError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '../../../common/domain-errors.js';
import { lockForChange, writeChanges } from '../../../database/locked-row.js';
import { UnitOfWork, type Work } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import type { CustomerEntity } from '../../customers/customer.entity.js';
import { announceProductionChange } from '../production-changes.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { projectAuditSnapshot } from '../projects/project.mapper.js';
import { addDays } from '../queue/business-days.js';
import {
  documentAuditFields,
  BillingDocuments,
  type DocumentKind,
  documentFigures,
  type LineInput,
  type WithProject,
} from './billing-documents.service.js';
import type { PrintedDocument } from './billing-pdf.js';
import { assertEditable, quoteAfter, quoteStatusOn, quoteStatusSql } from './document-lifecycle.js';
import { QuoteEntity } from './quote.entity.js';

type ListQuery = z.output<typeof QuoteListQuerySchema>;
type CreateInput = z.output<typeof CreateQuoteInputSchema>;

const auditSnapshot = (quote: QuoteEntity, lines?: readonly LineInput[]) => ({
  ...documentAuditFields(quote, lines),
  validUntil: quote.validUntil,
});

/**
 * Quotes of projects (`QT-YYYY-###`): drafted with lines, sent to the client with the PDF, accepted or
 * declined. Sending moves a project's "Request" on to "Quote & Approval"; accepting approves the quote
 * on the project (approval date, quoted price) so that its proof of payment can come, in one transaction.
 */
@Injectable()
export class QuotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly documents: BillingDocuments,
  ) {}

  /** How BillingDocuments reads quotes. */
  private readonly reader: DocumentKind<QuoteEntity, QuoteSummary> = {
    entity: QuoteEntity,
    label: 'Quote',
    auditType: 'production_quote',
    event: 'quote',
    owner: (id) => ({ quoteId: id }),
    snapshot: auditSnapshot,
    statusOf: (quote) => quoteStatusOn(quote.status, quote.validUntil, this.documents.today()),
    read: (manager) =>
      manager
        .getRepository(QuoteEntity)
        .createQueryBuilder('d')
        .innerJoinAndSelect('d.project', 'p')
        .innerJoinAndSelect('p.customer', 'c'),
    statusSql: quoteStatusSql('d', ':today'),
    sortColumns: { validUntil: 'valid_until' },
    toSummary: (quote: WithProject<QuoteEntity>, today) => ({
      ...this.documents.documentFields(quote),
      status: quoteStatusOn(quote.status, quote.validUntil, today),
      validUntil: quote.validUntil,
      decidedAt: quote.decidedAt?.toISOString() ?? null,
    }),
  };

  list(query: ListQuery): Promise<Page<QuoteSummary>> {
    return this.documents.list(this.reader, query);
  }

  get(id: string, manager?: EntityManager): Promise<Quote> {
    return this.documents.get(this.reader, id, manager);
  }

  /** A draft quote of an open project, numbered in this year's sequence. */
  create(input: CreateInput): Promise<Quote> {
    return this.unitOfWork.run(async (work) => {
      const project = await work.manager.findOne(ProjectEntity, { where: { id: input.projectId } });
      if (!project) throw new NotFoundError('Project', input.projectId);
      if (['Completed', 'Cancelled'].includes(project.status))
        throw new RuleViolationError(
          `${project.code} is ${project.status}: it takes no new quotes`,
          'projectId',
        );
      const today = this.documents.today();
      const validUntil = input.validUntil ?? addDays(today, QUOTE_VALID_DAYS);
      this.assertValidFrom(validUntil, today);
      const priced = await this.documents.price(work.manager, input.lines);
      const numbered = await this.documents.nextNumber(work.manager, 'QT', 'production_quotes');
      const quote = await work.manager.save(
        work.manager.create(QuoteEntity, {
          ...numbered,
          projectId: project.id,
          currency: this.documents.currency,
          ...documentFigures(priced),
          notes: input.notes,
          status: 'Draft',
          validUntil,
          sentAt: null,
          sentPdfSha256: null,
          decidedAt: null,
        }),
      );
      await this.documents.writeLines(work.manager, { quoteId: quote.id }, priced);
      await work.audit({
        entityType: 'production_quote',
        entityId: quote.id,
        action: 'create',
        changes: createdFields(auditSnapshot(quote, priced.lines)),
      });
      announceProductionChange(work, 'quote', quote.id, 'create');
      return this.get(quote.id, work.manager);
    });
  }

  /** Changes a draft (its lines replaced when given); a sent quote is 409. */
  update(id: string, input: UpdateQuoteInput): Promise<Quote> {
    return this.documents.updateDraft(this.reader, id, input, (quote) => {
      if (input.validUntil === undefined) return;
      this.assertValidFrom(input.validUntil, this.documents.today());
      quote.validUntil = input.validUntil;
    });
  }

  /** Deletes a draft (a quote never sent); a sent one stays, as what the client received. */
  remove(id: string): Promise<void> {
    return this.unitOfWork.run(async (work) => {
      const quote = await lockForChange(work.manager, QuoteEntity, id, undefined, 'Quote');
      assertEditable(quote.number, quote.status, 'quote');
      await work.manager.delete(QuoteEntity, { id });
      await work.audit({
        entityType: 'production_quote',
        entityId: id,
        action: 'delete',
        changes: diffFields(auditSnapshot(quote), {}),
      });
      announceProductionChange(work, 'quote', id, 'delete');
    });
  }

  /**
   * Sends a draft: the email with the PDF to the client (or `to`) into the outbox, the quote Sent, and
   * its project from "Request" on to "Quote & Approval" with today as its quote date — together.
   */
  async send(id: string, input: SendDocumentInput): Promise<Quote> {
    const sent = await this.changeWithProject(id, input.version, 'send', async (work, quote, project) => {
      const customer = project.customer as CustomerEntity;
      const today = this.documents.today();
      if (quote.validUntil < today)
        throw new RuleViolationError(
          `${quote.number} was valid until ${quote.validUntil}: give it a new date before sending it`,
          'validUntil',
        );
      const to = await this.documents.recipientOf(
        work.manager,
        { quoteId: id },
        quote.number,
        customer,
        input.to,
      );
      await writeChanges(work.manager, QuoteEntity, quote, { status: 'Sent', sentAt: new Date() });
      const projectChanges: Partial<ProjectEntity> = {};
      if (project.status === 'Request') projectChanges.status = 'Quote & Approval';
      if (!project.quoteDate) projectChanges.quoteDate = today;
      const printed = await this.printed(work.manager, id);
      const sentPdfSha256 = await this.documents.mail(
        work,
        printed,
        project,
        to,
        customer.contactPerson || customer.name,
        `Please find attached our quote ${quote.number} for ${project.code} (${project.name}): ${formatMoney(quote.total, quote.currency)} including VAT, valid until ${quote.validUntil}.`,
      );
      await writeChanges(work.manager, QuoteEntity, quote, { sentPdfSha256 });
      return projectChanges;
    });
    this.documents.outbox.wake();
    return sent;
  }

  /**
   * The client accepted: the quote Accepted, and its project approved with it — "Quote & Approval" (from
   * "Request" if it was still there), today's approval date, the quote's total as quoted price — so that
   * the proof of payment can come. One accepted quote per project; an expired quote cannot be accepted.
   */
  accept(id: string, input: DecideQuoteInput): Promise<Quote> {
    return this.changeWithProject(id, input.version, 'accept', async (work, quote, project) => {
      const accepted = await work.manager.findOne(QuoteEntity, {
        where: { projectId: project.id, status: 'Accepted' },
      });
      if (accepted)
        throw new ConflictError(
          `${project.code} already has an accepted quote, ${accepted.number}: only one quote of a project is accepted`,
          'status',
        );
      await writeChanges(work.manager, QuoteEntity, quote, { status: 'Accepted', decidedAt: new Date() });
      return {
        ...(project.status === 'Request' ? { status: 'Quote & Approval' as const } : {}),
        approvalDate: this.documents.today(),
        quotedPrice: quote.total,
      };
    });
  }

  /** The client declined (also after the quote expired). */
  decline(id: string, input: DecideQuoteInput): Promise<Quote> {
    return this.changeWithProject(id, input.version, 'decline', async (work, quote) => {
      await writeChanges(work.manager, QuoteEntity, quote, { status: 'Declined', decidedAt: new Date() });
      return {};
    });
  }

  /** The quote as a PDF, named by its number: the one sent, once it was. */
  async pdf(id: string): Promise<{ name: string; content: Buffer }> {
    return this.documents.download(this.reader, id, () => this.printed(undefined, id));
  }

  /**
   * A quote action with its project: the project's row locked first, then the quote's (the order of every
   * production change: projects before their documents), the action checked against the quote's status
   * today, then `act` — which changes the quote and answers what its project takes with it — and both
   * audited, in one transaction.
   */
  private changeWithProject(
    id: string,
    version: number | undefined,
    action: 'send' | 'accept' | 'decline',
    act: (work: Work, quote: QuoteEntity, project: ProjectEntity) => Promise<Partial<ProjectEntity>>,
  ): Promise<Quote> {
    return this.unitOfWork.run(async (work) => {
      const found = await work.manager.findOne(QuoteEntity, {
        where: { id },
        select: { id: true, projectId: true },
      });
      if (!found) throw new NotFoundError('Quote', id);
      const project = await lockForChange(
        work.manager,
        ProjectEntity,
        found.projectId,
        undefined,
        'Project',
        {
          read: ['customer'],
        },
      );
      const quote = await lockForChange(work.manager, QuoteEntity, id, version, 'Quote');
      const from = quoteStatusOn(quote.status, quote.validUntil, this.documents.today());
      const to = quoteAfter(quote.number, from, action);
      if (action !== 'decline' && ['Completed', 'Cancelled'].includes(project.status))
        throw new RuleViolationError(
          `${project.code} is ${project.status}: its quotes can no longer be ${action === 'send' ? 'sent' : 'accepted'}`,
          'projectId',
        );
      const projectBefore = projectAuditSnapshot(project);
      const projectChanges = await act(work, quote, project);
      await work.audit({
        entityType: 'production_quote',
        entityId: id,
        action: 'status',
        changes: { status: { from, to } },
      });
      announceProductionChange(work, 'quote', id, 'status');
      if (Object.keys(projectChanges).length > 0) {
        await writeChanges(work.manager, ProjectEntity, project, projectChanges);
        await work.audit({
          entityType: 'project',
          entityId: project.id,
          action: 'update',
          changes: diffFields(projectBefore, projectAuditSnapshot(project)),
        });
        announceProductionChange(work, 'project', project.id, 'update');
      }
      return this.get(id, work.manager);
    });
  }

  private async printed(manager: EntityManager | undefined, id: string): Promise<PrintedDocument> {
    const quote = await this.get(id, manager);
    return this.documents.printed(manager ?? this.dataSource.manager, quote, {
      kind: 'quote',
      dates: [
        ['Date', quote.sentAt ? this.documents.dayOf(new Date(quote.sentAt)) : this.documents.today()],
        ['Valid until', quote.validUntil],
      ],
      notes: quote.notes,
    });
  }

  private assertValidFrom(validUntil: string, today: string): void {
    if (validUntil < today)
      throw new ValidationError([
        { path: 'validUntil', message: `A quote is valid until today (${today}) or later` },
      ]);
  }
}
