import type {
  CreateInventoryItemInput,
  CreateInventoryTransactionInput,
  InventoryItem,
  InventoryItemDetail,
  InventoryItemListQuerySchema,
  InventoryTransaction,
  InventoryTransactionListQuerySchema,
  InventoryValuation,
  Page,
  RecordUsageInput,
  UpdateInventoryItemInput,
} from '@factoryops/contracts';
import { apiRequest } from '../../../lib/api-client';
import type { SchemaInput } from '../../../lib/schema-input';

export type InventoryItemListQuery = SchemaInput<typeof InventoryItemListQuerySchema>;
export type InventoryTransactionListQuery = SchemaInput<typeof InventoryTransactionListQuerySchema>;
const ITEMS = '/production/inventory/items';

export const inventoryApi = {
  list: (query: InventoryItemListQuery) => apiRequest<Page<InventoryItem>>(ITEMS, { query }),
  get: (id: string, page: number, pageSize: number) =>
    apiRequest<InventoryItemDetail>(`${ITEMS}/${id}`, { query: { page, pageSize } }),
  create: (input: CreateInventoryItemInput) =>
    apiRequest<InventoryItem>(ITEMS, { method: 'POST', body: input }),
  update: (id: string, input: UpdateInventoryItemInput) =>
    apiRequest<InventoryItem>(`${ITEMS}/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiRequest<void>(`${ITEMS}/${id}`, { method: 'DELETE' }),
  /** Any type of transaction (managers). */
  record: (id: string, input: CreateInventoryTransactionInput) =>
    apiRequest<InventoryTransaction>(`${ITEMS}/${id}/transactions`, { method: 'POST', body: input }),
  /** A usage (those who record runs). */
  recordUsage: (id: string, input: RecordUsageInput) =>
    apiRequest<InventoryTransaction>(`${ITEMS}/${id}/usage`, { method: 'POST', body: input }),
  /** Transactions of every item (or of one), newest first. */
  transactions: (query: InventoryTransactionListQuery) =>
    apiRequest<Page<InventoryTransaction>>('/production/inventory/transactions', { query }),
  valuation: () => apiRequest<InventoryValuation>('/production/inventory/valuation'),
};
