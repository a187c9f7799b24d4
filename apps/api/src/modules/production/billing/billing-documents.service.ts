import path from 'node:path';
import { Injectable } from '@nestjs/common';
import {
  amountAbove,
  type BillingLine,
  type BillingLineInput,
  type BillingLineInputSchema,
  DOCUMENT_TOTAL_MAX,
  documentTotals,
  formatMoney,
  type InvoiceStatus,
  type InvoiceSummary,
  type Page,
  type QuoteStatus,
  type QuoteSummary,
} from '@factoryops/contracts';
import { DataSource, type EntityManager, type EntityTarget, In, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { NotFoundError, RuleViolationError, ValidationError } from '../../../common/domain-errors.js';
import { containsPattern } from '../../../common/like-pattern.js';
import { fetchPage } from '../../../common/paging.js';
import { dayIn } from '../../../common/site-calendar.js';
import { AppConfig } from '../../../config/app-config.js';
import { lockForChange } from '../../../database/locked-row.js';
import { UnitOfWork, type Work } from '../../../database/unit-of-work.js';
import { diffFields } from '../../audit/audit-diff.js';
import { customerCode } from '../../customers/customer-code.js';
import type { CustomerEntity } from '../../customers/customer.entity.js';
import { Outbox } from '../../notifications/outbox.js';
import { ClientMessages } from '../communications/client-messages.js';
import { announceProductionChange } from '../production-changes.js';
import { ProductEntity } from '../products/product.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { CompanySettingsService } from '../settings/company-settings.service.js';
import type { BillingDocumentColumns } from './billing-document.entity.js';
import { BillingLineEntity } from './billing-line.entity.js';
import { type PrintedDocument, renderBillingPdf } from './billing-pdf.js';
import { assertEditable } from './document-lifecycle.js';
import { type DocumentSeries, documentNumber } from './document-number.js';
import { SentPdfStore } from './sent-pdf-store.js';

/** A line as entered (or as stored, which has these fields too). */
export type LineInput = z.output<typeof BillingLineInputSchema>;
/** Whose lines: a quote's or an invoice's. */
export type LineOwner = { quoteId: string } | { invoiceId: string };
/** Lines with their amounts, and the document's figures. */
export interface PricedLines {
  lines: (LineInput & { lineTotal: string })[];
  vatRate: string;
  subtotal: string;
  vat: string;
  total: string;
}
/** The figures a document stores from its priced lines. */
export const documentFigures = ({ vatRate, subtotal, vat, total }: PricedLines) => ({
  vatRate,
  subtotal,
  vat,
  total,
});

/** A document read with its project and the project's client. */
export type WithProject<E> = E & { project?: ProjectEntity };

/** The list filters quotes and invoices share. */
export interface DocumentListQuery {
  page: number;
  pageSize: number;
  status?: string;
  projectId?: string;
  clientId?: string;
  q?: string;
  sort: string;
}

/** What the audit log records of lines: what was billed, without the amounts worked out from it. */
export const auditedLines = (lines: readonly BillingLineInput[]) =>
  lines.map(({ productId = null, description, quantity, unitPrice }) => ({
    productId,
    description,
    quantity,
    unitPrice,
  }));

/** What a service tells BillingDocuments of its kind of document, to list, get, print and edit it. */
export interface DocumentKind<E extends BillingDocumentColumns, S> {
  entity: EntityTarget<E>;
  /** `Quote` or `Invoice`, as a 404 names it. */
  label: 'Quote' | 'Invoice';
  /** Its entity type in the audit log, and in production's change events. */
  auditType: 'production_quote' | 'production_invoice';
  event: 'quote' | 'invoice';
  owner(id: string): LineOwner;
  /** What the audit log records of it, its lines when given. */
  snapshot(document: E, lines?: readonly LineInput[]): Record<string, unknown>;
  /** Its status today. */
  statusOf(document: E): QuoteStatus | InvoiceStatus;
  /** The documents with their project and client, aliased `d`, `p` and `c`. */
  read(manager: EntityManager): SelectQueryBuilder<E>;
  /** SQL of a document's status on the day `:today` (alias `d`). */
  statusSql: string;
  /** The kind's own sort keys (beside createdAt and total) and their columns. */
  sortColumns: Record<string, string>;
  toSummary(document: E, today: string): S;
}

/** What the audit log records of any document (each kind adds its own fields, and its lines when they change). */
export const documentAuditFields = (
  document: BillingDocumentColumns & { status: string },
  lines?: readonly BillingLineInput[],
) => ({
  number: document.number,
  projectId: document.projectId,
  status: document.status,
  vatRate: document.vatRate,
  subtotal: document.subtotal,
  vat: document.vat,
  total: document.total,
  notes: document.notes,
  ...(lines ? { lines: auditedLines(lines) } : {}),
});

const SORTS: Record<string, string> = { createdAt: 'created_at', total: 'total' };

/**
 * What quotes and invoices share: the site's currency, VAT rate and calendar; numbers without gaps;
 * priced lines; the fields of their answers; lists; the PDF; the email that sends it.
 */
@Injectable()
export class BillingDocuments {
  private readonly timeZone: string;
  readonly currency: string;
  private readonly vatRate: string;
  private readonly sentPdfs: SentPdfStore;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly company: CompanySettingsService,
    readonly outbox: Outbox,
    private readonly messages: ClientMessages,
    config: AppConfig,
  ) {
    this.timeZone = config.env.SITE_TIME_ZONE;
    this.currency = config.env.SITE_CURRENCY;
    this.vatRate = config.env.VAT_RATE;
    this.sentPdfs = new SentPdfStore(path.join(config.env.DATA_DIR, 'uploads', 'production', 'billing'));
  }

  /** Today in the site's time zone. */
  today(): string {
    return dayIn(new Date(), this.timeZone);
  }

  /** The calendar day an instant falls on in the site's zone. */
  dayOf(instant: Date): string {
    return dayIn(instant, this.timeZone);
  }

  /**
   * The next number of `series` this year (site zone). An advisory lock per series and year, held to the
   * end of the transaction, makes concurrent creations take turns: each reads the highest number committed
   * before it. A creation that fails rolls back with its number, so the numbers run without gaps.
   */
  async nextNumber(
    manager: EntityManager,
    series: DocumentSeries,
    table: 'production_quotes' | 'production_invoices',
  ): Promise<{ year: number; sequence: number; number: string }> {
    const year = Number(this.today().slice(0, 4));
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1), $2)', [`${table}.number`, year]);
    const [{ next }]: { next: number }[] = await manager.query(
      `SELECT coalesce(max(sequence), 0) + 1 AS next FROM ${table} WHERE year = $1`,
      [year],
    );
    return { year, sequence: next, number: documentNumber(series, year, next) };
  }

  /**
   * The lines' amounts and the document's figures at the site's VAT rate. The products named must exist
   * (400 naming the line), and the total must fit what a project's price holds.
   */
  async price(manager: EntityManager, lines: LineInput[]): Promise<PricedLines> {
    const productIds = [...new Set(lines.flatMap((line) => (line.productId ? [line.productId] : [])))];
    const found = new Set(
      productIds.length === 0
        ? []
        : (
            await manager
              .getRepository(ProductEntity)
              .find({ where: { id: In(productIds) }, select: { id: true } })
          ).map((product) => product.id),
    );
    const unknown = lines.flatMap((line, index) =>
      line.productId && !found.has(line.productId)
        ? [{ path: `lines.${index}.productId`, message: `There is no product ${line.productId}` }]
        : [],
    );
    if (unknown.length > 0) throw new ValidationError(unknown);
    const totals = documentTotals(lines, this.vatRate);
    if (amountAbove(totals.total, DOCUMENT_TOTAL_MAX))
      throw new ValidationError([
        {
          path: 'lines',
          message: `The total would be ${formatMoney(totals.total, this.currency)}: a document holds at most ${formatMoney(DOCUMENT_TOTAL_MAX, this.currency)}`,
        },
      ]);
    return {
      lines: lines.map((line, index) => ({ ...line, lineTotal: totals.lineTotals[index] })),
      vatRate: this.vatRate,
      subtotal: totals.subtotal,
      vat: totals.vat,
      total: totals.total,
    };
  }

  /** Replaces the owner's lines with `priced`'s, in order. */
  async writeLines(manager: EntityManager, owner: LineOwner, priced: PricedLines): Promise<void> {
    await manager.delete(BillingLineEntity, owner);
    if (priced.lines.length === 0) return;
    await manager.insert(
      BillingLineEntity,
      priced.lines.map((line, position) => ({
        quoteId: null,
        invoiceId: null,
        ...owner,
        position,
        productId: line.productId,
        description: line.description,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        lineTotal: line.lineTotal,
      })),
    );
  }

  async linesOf(manager: EntityManager, owner: LineOwner): Promise<BillingLine[]> {
    const lines = await manager
      .getRepository(BillingLineEntity)
      .find({ where: owner, relations: { product: true }, order: { position: 'ASC' } });
    return lines.map((line) => ({
      position: line.position,
      productId: line.productId,
      productSku: line.product?.sku ?? null,
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      lineTotal: line.lineTotal,
    }));
  }

  /** The answer's fields every document has, from the document read with its project and client. */
  documentFields(document: WithProject<BillingDocumentColumns>) {
    const project = document.project as ProjectEntity;
    const customer = project.customer as CustomerEntity;
    return {
      id: document.id,
      number: document.number,
      projectId: project.id,
      projectCode: project.code,
      projectName: project.name,
      clientId: customer.id,
      clientCode: customerCode(customer.number),
      clientName: customer.name,
      clientEmail: customer.email,
      currency: document.currency,
      vatRate: document.vatRate,
      subtotal: document.subtotal,
      vat: document.vat,
      total: document.total,
      notes: document.notes,
      sentAt: document.sentAt?.toISOString() ?? null,
      createdAt: document.createdAt.toISOString(),
      updatedAt: document.updatedAt.toISOString(),
      version: document.version,
    };
  }

  /**
   * A page of documents, filtered by status (as on today), project, client and search text, and sorted by
   * `sort` (`createdAt`, `total` or one of the kind's own).
   */
  list<E extends BillingDocumentColumns, S>(
    reader: DocumentKind<E, S>,
    query: DocumentListQuery,
  ): Promise<Page<S>> {
    const today = this.today();
    const builder = reader.read(this.dataSource.manager);
    if (query.status) builder.andWhere(`${reader.statusSql} = :status`, { today, status: query.status });
    if (query.projectId) builder.andWhere('d.project_id = :projectId', { projectId: query.projectId });
    if (query.clientId) builder.andWhere('p.customer_id = :clientId', { clientId: query.clientId });
    if (query.q)
      builder.andWhere('(d.number ILIKE :q OR p.code ILIKE :q OR p.name ILIKE :q OR c.name ILIKE :q)', {
        q: containsPattern(query.q),
      });
    const key = query.sort.replace('-', '');
    const direction = query.sort.startsWith('-') ? 'DESC' : 'ASC';
    builder
      .orderBy(`d.${SORTS[key] ?? reader.sortColumns[key]}`, direction)
      .addOrderBy('d.number', direction);
    return fetchPage(builder, query, (document) => reader.toSummary(document, today));
  }

  /** One document with its lines; 404 naming its kind when there is none. */
  async get<E extends BillingDocumentColumns, S>(
    reader: DocumentKind<E, S>,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<S & { lines: BillingLine[] }> {
    const document = await reader.read(manager).where('d.id = :id', { id }).getOne();
    if (!document) throw new NotFoundError(reader.label, id);
    return {
      ...reader.toSummary(document, this.today()),
      lines: await this.linesOf(manager, reader.owner(id)),
    };
  }

  /** What a document prints: `own` (its kind, dates and notes), its client and project, lines and figures. */
  async printed(
    manager: EntityManager,
    document: (QuoteSummary | InvoiceSummary) & { lines: BillingLine[] },
    own: Pick<PrintedDocument, 'kind' | 'dates' | 'notes'>,
  ): Promise<PrintedDocument> {
    const project = await manager.findOneOrFail(ProjectEntity, {
      where: { id: document.projectId },
      relations: { customer: true },
    });
    const customer = project.customer as CustomerEntity;
    return {
      ...own,
      number: document.number,
      status: document.status,
      client: { ...customer, code: document.clientCode },
      project: { code: project.code, name: project.name },
      lines: document.lines,
      currency: document.currency,
      vatRate: document.vatRate,
      subtotal: document.subtotal,
      vat: document.vat,
      total: document.total,
    };
  }

  /**
   * The document's PDF as a download, named by its number: once sent, the PDF that went out (whatever the
   * company settings say since); a draft's (or a document never sent's) rendered now by `print`.
   */
  async download<E extends BillingDocumentColumns, S>(
    kind: DocumentKind<E, S>,
    id: string,
    print: () => Promise<PrintedDocument>,
  ): Promise<{ name: string; content: Buffer }> {
    const document = await this.dataSource.manager
      .getRepository(kind.entity)
      .createQueryBuilder('d')
      .select(['d.id', 'd.number', 'd.sentPdfSha256'])
      .where('d.id = :id', { id })
      .getOne();
    if (!document) throw new NotFoundError(kind.label, id);
    const content = document.sentPdfSha256
      ? await this.sentPdfs.read(document.sentPdfSha256)
      : await this.pdf(await print());
    return { name: `${document.number}.pdf`, content };
  }

  /**
   * Changes a draft (409 once it was sent): `edit` applies the kind's own fields, the lines are replaced
   * when given, the figures worked out again at the site's VAT rate; audited when anything changed.
   */
  updateDraft<E extends BillingDocumentColumns, S>(
    kind: DocumentKind<E, S>,
    id: string,
    input: { lines?: LineInput[]; notes?: string; version?: number },
    edit: (document: E) => void,
  ): Promise<S & { lines: BillingLine[] }> {
    return this.unitOfWork.run(async (work) => {
      const document = await lockForChange(work.manager, kind.entity, id, input.version, kind.label);
      assertEditable(document.number, kind.statusOf(document), kind.event);
      const stored = await this.linesOf(work.manager, kind.owner(id));
      const before = kind.snapshot(document, input.lines ? stored : undefined);
      edit(document);
      if (input.notes !== undefined) document.notes = input.notes;
      const priced = await this.price(work.manager, input.lines ?? stored);
      Object.assign(document, documentFigures(priced));
      await work.manager.save(document);
      if (input.lines) await this.writeLines(work.manager, kind.owner(id), priced);
      const changes = diffFields(before, kind.snapshot(document, input.lines ? priced.lines : undefined));
      if (Object.keys(changes).length > 0) {
        await work.audit({ entityType: kind.auditType, entityId: id, action: 'update', changes });
        announceProductionChange(work, kind.event, id, 'update');
      }
      return this.get(kind, id, work.manager);
    });
  }

  /**
   * Who a document goes to: `to`, or else the client's email (400 naming `to` without either); and it must
   * have lines (400 naming `lines`).
   */
  async recipientOf(
    manager: EntityManager,
    owner: LineOwner,
    number: string,
    customer: CustomerEntity,
    to: string | undefined,
  ): Promise<string> {
    const what = 'quoteId' in owner ? 'quote' : 'invoice';
    if ((await this.linesOf(manager, owner)).length === 0)
      throw new RuleViolationError(`${number} has no lines: add what it bills before sending it`, 'lines');
    const recipient = to ?? customer.email;
    if (!recipient)
      throw new RuleViolationError(
        `${customer.name} has no email address: add one to the client, or say where to send the ${what}`,
        'to',
      );
    return recipient;
  }

  /** The document as a PDF with the company's current details. */
  private async pdf(printed: PrintedDocument, manager?: EntityManager): Promise<Buffer> {
    return renderBillingPdf(printed, await this.company.details(manager));
  }

  /**
   * Queues the email that sends a document, its PDF attached, in the caller's transaction (once per
   * document: sending is done once), kept in the client's and project's messages; and keeps that same PDF,
   * answering its SHA-256 for the document's row to name. The caller wakes the outbox after commit.
   */
  async mail(
    work: Work,
    printed: PrintedDocument,
    project: Pick<ProjectEntity, 'id' | 'customerId'>,
    to: string,
    greeting: string,
    message: string,
  ): Promise<string> {
    const { companyName } = await this.company.get(work.manager);
    const pdf = await this.pdf(printed, work.manager);
    const sentPdfSha256 = await this.sentPdfs.keep(work, pdf);
    const title = printed.kind === 'quote' ? 'Quote' : 'Invoice';
    await this.messages.queue(work, {
      customerId: project.customerId,
      projectId: project.id,
      templateId: null,
      automation: null,
      dedupeKey: `${printed.kind}-sent:${printed.number}`,
      recipient: to,
      subject: `${title} ${printed.number} - ${printed.project.code} (${printed.project.name})`,
      body: [`Dear ${greeting},`, '', message, '', 'Kind regards,', companyName || 'The workshop'].join('\n'),
      attachment: { filename: `${printed.number}.pdf`, contentType: 'application/pdf', content: pdf },
    });
    return sentPdfSha256;
  }
}
