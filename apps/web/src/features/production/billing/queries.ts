import type {
  CreateInvoiceInput,
  CreateQuoteInput,
  UpdateInvoiceInput,
  UpdateQuoteInput,
} from '@factoryops/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { productionKeys, useProductionMutation } from '../queries';
import {
  companySettingsApi,
  type InvoiceListQuery,
  invoicesApi,
  type QuoteListQuery,
  quotesApi,
} from './api';

const billingKeys = {
  quotes: (query: QuoteListQuery) => [...productionKeys.all, 'quotes', query] as const,
  quote: (id: string) => [...productionKeys.all, 'quote', id] as const,
  invoices: (query: InvoiceListQuery) => [...productionKeys.all, 'invoices', query] as const,
  invoice: (id: string) => [...productionKeys.all, 'invoice', id] as const,
  company: () => [...productionKeys.all, 'settings', 'company'] as const,
};

export const quoteListQuery = (query: QuoteListQuery) =>
  queryOptions({
    queryKey: billingKeys.quotes(query),
    queryFn: () => quotesApi.list(query),
    placeholderData: keepPreviousData,
  });
export const quoteQuery = (id: string) =>
  queryOptions({ queryKey: billingKeys.quote(id), queryFn: () => quotesApi.get(id) });
export const invoiceListQuery = (query: InvoiceListQuery) =>
  queryOptions({
    queryKey: billingKeys.invoices(query),
    queryFn: () => invoicesApi.list(query),
    placeholderData: keepPreviousData,
  });
export const invoiceQuery = (id: string) =>
  queryOptions({ queryKey: billingKeys.invoice(id), queryFn: () => invoicesApi.get(id) });
export const companySettingsQuery = queryOptions({
  queryKey: billingKeys.company(),
  queryFn: companySettingsApi.get,
});

export const useCreateQuote = () =>
  useProductionMutation((input: CreateQuoteInput) => quotesApi.create(input));
export const useUpdateQuote = () =>
  useProductionMutation(({ id, input }: { id: string; input: UpdateQuoteInput }) =>
    quotesApi.update(id, input),
  );
export const useCreateInvoice = () =>
  useProductionMutation((input: CreateInvoiceInput) => invoicesApi.create(input));
export const useUpdateInvoice = () =>
  useProductionMutation(({ id, input }: { id: string; input: UpdateInvoiceInput }) =>
    invoicesApi.update(id, input),
  );
/** Any status action of a quote or invoice (send, accept, pay, cancel…), refetching production after it. */
export const useDocumentAction = () => useProductionMutation((act: () => Promise<unknown>) => act());
export const useUpdateCompanySettings = () => useProductionMutation(companySettingsApi.update);
export const useUploadLogo = () => useProductionMutation(companySettingsApi.uploadLogo);
export const useRemoveLogo = () => useProductionMutation(companySettingsApi.removeLogo);
