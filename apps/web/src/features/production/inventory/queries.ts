import type { CreateInventoryTransactionInput, UpdateInventoryItemInput } from '@factoryops/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { productionKeys, useProductionMutation } from '../queries';
import { type InventoryItemListQuery, type InventoryTransactionListQuery, inventoryApi } from './api';

/** Under `production`: a transaction, or any production event on `/ops`, refetches them all. */
const inventoryKeys = {
  list: (query: InventoryItemListQuery) => [...productionKeys.all, 'inventory-items', query] as const,
  one: (id: string, page: number, pageSize: number) =>
    [...productionKeys.all, 'inventory-item', id, page, pageSize] as const,
  transactions: (query: InventoryTransactionListQuery) =>
    [...productionKeys.all, 'inventory-transactions', query] as const,
  valuation: () => [...productionKeys.all, 'inventory-valuation'] as const,
};

export const inventoryListQuery = (query: InventoryItemListQuery) =>
  queryOptions({
    queryKey: inventoryKeys.list(query),
    queryFn: () => inventoryApi.list(query),
    placeholderData: keepPreviousData,
  });
/** The items a laser run may take its sheets from (the API's largest page, by code). */
export const stockChoicesQuery = inventoryListQuery({ pageSize: 200 });
export const inventoryItemQuery = (id: string, page: number, pageSize: number) =>
  queryOptions({
    queryKey: inventoryKeys.one(id, page, pageSize),
    queryFn: () => inventoryApi.get(id, page, pageSize),
    placeholderData: keepPreviousData,
  });
export const inventoryTransactionsQuery = (query: InventoryTransactionListQuery) =>
  queryOptions({
    queryKey: inventoryKeys.transactions(query),
    queryFn: () => inventoryApi.transactions(query),
    placeholderData: keepPreviousData,
  });
export const valuationQuery = queryOptions({
  queryKey: inventoryKeys.valuation(),
  queryFn: inventoryApi.valuation,
});

export const useCreateInventoryItem = () => useProductionMutation(inventoryApi.create);
export const useUpdateInventoryItem = () =>
  useProductionMutation(({ id, input }: { id: string; input: UpdateInventoryItemInput }) =>
    inventoryApi.update(id, input),
  );
export const useDeleteInventoryItem = () => useProductionMutation(inventoryApi.remove);
/** Records a transaction: through `…/transactions` for managers, `…/usage` for a usage by anyone else. */
export const useRecordTransaction = () =>
  useProductionMutation(
    ({ id, input, asUsage }: { id: string; input: CreateInventoryTransactionInput; asUsage: boolean }) => {
      const { type: _, unitCost: __, ...usage } = input;
      return asUsage ? inventoryApi.recordUsage(id, usage) : inventoryApi.record(id, input);
    },
  );
