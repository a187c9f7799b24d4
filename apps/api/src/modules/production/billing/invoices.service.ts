import { Injectable } from '@nestjs/common';
import {
  type CancelInvoiceInput,
  type CreateInvoiceInputSchema,
  formatMoney,
  INVOICE_PAYMENT_DAYS,
  type Invoice,
  type InvoiceListQuerySchema,
  type InvoiceSummary,
  type Page,
  type PayInvoiceInput,
  type ReplacedInvoice,
  type SendDocumentInput,
  type UpdateInvoiceInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { NotFoundError, RuleViolationError, ValidationError } from '../../../common/domain-errors.js';
import { lockForChange, writeChanges } from '../../../database/locked-row.js';
import { UnitOfWork, type Work } from '../../../database/unit-of-work.js';
import { createdFields } from '../../audit/audit-diff.js';
import type { CustomerEntity } from '../../customers/customer.entity.js';
import { announceProductionChange } from '../production-changes.js';
import { ProjectEntity } from '../projects/project.entity.js';
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
import { invoiceAfter, invoiceStatusOn, invoiceStatusSql } from './document-lifecycle.js';
import { InvoiceEntity } from './invoice.entity.js';
import { QuoteEntity } from './quote.entity.js';

type ListQuery = z.output<typeof InvoiceListQuerySchema>;
type CreateInput = z.output<typeof CreateInvoiceInputSchema>;

const auditSnapshot = (invoice: InvoiceEntity, lines?: readonly LineInput[]) => ({
  ...documentAuditFields(invoice, lines),
  quoteId: invoice.quoteId,
  issueDate: invoice.issueDate,
  dueDate: invoice.dueDate,
  replacesId: invoice.replacesId,
});

/** What a new invoice is made of (a creation, or the replacement of a cancelled invoice). */
interface NewInvoice {
  projectId: string;
  quoteId: string | null;
  lines: readonly LineInput[];
  issueDate: string;
  dueDate: string;
  notes: string;
  replacesId: string | null;
}

/**
 * Invoices of projects (`INV-YYYY-###`, without gaps in a year however many are created at once): from
 * the project's accepted quote or entered lines, sent with the PDF, paid, or cancelled. A sent invoice is
 * never changed: it is cancelled, and replaced by a new one under the next number; both are kept.
 */
@Injectable()
export class InvoicesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly documents: BillingDocuments,
  ) {}

  /** How BillingDocuments reads invoices: with their quote, and the invoices they replace or were replaced by. */
  private readonly reader: DocumentKind<InvoiceEntity, InvoiceSummary> = {
    entity: InvoiceEntity,
    label: 'Invoice',
    auditType: 'production_invoice',
    event: 'invoice',
    owner: (id) => ({ invoiceId: id }),
    snapshot: auditSnapshot,
    statusOf: (invoice) => this.statusOf(invoice),
    read: (manager) =>
      manager
        .getRepository(InvoiceEntity)
        .createQueryBuilder('d')
        .innerJoinAndSelect('d.project', 'p')
        .innerJoinAndSelect('p.customer', 'c')
        .leftJoinAndSelect('d.quote', 'quote')
        .leftJoinAndSelect('d.replaces', 'replaces')
        .leftJoinAndMapOne('d.replacedBy', InvoiceEntity, 'replacedBy', 'replacedBy.replaces_id = d.id'),
    statusSql: invoiceStatusSql('d', ':today'),
    sortColumns: { dueDate: 'due_date' },
    toSummary: (invoice: WithProject<InvoiceEntity>, today) => ({
      ...this.documents.documentFields(invoice),
      status: invoiceStatusOn(invoice.status, invoice.dueDate, today),
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      quoteId: invoice.quoteId,
      quoteNumber: invoice.quote?.number ?? null,
      paidOn: invoice.paidOn,
      cancelledAt: invoice.cancelledAt?.toISOString() ?? null,
      cancelReason: invoice.cancelReason,
      replacesId: invoice.replacesId,
      replacesNumber: invoice.replaces?.number ?? null,
      replacedById: invoice.replacedBy?.id ?? null,
      replacedByNumber: invoice.replacedBy?.number ?? null,
    }),
  };

  list(query: ListQuery): Promise<Page<InvoiceSummary>> {
    return this.documents.list(this.reader, query);
  }

  get(id: string, manager?: EntityManager): Promise<Invoice> {
    return this.documents.get(this.reader, id, manager);
  }

  /**
   * A draft invoice of a project: the lines given, or else those of its accepted quote (400 when it has
   * none); issued today and due 30 days later unless the dates are given.
   */
  create(input: CreateInput): Promise<Invoice> {
    return this.unitOfWork.run(async (work) => {
      const project = await work.manager.findOne(ProjectEntity, { where: { id: input.projectId } });
      if (!project) throw new NotFoundError('Project', input.projectId);
      let quoteId: string | null = null;
      let lines: readonly LineInput[] | undefined = input.lines;
      if (!lines) {
        const accepted = await work.manager.findOne(QuoteEntity, {
          where: { projectId: project.id, status: 'Accepted' },
        });
        if (!accepted)
          throw new RuleViolationError(
            `${project.code} has no accepted quote to take the lines from: enter the invoice's lines`,
            'lines',
          );
        quoteId = accepted.id;
        lines = await this.documents.linesOf(work.manager, { quoteId });
      }
      const issueDate = input.issueDate ?? this.documents.today();
      const dueDate = input.dueDate ?? addDays(issueDate, INVOICE_PAYMENT_DAYS);
      this.assertDates(issueDate, dueDate);
      const id = await this.insert(work, {
        projectId: project.id,
        quoteId,
        lines,
        issueDate,
        dueDate,
        notes: input.notes,
        replacesId: null,
      });
      return this.get(id, work.manager);
    });
  }

  /** Changes a draft (its lines replaced when given); anything sent is 409: cancel and replace it. */
  update(id: string, input: UpdateInvoiceInput): Promise<Invoice> {
    return this.documents.updateDraft(this.reader, id, input, (invoice) => {
      if (input.issueDate !== undefined) invoice.issueDate = input.issueDate;
      if (input.dueDate !== undefined) invoice.dueDate = input.dueDate;
      this.assertDates(invoice.issueDate, invoice.dueDate);
    });
  }

  /** Sends a draft: Sent, and the email with the PDF to the client (or `to`) in the outbox, together. */
  async send(id: string, input: SendDocumentInput): Promise<Invoice> {
    const sent = await this.act(id, input.version, 'send', async (work, invoice) => {
      const project = await work.manager.findOneOrFail(ProjectEntity, {
        where: { id: invoice.projectId },
        relations: { customer: true },
      });
      const customer = project.customer as CustomerEntity;
      const to = await this.documents.recipientOf(
        work.manager,
        { invoiceId: id },
        invoice.number,
        customer,
        input.to,
      );
      await writeChanges(work.manager, InvoiceEntity, invoice, { status: 'Sent', sentAt: new Date() });
      const sentPdfSha256 = await this.documents.mail(
        work,
        await this.printed(work.manager, id),
        project,
        to,
        customer.contactPerson || customer.name,
        `Please find attached our invoice ${invoice.number} for ${project.code} (${project.name}): ${formatMoney(invoice.total, invoice.currency)} including VAT, due on ${invoice.dueDate}. Please use ${invoice.number} as the payment reference.`,
      );
      await writeChanges(work.manager, InvoiceEntity, invoice, { sentPdfSha256 });
    });
    this.documents.outbox.wake();
    return sent;
  }

  /** The client paid (on `paidOn`, default today). */
  pay(id: string, input: PayInvoiceInput): Promise<Invoice> {
    return this.act(id, input.version, 'pay', async (work, invoice) => {
      const paidOn = input.paidOn ?? this.documents.today();
      if (paidOn < invoice.issueDate)
        throw new ValidationError([
          { path: 'paidOn', message: `Paid on or after the issue date (${invoice.issueDate})` },
        ]);
      await writeChanges(work.manager, InvoiceEntity, invoice, { status: 'Paid', paidOn });
    });
  }

  /** Cancels a draft or a sent invoice, saying why; it keeps its number (the sequence has no gap). */
  cancel(id: string, input: CancelInvoiceInput): Promise<Invoice> {
    return this.act(id, input.version, 'cancel', (work, invoice) =>
      this.markCancelled(work, invoice, input.reason),
    );
  }

  /**
   * Cancels a sent invoice and opens its replacement: a draft with the same project and lines under the
   * next number, issued today, naming the invoice it replaces. Both are kept and audited.
   */
  replace(id: string, input: CancelInvoiceInput): Promise<ReplacedInvoice> {
    return this.unitOfWork.run(async (work) => {
      let replacementId = '';
      await this.act(
        id,
        input.version,
        'replace',
        async (inner, invoice) => {
          await this.markCancelled(inner, invoice, input.reason);
          const lines = await this.documents.linesOf(inner.manager, { invoiceId: id });
          const issueDate = this.documents.today();
          replacementId = await this.insert(inner, {
            projectId: invoice.projectId,
            quoteId: invoice.quoteId,
            lines,
            issueDate,
            dueDate: addDays(issueDate, INVOICE_PAYMENT_DAYS),
            notes: invoice.notes,
            replacesId: invoice.id,
          });
        },
        work,
      );
      return {
        cancelled: await this.get(id, work.manager),
        replacement: await this.get(replacementId, work.manager),
      };
    });
  }

  /** How many invoices the projects of a customer have (such a customer is kept). */
  async countOfCustomer(manager: EntityManager, customerId: string): Promise<number> {
    const [{ count }]: { count: string }[] = await manager.query(
      'SELECT count(*) AS count FROM production_invoices i JOIN production_projects p ON p.id = i.project_id WHERE p.customer_id = $1',
      [customerId],
    );
    return Number(count);
  }

  /** The invoice as a PDF, named by its number: the one sent, once it was. */
  async pdf(id: string): Promise<{ name: string; content: Buffer }> {
    return this.documents.download(this.reader, id, () => this.printed(undefined, id));
  }

  /**
   * An invoice action: the row locked (409 on a stale `version`), the action checked against the status
   * today, `act`'s change, and the status change audited — in `within`'s transaction, or a new one.
   */
  private async act(
    id: string,
    version: number | undefined,
    action: 'send' | 'pay' | 'cancel' | 'replace',
    change: (work: Work, invoice: InvoiceEntity) => Promise<void>,
    within?: Work,
  ): Promise<Invoice> {
    const run = async (work: Work) => {
      const invoice = await lockForChange(work.manager, InvoiceEntity, id, version, 'Invoice');
      const from = this.statusOf(invoice);
      const to = invoiceAfter(invoice.number, from, action);
      await change(work, invoice);
      await work.audit({
        entityType: 'production_invoice',
        entityId: id,
        action: 'status',
        changes: {
          status: { from, to },
          ...(invoice.cancelReason ? { cancelReason: { from: null, to: invoice.cancelReason } } : {}),
        },
      });
      announceProductionChange(work, 'invoice', id, 'status');
      return this.get(id, work.manager);
    };
    return within ? run(within) : this.unitOfWork.run(run);
  }

  private async markCancelled(work: Work, invoice: InvoiceEntity, reason: string): Promise<void> {
    await writeChanges(work.manager, InvoiceEntity, invoice, {
      status: 'Cancelled',
      cancelledAt: new Date(),
      cancelReason: reason,
    });
  }

  /** Numbers, prices and stores a new draft invoice with its lines, audited; answers its id. */
  private async insert(work: Work, fields: NewInvoice): Promise<string> {
    const priced = await this.documents.price(work.manager, [...fields.lines]);
    const numbered = await this.documents.nextNumber(work.manager, 'INV', 'production_invoices');
    const invoice = await work.manager.save(
      work.manager.create(InvoiceEntity, {
        ...numbered,
        projectId: fields.projectId,
        quoteId: fields.quoteId,
        currency: this.documents.currency,
        ...documentFigures(priced),
        notes: fields.notes,
        status: 'Draft',
        issueDate: fields.issueDate,
        dueDate: fields.dueDate,
        sentAt: null,
        sentPdfSha256: null,
        paidOn: null,
        cancelledAt: null,
        cancelReason: '',
        replacesId: fields.replacesId,
      }),
    );
    await this.documents.writeLines(work.manager, { invoiceId: invoice.id }, priced);
    await work.audit({
      entityType: 'production_invoice',
      entityId: invoice.id,
      action: 'create',
      changes: createdFields(auditSnapshot(invoice, priced.lines)),
    });
    announceProductionChange(work, 'invoice', invoice.id, 'create');
    return invoice.id;
  }

  private statusOf(invoice: InvoiceEntity) {
    return invoiceStatusOn(invoice.status, invoice.dueDate, this.documents.today());
  }

  private async printed(manager: EntityManager | undefined, id: string): Promise<PrintedDocument> {
    const invoice = await this.get(id, manager);
    const dates: PrintedDocument['dates'] = [
      ['Issued', invoice.issueDate],
      ['Due', invoice.dueDate],
    ];
    if (invoice.paidOn) dates.push(['Paid', invoice.paidOn]);
    return this.documents.printed(manager ?? this.dataSource.manager, invoice, {
      kind: 'invoice',
      dates,
      notes: [invoice.replacesNumber ? `Replaces invoice ${invoice.replacesNumber}.` : '', invoice.notes]
        .filter(Boolean)
        .join('\n'),
    });
  }

  private assertDates(issueDate: string, dueDate: string): void {
    if (dueDate < issueDate)
      throw new ValidationError([
        { path: 'dueDate', message: `Due on or after the issue date (${issueDate})` },
      ]);
  }
}
