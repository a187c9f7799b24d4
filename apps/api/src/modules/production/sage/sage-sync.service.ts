import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type {
  Invoice,
  Page,
  SageContactResult,
  SageInvoiceResult,
  SageSync,
  SageSyncCall,
  SageSyncResult,
} from '@factoryops/contracts';
import { Decimal } from 'decimal.js';
import { DataSource, In } from 'typeorm';
import { ConflictError, NotFoundError } from '../../../common/domain-errors.js';
import { type Principal, principalLabel } from '../../../common/principal.js';
import { AppConfig } from '../../../config/app-config.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { customerCode } from '../../customers/customer-code.js';
import { CustomerEntity } from '../../customers/customer.entity.js';
import { CustomersService } from '../../customers/customers.service.js';
import { JobEntity } from '../../jobs/job.entity.js';
import { JobQueue, type ReportProgress } from '../../jobs/job-queue.js';
import { InvoicesService } from '../billing/invoices.service.js';
import { announceProductionChange } from '../production-changes.js';
import { matchContacts } from './contact-matching.js';
import { SageApi, UnansweredCreateError } from './sage-api.js';
import { retryDelayMs } from './sage-retry.js';
import type { RecordCall } from './sage-call-log.js';
import { SageConnectionEntity } from './sage-connection.entity.js';
import { SageContactLinkEntity, SageInvoiceLinkEntity } from './sage-link.entity.js';
import { SageSyncCallEntity, SageSyncEntity } from './sage-sync.entity.js';
import { notConnected, SageTokenStore } from './sage-token-store.js';
import { sageChanged, toSageSyncCallDto, toSageSyncDto } from './sage.mapper.js';

export const SAGE_SYNC_JOB = 'sage.sync';
/** Syncs run one at a time, in the order asked for (the job queue's subject). */
const SUBJECT = 'sage';

/** A Sage contact as the sync reads it (`attributes=name,email,reference`). */
interface SageContact {
  id: string;
  displayed_as?: string;
  name?: string;
  email?: string | null;
  reference?: string | null;
}

/** A Sage sales invoice as the sync reads it. */
interface SageSalesInvoice {
  id: string;
  reference?: string | null;
  status?: { id: string } | null;
}

/** What one sync works with: the business, its API calls (logged), and the Sage ids it looked up once. */
interface SyncContext {
  businessId: string;
  api: SageApi;
  result: SageSyncResult;
  salesLedgerId?: string;
  taxRates?: { id: string; percentage: string }[];
}

/**
 * Syncs with Sage Accounting as background jobs (`sage.sync`), progress pushed on `production:sage`:
 * Sage's customer contacts to clients (linked, matched by email then name, or created), then every sent
 * or paid invoice to a Sage sales invoice — once: linked by Sage id, and before creating one, looked up
 * by its reference (our number), so an earlier try that died between Sage's create and our link is found,
 * not repeated — and Sage's paid status back to the invoice. Each HTTP call goes to the sync's log.
 */
@Injectable()
export class SageSyncService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly tokens: SageTokenStore,
    private readonly customers: CustomersService,
    private readonly invoices: InvoicesService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SAGE_SYNC_JOB, {
      run: (job, progress) => this.run(job, progress),
      announce: (job: JobEntity) => sageChanged(job),
    });
  }

  /** Queues a sync of the chosen business; 409 without one, or while another sync is waiting or running. */
  async start(principal: Principal): Promise<SageSync> {
    const id = await this.unitOfWork.run(async (work) => {
      const connection = await work.manager
        .getRepository(SageConnectionEntity)
        .findOne({ where: { id: 'site' }, lock: { mode: 'pessimistic_write' } });
      if (!connection) throw notConnected();
      if (!connection.businessId)
        throw new ConflictError('Choose the Sage business to sync with first', 'businessId');
      const busy = await work.manager
        .getRepository(JobEntity)
        .exists({ where: { kind: SAGE_SYNC_JOB, state: In(['queued', 'running']) } });
      if (busy) throw new ConflictError('A Sage sync is already under way');
      const job = await this.jobs.enqueue(work.manager, SAGE_SYNC_JOB, SUBJECT, {});
      await work.manager.getRepository(SageSyncEntity).insert({
        id: job.id,
        businessId: connection.businessId,
        requestedBy: principalLabel(principal),
        result: null,
      });
      await work.audit({ entityType: 'sage_sync', entityId: job.id, action: 'start' });
      work.emitAfterCommit(sageChanged(job));
      return job.id;
    });
    this.jobs.wake();
    return this.get(id);
  }

  async get(id: string): Promise<SageSync> {
    const [sync] = await this.read([id]);
    if (!sync) throw new NotFoundError('Sage sync', id);
    return sync;
  }

  async list(query: { page: number; pageSize: number }): Promise<Page<SageSync>> {
    const repository = this.dataSource.getRepository(SageSyncEntity);
    const [rows, total] = await repository.findAndCount({
      select: { id: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: await this.read(rows.map((row) => row.id)), total };
  }

  async latest(): Promise<SageSync | null> {
    return (await this.list({ page: 1, pageSize: 1 })).items[0] ?? null;
  }

  /** The HTTP calls of a sync, in the order made. */
  async calls(id: string, query: { page: number; pageSize: number }): Promise<Page<SageSyncCall>> {
    await this.get(id);
    const [rows, total] = await this.dataSource.getRepository(SageSyncCallEntity).findAndCount({
      where: { syncId: id },
      order: { at: 'ASC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: rows.map(toSageSyncCallDto), total };
  }

  private async read(ids: string[]): Promise<SageSync[]> {
    if (ids.length === 0) return [];
    const syncs = await this.dataSource
      .getRepository(SageSyncEntity)
      .find({ where: { id: In(ids) }, relations: { job: true } });
    const counts: { sync_id: string; count: string }[] = await this.dataSource.query(
      'SELECT sync_id, count(*) AS count FROM sage_sync_calls WHERE sync_id = ANY($1) GROUP BY sync_id',
      [ids],
    );
    const callsOf = new Map(counts.map((row) => [row.sync_id, Number(row.count)]));
    const byId = new Map(syncs.map((sync) => [sync.id, sync]));
    return ids.flatMap((id) => {
      const sync = byId.get(id);
      return sync?.job ? [toSageSyncDto(sync, sync.job, callsOf.get(id) ?? 0)] : [];
    });
  }

  /** The job: safe to run again from the start (a sync taken over after a crash does just that). */
  private async run(job: JobEntity, progress: ReportProgress): Promise<void> {
    const sync = await this.dataSource.getRepository(SageSyncEntity).findOneByOrFail({ id: job.id });
    const calls = this.dataSource.getRepository(SageSyncCallEntity);
    const record: RecordCall = async (call) => {
      await calls.insert({ syncId: sync.id, ...call });
    };
    const context: SyncContext = {
      businessId: sync.businessId,
      api: new SageApi(this.config.env, this.tokens, { businessId: sync.businessId, record }),
      result: { contacts: [], contactsCreatedInSage: [], invoices: [] },
    };
    const contacts = await context.api.list<SageContact>(
      'contacts?contact_type_id=CUSTOMER&attributes=name,email,reference',
    );
    const invoiceIds: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM production_invoices WHERE status IN ('Sent', 'Paid') ORDER BY year, sequence`,
    );
    const total = contacts.length + invoiceIds.length;
    await progress(0, total);
    context.result.contacts = await this.syncContacts(context.businessId, contacts);
    let done = contacts.length;
    await progress(done, total);
    for (const { id } of invoiceIds) {
      context.result.invoices.push(await this.syncInvoice(context, await this.invoices.get(id)));
      done += 1;
      await progress(done, total);
    }
    await this.unitOfWork.run(async (work) => {
      await work.manager.getRepository(SageSyncEntity).update({ id: sync.id }, { result: context.result });
      await work.audit({
        entityType: 'sage_sync',
        entityId: sync.id,
        action: 'complete',
        changes: {
          contacts: { from: null, to: context.result.contacts.length },
          invoices: { from: null, to: context.result.invoices.length },
        },
      });
    });
  }

  /** Links every Sage customer contact to its client, creating the missing clients, in one transaction. */
  private syncContacts(businessId: string, contacts: SageContact[]): Promise<SageContactResult[]> {
    return this.unitOfWork.run(async (work) => {
      // Locked: two syncs (or a client created meanwhile) never give one contact two clients.
      const clients = await work.manager
        .getRepository(CustomerEntity)
        .find({ order: { number: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const links = work.manager.getRepository(SageContactLinkEntity);
      const linked = new Map(
        (await links.findBy({ businessId })).map((link) => [link.customerId, link.sageId]),
      );
      const byId = new Map(clients.map((client) => [client.id, client]));
      const matches = matchContacts(
        contacts.map((contact) => ({
          id: contact.id,
          name: (contact.name ?? contact.displayed_as ?? '').trim(),
          email: contact.email ?? '',
        })),
        clients.map((client) => ({ ...client, sageId: linked.get(client.id) ?? null })),
      );
      const results: SageContactResult[] = [];
      for (const match of matches) {
        let client = match.clientId ? byId.get(match.clientId) : undefined;
        if (!client) {
          client = await this.customers.create(work, {
            name: match.contact.name || `Sage contact ${match.contact.id}`,
            contactPerson: '',
            email: match.contact.email.trim(),
            phone: '',
            address: '',
            notes: 'Created from Sage Accounting',
          });
          announceProductionChange(work, 'client', client.id, 'create');
        }
        if (match.outcome !== 'linked')
          await links.insert({ businessId, customerId: client.id, sageId: match.contact.id });
        results.push({
          sageId: match.contact.id,
          sageName: match.contact.name,
          clientId: client.id,
          clientCode: customerCode(client.number),
          clientName: client.name,
          outcome: match.outcome,
        });
      }
      return results;
    });
  }

  /** The invoice's sales invoice in Sage — linked, found by reference, or created — and its paid status back. */
  private async syncInvoice(context: SyncContext, invoice: Invoice): Promise<SageInvoiceResult> {
    const { api, businessId } = context;
    const links = this.dataSource.getRepository(SageInvoiceLinkEntity);
    const link = await links.findOneBy({ businessId, invoiceId: invoice.id });
    let outcome: SageInvoiceResult['outcome'];
    let sales: SageSalesInvoice;
    if (link) {
      outcome = 'linked';
      sales = await api.get<SageSalesInvoice>(`sales_invoices/${encodeURIComponent(link.sageId)}`);
    } else {
      const made = await this.createOnce(
        async () =>
          (
            await api.list<SageSalesInvoice>(
              `sales_invoices?search=${encodeURIComponent(invoice.number)}&attributes=reference,status`,
            )
          ).find((candidate) => candidate.reference === invoice.number),
        () => this.createSalesInvoice(context, invoice),
      );
      outcome = made.found ? 'found' : 'created';
      sales = made.value;
      await links
        .createQueryBuilder()
        .insert()
        .values({
          businessId,
          invoiceId: invoice.id,
          sageId: sales.id,
          sageStatus: sales.status?.id ?? '',
          checkedAt: new Date(),
        })
        .orIgnore()
        .execute();
    }
    const sageStatus = sales.status?.id ?? 'UNKNOWN';
    await links.update({ businessId, invoiceId: invoice.id }, { sageStatus, checkedAt: new Date() });
    const paid = sageStatus === 'PAID';
    // No version: the payment is Sage's fact, whatever was edited here meanwhile; the status is checked
    // again under the invoice's lock.
    if (paid && invoice.status !== 'Paid') await this.invoices.pay(invoice.id, {});
    return { invoiceId: invoice.id, number: invoice.number, sageId: sales.id, outcome, sageStatus, paid };
  }

  private async createSalesInvoice(context: SyncContext, invoice: Invoice): Promise<SageSalesInvoice> {
    const { api } = context;
    context.salesLedgerId ??= (
      await api.list<{ id: string }>('ledger_accounts?ledger_account_type_id=SALES')
    )[0]?.id;
    if (!context.salesLedgerId) throw new ConflictError('The Sage business has no sales ledger account');
    context.taxRates ??= (
      await api.list<{ id: string; percentage?: string | number }>('tax_rates?attributes=percentage')
    ).map((rate) => ({ id: rate.id, percentage: String(rate.percentage ?? '') }));
    const taxRate = context.taxRates.find(
      (rate) => rate.percentage !== '' && new Decimal(rate.percentage).equals(invoice.vatRate),
    );
    const contactId = await this.sageContactOf(context, invoice);
    // Sage takes amounts as JSON numbers; ours have at most 2 decimals (quantities 3), which a double
    // carries exactly enough to print back the same decimal text.
    return api.post<SageSalesInvoice>('sales_invoices', {
      sales_invoice: {
        contact_id: contactId,
        date: invoice.issueDate,
        due_date: invoice.dueDate,
        reference: invoice.number,
        notes: invoice.notes,
        invoice_lines: invoice.lines.map((line) => ({
          description: line.description,
          ledger_account_id: context.salesLedgerId,
          quantity: Number(line.quantity),
          unit_price: Number(line.unitPrice),
          ...(taxRate ? { tax_rate_id: taxRate.id } : {}),
        })),
      },
    });
  }

  /** The Sage contact of the invoice's client: linked, found by reference (its code), or created there. */
  private async sageContactOf(context: SyncContext, invoice: Invoice): Promise<string> {
    const { api, businessId } = context;
    const links = this.dataSource.getRepository(SageContactLinkEntity);
    const link = await links.findOneBy({ businessId, customerId: invoice.clientId });
    if (link) return link.sageId;
    const { value: contact, found } = await this.createOnce(
      async () =>
        (
          await api.list<SageContact>(
            `contacts?search=${encodeURIComponent(invoice.clientCode)}&attributes=reference`,
          )
        ).find((candidate) => candidate.reference === invoice.clientCode),
      () =>
        api.post<SageContact>('contacts', {
          contact: {
            name: invoice.clientName,
            contact_type_ids: ['CUSTOMER'],
            reference: invoice.clientCode,
            ...(invoice.clientEmail ? { email: invoice.clientEmail } : {}),
          },
        }),
    );
    await links
      .createQueryBuilder()
      .insert()
      .values({ businessId, customerId: invoice.clientId, sageId: contact.id })
      .orIgnore()
      .execute();
    if (!found)
      context.result.contactsCreatedInSage.push({
        clientId: invoice.clientId,
        clientCode: invoice.clientCode,
        sageId: contact.id,
      });
    return contact.id;
  }

  /**
   * What `find` finds, or else what `create` makes — once: a create whose answer was lost (a 5xx, no
   * answer) may have happened at Sage, so `find` runs again before another try, after the backoff.
   */
  private async createOnce<T>(
    find: () => Promise<T | undefined>,
    create: () => Promise<T>,
  ): Promise<{ value: T; found: boolean }> {
    const { SAGE_MAX_ATTEMPTS: maxAttempts, SAGE_BACKOFF_MS: backoffMs } = this.config.env;
    for (let attempt = 1; ; attempt += 1) {
      const found = await find();
      if (found) return { value: found, found: true };
      try {
        return { value: await create(), found: false };
      } catch (error) {
        const wait =
          error instanceof UnansweredCreateError
            ? retryDelayMs(null, null, attempt, { maxAttempts, backoffMs })
            : undefined;
        if (wait === undefined) throw error;
        await sleep(wait);
      }
    }
  }
}
