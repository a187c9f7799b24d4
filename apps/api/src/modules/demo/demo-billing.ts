import {
  CreateInvoiceInputSchema,
  CreateQuoteInputSchema,
  type Project,
  type ProjectStatus,
} from '@factoryops/contracts';
import type { DataSource } from 'typeorm';
import type { InvoicesService } from '../production/billing/invoices.service.js';
import type { QuotesService } from '../production/billing/quotes.service.js';
import { addDays } from '../production/queue/business-days.js';
import type { CompanySettingsService } from '../production/settings/company-settings.service.js';

interface DemoBillingServices {
  dataSource: DataSource;
  settings: CompanySettingsService;
  quotes: QuotesService;
  invoices: InvoicesService;
}

/** What a demo project is billed: its quoted price for the cutting, and the programming. */
const linesOf = (project: Project) => [
  {
    description: [
      'Laser cutting',
      project.materialType,
      project.materialThickness ? `${Number(project.materialThickness)} mm` : '',
      `— ${project.parts ?? 1} parts`,
    ]
      .filter(Boolean)
      .join(' '),
    quantity: '1',
    unitPrice: project.quotedPrice ?? '1000.00',
  },
  { description: 'Programming and machine setup', quantity: '1', unitPrice: '350.00' },
];

/**
 * The demo shop's documents: its company details, quotes in every status (draft, sent, accepted,
 * declined, expired) and invoices of completed jobs — one paid, one overdue, one sent, one draft, and one
 * cancelled and replaced (the replacement sent today).
 */
export async function loadDemoBilling(
  services: DemoBillingServices,
  projects: Project[],
  today: string,
): Promise<number> {
  const { dataSource, settings, quotes, invoices } = services;
  await settings.update({
    companyName: 'Laser OS Demo Works (Pty) Ltd',
    address: '14 Foundry Road\nIsando, Kempton Park 1600\nSouth Africa',
    email: 'accounts@laser-demo.example',
    phone: '+27 11 555 0142',
    vatNumber: '4480123456',
    bankDetails: 'First National Bank · Account 62812345678 · Branch 250655 · Swift FIRNZAJJ',
  });
  const inStatus = (status: ProjectStatus) => projects.filter((project) => project.status === status);
  const quote = (project: Project) =>
    quotes.create(CreateQuoteInputSchema.parse({ projectId: project.id, lines: linesOf(project) }));
  let documents = 0;

  const [sentQuote, draftQuote, expiredQuote] = inStatus('Quote & Approval');
  const [declinedQuote] = inStatus('Request');
  const approved = [
    ...inStatus('Approved (POP Received)'),
    ...inStatus('Queued (Scheduled for Cutting)'),
    ...inStatus('In Progress'),
  ].slice(0, 4);
  for (const project of [sentQuote, expiredQuote, declinedQuote, ...approved].filter(Boolean)) {
    const sent = await quotes.send((await quote(project)).id, {});
    documents += 1;
    if (project === expiredQuote)
      await dataSource.query('UPDATE production_quotes SET valid_until = $2 WHERE id = $1', [
        sent.id,
        addDays(today, -3),
      ]);
    if (project === declinedQuote) await quotes.decline(sent.id, {});
    if (approved.includes(project)) await quotes.accept(sent.id, {});
  }
  if (draftQuote) {
    await quote(draftQuote);
    documents += 1;
  }

  const [paid, overdue, sent, draft, replaced] = inStatus('Completed');
  const invoice = (project: Project, issueDate: string, dueDate: string) =>
    invoices.create(
      CreateInvoiceInputSchema.parse({ projectId: project.id, lines: linesOf(project), issueDate, dueDate }),
    );
  for (const [project, issued, due] of [
    [paid, -40, -10],
    [overdue, -45, -15],
    [sent, -5, 25],
    [replaced, -8, 22],
  ] as const) {
    if (!project) continue;
    const created = await invoice(project, addDays(today, issued), addDays(today, due));
    await invoices.send(created.id, {});
    documents += 1;
    if (project === paid) await invoices.pay(created.id, { paidOn: addDays(today, -12) });
    if (project === replaced) {
      const { replacement } = await invoices.replace(created.id, {
        reason: 'The client asked for their new PO number on the invoice',
      });
      // Issued and sent today: the current month's reports have revenue however early in the month.
      await invoices.send(replacement.id, {});
      documents += 1;
    }
  }
  if (draft) {
    await invoice(draft, today, addDays(today, 30));
    documents += 1;
  }
  return documents;
}
