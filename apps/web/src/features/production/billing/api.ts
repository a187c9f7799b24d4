import type {
  CancelInvoiceInput,
  CompanySettings,
  CreateInvoiceInput,
  CreateQuoteInput,
  Invoice,
  InvoiceListQuerySchema,
  InvoiceSummary,
  Page,
  PayInvoiceInput,
  Quote,
  QuoteListQuerySchema,
  QuoteSummary,
  ReplacedInvoice,
  SendDocumentInput,
  UpdateCompanySettingsInput,
  UpdateInvoiceInput,
  UpdateQuoteInput,
} from '@factoryops/contracts';
import { apiBlob, apiRequest } from '../../../lib/api-client';
import type { SchemaInput } from '../../../lib/schema-input';

export type QuoteListQuery = SchemaInput<typeof QuoteListQuerySchema>;
export type InvoiceListQuery = SchemaInput<typeof InvoiceListQuerySchema>;

const post = <T>(path: string, body: object = {}) => apiRequest<T>(path, { method: 'POST', body });

export const quotesApi = {
  list: (query: QuoteListQuery) => apiRequest<Page<QuoteSummary>>('/production/quotes', { query }),
  get: (id: string) => apiRequest<Quote>(`/production/quotes/${id}`),
  create: (input: CreateQuoteInput) => post<Quote>('/production/quotes', input),
  update: (id: string, input: UpdateQuoteInput) =>
    apiRequest<Quote>(`/production/quotes/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiRequest<void>(`/production/quotes/${id}`, { method: 'DELETE' }),
  send: (id: string, input: SendDocumentInput) => post<Quote>(`/production/quotes/${id}/send`, input),
  accept: (id: string, version: number) => post<Quote>(`/production/quotes/${id}/accept`, { version }),
  decline: (id: string, version: number) => post<Quote>(`/production/quotes/${id}/decline`, { version }),
  pdf: (id: string) => apiBlob(`/production/quotes/${id}/pdf`),
};

export const invoicesApi = {
  list: (query: InvoiceListQuery) => apiRequest<Page<InvoiceSummary>>('/production/invoices', { query }),
  get: (id: string) => apiRequest<Invoice>(`/production/invoices/${id}`),
  create: (input: CreateInvoiceInput) => post<Invoice>('/production/invoices', input),
  update: (id: string, input: UpdateInvoiceInput) =>
    apiRequest<Invoice>(`/production/invoices/${id}`, { method: 'PATCH', body: input }),
  send: (id: string, input: SendDocumentInput) => post<Invoice>(`/production/invoices/${id}/send`, input),
  pay: (id: string, input: PayInvoiceInput) => post<Invoice>(`/production/invoices/${id}/pay`, input),
  cancel: (id: string, input: CancelInvoiceInput) =>
    post<Invoice>(`/production/invoices/${id}/cancel`, input),
  replace: (id: string, input: CancelInvoiceInput) =>
    post<ReplacedInvoice>(`/production/invoices/${id}/replace`, input),
  pdf: (id: string) => apiBlob(`/production/invoices/${id}/pdf`),
};

export const companySettingsApi = {
  get: () => apiRequest<CompanySettings>('/production/settings/company'),
  update: (input: UpdateCompanySettingsInput) =>
    apiRequest<CompanySettings>('/production/settings/company', { method: 'PATCH', body: input }),
  uploadLogo: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest<CompanySettings>('/production/settings/company/logo', { method: 'POST', body: form });
  },
  removeLogo: () => apiRequest<CompanySettings>('/production/settings/company/logo', { method: 'DELETE' }),
  logo: () => apiBlob('/production/settings/company/logo'),
};
