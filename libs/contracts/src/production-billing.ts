import { z } from 'zod';
import { isoDate, isoDateTime, pageOf, pageQueryShape } from './common.js';
import { MoneySchema } from './production.js';

// ── Quotes and invoices of the laser shop (issue 15): vocabulary and lifecycles ──────────────────

export const QUOTE_STATUSES = ['Draft', 'Sent', 'Accepted', 'Declined', 'Expired'] as const;
export const QuoteStatusSchema = z.enum(QUOTE_STATUSES);
export type QuoteStatus = z.infer<typeof QuoteStatusSchema>;

export const INVOICE_STATUSES = ['Draft', 'Sent', 'Paid', 'Overdue', 'Cancelled'] as const;
export const InvoiceStatusSchema = z.enum(INVOICE_STATUSES);
export type InvoiceStatus = z.infer<typeof InvoiceStatusSchema>;

export const QUOTE_ACTION_NAMES = ['send', 'accept', 'decline'] as const;
export type QuoteAction = (typeof QUOTE_ACTION_NAMES)[number];

/**
 * What each quote action does: the statuses it applies to and the status after it. `Expired` is reached
 * by the calendar, not by a person: a `Sent` quote whose `validUntil` has passed (site time zone) is
 * `Expired` from that day on. Only a `Draft` is edited; `Accepted` and `Declined` are final.
 */
export const QUOTE_ACTIONS: Record<QuoteAction, { from: readonly QuoteStatus[]; to: QuoteStatus }> = {
  send: { from: ['Draft'], to: 'Sent' },
  accept: { from: ['Sent'], to: 'Accepted' },
  decline: { from: ['Sent', 'Expired'], to: 'Declined' },
};

export const INVOICE_ACTION_NAMES = ['send', 'pay', 'cancel', 'replace'] as const;
export type InvoiceAction = (typeof INVOICE_ACTION_NAMES)[number];

/**
 * What each invoice action does. `Overdue` is reached by the calendar: a `Sent` invoice past its due date.
 * Only a `Draft` is edited; a sent invoice is never changed, only cancelled — `replace` cancels it and
 * opens a draft copy under a new number, and both stay. Invoices are never deleted, so the numbers of a
 * year run without gaps.
 */
export const INVOICE_ACTIONS: Record<InvoiceAction, { from: readonly InvoiceStatus[]; to: InvoiceStatus }> = {
  send: { from: ['Draft'], to: 'Sent' },
  pay: { from: ['Sent', 'Overdue'], to: 'Paid' },
  cancel: { from: ['Draft', 'Sent', 'Overdue'], to: 'Cancelled' },
  replace: { from: ['Sent', 'Overdue'], to: 'Cancelled' },
};

/** Days a new quote stays valid unless it says otherwise, and days from an invoice's issue to its due date. */
export const QUOTE_VALID_DAYS = 30;
export const INVOICE_PAYMENT_DAYS = 30;

/** The largest total a quote or invoice may reach (a project's quoted price holds at most this). */
export const DOCUMENT_TOTAL_MAX = '99999999.99';

// ── Lines ─────────────────────────────────────────────────────────────────────────────────────────

const text = (max: number) => z.string().trim().max(max);

/** A quantity above 0 with at most 2 decimals, as a decimal string (`2.5` hours, `50` sheets). */
export const QuantitySchema = z
  .string()
  .trim()
  .regex(/^\d{1,7}(\.\d{1,2})?$/, {
    message: 'A quantity above 0 with at most 2 decimals, like 2.50',
    abort: true,
  })
  .refine((value) => /[1-9]/.test(value), { message: 'The quantity must be above 0' });

export const BillingLineInputSchema = z.strictObject({
  /** The catalogue product the line was taken from, if any (its name and price are copied by the editor). */
  productId: z.uuid().nullable().default(null),
  description: text(500).min(1, { message: 'Describe the line' }),
  quantity: QuantitySchema,
  unitPrice: MoneySchema,
});
export type BillingLineInput = z.input<typeof BillingLineInputSchema>;

export const BillingLineSchema = z.object({
  /** 0, 1, 2 … in the document's order. */
  position: z.number().int(),
  productId: z.uuid().nullable(),
  productSku: z.string().nullable(),
  description: z.string(),
  quantity: z.string(),
  unitPrice: MoneySchema,
  /** quantity × unit price, rounded half-up to cents. */
  lineTotal: z.string(),
});
export type BillingLine = z.infer<typeof BillingLineSchema>;

const lines = z.array(BillingLineInputSchema).max(500, { message: 'At most 500 lines' });

/**
 * What quotes and invoices share. Amounts are decimal strings in `currency` (the site's). VAT is worked
 * out on the subtotal (the sum of the rounded line totals) at `vatRate` percent, rounded half-up to cents;
 * total = subtotal + VAT. A draft follows the site's VAT rate; once sent its figures never change.
 */
const documentFields = {
  id: z.uuid(),
  /** `QT-2025-001` / `INV-2025-001`: per year (of creation, site time zone), in sequence. */
  number: z.string(),
  projectId: z.uuid(),
  projectCode: z.string(),
  projectName: z.string(),
  clientId: z.uuid(),
  clientCode: z.string(),
  clientName: z.string(),
  clientEmail: z.string(),
  currency: z.string(),
  vatRate: z.string(),
  subtotal: z.string(),
  vat: z.string(),
  total: z.string(),
  notes: z.string(),
  /** When it was sent to the client (its mail queued), if it was. */
  sentAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
};

// ── Quotes ────────────────────────────────────────────────────────────────────────────────────────

export const QuoteSummarySchema = z.object({
  ...documentFields,
  status: QuoteStatusSchema,
  validUntil: isoDate,
  /** When the client accepted or declined it. */
  decidedAt: isoDateTime.nullable(),
});
export type QuoteSummary = z.infer<typeof QuoteSummarySchema>;
export const QuoteSchema = QuoteSummarySchema.extend({ lines: z.array(BillingLineSchema) });
export type Quote = z.infer<typeof QuoteSchema>;

export const CreateQuoteInputSchema = z.strictObject({
  projectId: z.uuid(),
  lines: lines.default([]),
  /** Default: 30 days from today (site time zone); not before today. */
  validUntil: isoDate.optional(),
  notes: text(5000).default(''),
});
export type CreateQuoteInput = z.input<typeof CreateQuoteInputSchema>;

/** A draft's changes; `lines` replaces every line. */
export const UpdateQuoteInputSchema = z.strictObject({
  lines: lines.optional(),
  validUntil: isoDate.optional(),
  notes: text(5000).optional(),
  version: z.number().int().optional(),
});
export type UpdateQuoteInput = z.infer<typeof UpdateQuoteInputSchema>;

export const QUOTE_SORTS = [
  '-createdAt',
  'createdAt',
  'validUntil',
  '-validUntil',
  'total',
  '-total',
] as const;
export const QuoteListQuerySchema = z.strictObject({
  ...pageQueryShape,
  status: QuoteStatusSchema.optional(),
  projectId: z.uuid().optional(),
  clientId: z.uuid().optional(),
  /** Part of the number, the project's code or name, or the client's name. */
  q: z.string().trim().max(200).optional(),
  sort: z.enum(QUOTE_SORTS).default('-createdAt'),
});
export const QuotePageSchema = pageOf(QuoteSummarySchema);

// ── Invoices ──────────────────────────────────────────────────────────────────────────────────────

export const InvoiceSummarySchema = z.object({
  ...documentFields,
  status: InvoiceStatusSchema,
  issueDate: isoDate,
  dueDate: isoDate,
  /** The accepted quote its lines were taken from, if they were. */
  quoteId: z.uuid().nullable(),
  quoteNumber: z.string().nullable(),
  paidOn: isoDate.nullable(),
  cancelledAt: isoDateTime.nullable(),
  cancelReason: z.string(),
  /** The cancelled invoice this one replaces, and the one that replaced this. */
  replacesId: z.uuid().nullable(),
  replacesNumber: z.string().nullable(),
  replacedById: z.uuid().nullable(),
  replacedByNumber: z.string().nullable(),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummarySchema>;
export const InvoiceSchema = InvoiceSummarySchema.extend({ lines: z.array(BillingLineSchema) });
export type Invoice = z.infer<typeof InvoiceSchema>;

export const CreateInvoiceInputSchema = z.strictObject({
  projectId: z.uuid(),
  /** Without lines, the lines of the project's accepted quote. */
  lines: lines.optional(),
  /** Default today (site time zone). */
  issueDate: isoDate.optional(),
  /** Default 30 days after the issue date; not before it. */
  dueDate: isoDate.optional(),
  notes: text(5000).default(''),
});
export type CreateInvoiceInput = z.input<typeof CreateInvoiceInputSchema>;

export const UpdateInvoiceInputSchema = z.strictObject({
  lines: lines.optional(),
  issueDate: isoDate.optional(),
  dueDate: isoDate.optional(),
  notes: text(5000).optional(),
  version: z.number().int().optional(),
});
export type UpdateInvoiceInput = z.infer<typeof UpdateInvoiceInputSchema>;

export const INVOICE_SORTS = ['-createdAt', 'createdAt', 'dueDate', '-dueDate', 'total', '-total'] as const;
export const InvoiceListQuerySchema = z.strictObject({
  ...pageQueryShape,
  status: InvoiceStatusSchema.optional(),
  projectId: z.uuid().optional(),
  clientId: z.uuid().optional(),
  /** Part of the number, the project's code or name, or the client's name. */
  q: z.string().trim().max(200).optional(),
  sort: z.enum(INVOICE_SORTS).default('-createdAt'),
});
export const InvoicePageSchema = pageOf(InvoiceSummarySchema);

/** `POST …/send`: mail the PDF to `to`, by default the client's email. */
export const SendDocumentInputSchema = z.strictObject({
  to: z.email({ message: 'Not an email address' }).optional(),
  version: z.number().int().optional(),
});
export type SendDocumentInput = z.infer<typeof SendDocumentInputSchema>;

/** `POST …/accept` and `…/decline` of a quote. */
export const DecideQuoteInputSchema = z.strictObject({ version: z.number().int().optional() });
export type DecideQuoteInput = z.infer<typeof DecideQuoteInputSchema>;

/** `POST …/invoices/{id}/pay`: paid on `paidOn` (default today, site time zone). */
export const PayInvoiceInputSchema = z.strictObject({
  paidOn: isoDate.optional(),
  version: z.number().int().optional(),
});
export type PayInvoiceInput = z.infer<typeof PayInvoiceInputSchema>;

/** `POST …/invoices/{id}/cancel` and `…/replace`: why (kept on the cancelled invoice and in the audit log). */
export const CancelInvoiceInputSchema = z.strictObject({
  reason: text(1000).min(1, { message: 'Say why the invoice is cancelled' }),
  version: z.number().int().optional(),
});
export type CancelInvoiceInput = z.infer<typeof CancelInvoiceInputSchema>;

/** What `replace` did: the invoice cancelled, and its draft replacement under a new number. */
export const ReplacedInvoiceSchema = z.object({ cancelled: InvoiceSchema, replacement: InvoiceSchema });
export type ReplacedInvoice = z.infer<typeof ReplacedInvoiceSchema>;

// ── Company details printed on documents (production settings) ──────────────────────────────────

export const CompanySettingsSchema = z.object({
  companyName: z.string(),
  address: z.string(),
  email: z.string(),
  phone: z.string(),
  vatNumber: z.string(),
  bankDetails: z.string(),
  /** Whether a logo was uploaded (`GET …/settings/company/logo`); its SHA-256 changes with it. */
  logoSha256: z.string().nullable(),
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type CompanySettings = z.infer<typeof CompanySettingsSchema>;

export const UpdateCompanySettingsInputSchema = z.strictObject({
  companyName: text(200).optional(),
  address: text(1000).optional(),
  email: z.union([z.email({ message: 'Not an email address' }), z.literal('')]).optional(),
  phone: text(50).optional(),
  vatNumber: text(50).optional(),
  bankDetails: text(1000).optional(),
  version: z.number().int().optional(),
});
export type UpdateCompanySettingsInput = z.infer<typeof UpdateCompanySettingsInputSchema>;

/** The largest logo taken (PNG or JPEG). */
export const COMPANY_LOGO_MAX_MB = 5;
