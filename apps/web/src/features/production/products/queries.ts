import type { UpdateProductInput, UpdateProjectProductInput } from '@factoryops/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { productionKeys, useProductionMutation } from '../queries';
import { type ProductListQuery, productsApi, projectProductsApi } from './api';

const productKeys = {
  list: (query: ProductListQuery) => [...productionKeys.all, 'products', query] as const,
  one: (id: string) => [...productionKeys.all, 'product', id] as const,
  suggestedSku: () => [...productionKeys.all, 'products', 'suggested-sku'] as const,
  lines: (projectId: string) => [...productionKeys.project(projectId), 'products'] as const,
};

export const productListQuery = (query: ProductListQuery) =>
  queryOptions({
    queryKey: productKeys.list(query),
    queryFn: () => productsApi.list(query),
    placeholderData: keepPreviousData,
  });
/** Products to add to a project (the API's largest page, by SKU). */
export const productChoicesQuery = productListQuery({ pageSize: 200 });
export const productQuery = (id: string) =>
  queryOptions({ queryKey: productKeys.one(id), queryFn: () => productsApi.get(id) });
export const suggestedSkuQuery = queryOptions({
  queryKey: productKeys.suggestedSku(),
  queryFn: productsApi.suggestedSku,
  staleTime: 0,
});
export const projectProductsQuery = (projectId: string) =>
  queryOptions({ queryKey: productKeys.lines(projectId), queryFn: () => projectProductsApi.list(projectId) });

export const useCreateProduct = () => useProductionMutation(productsApi.create);
export const useUpdateProduct = () =>
  useProductionMutation(({ id, input }: { id: string; input: UpdateProductInput }) =>
    productsApi.update(id, input),
  );
export const useDeleteProduct = () => useProductionMutation(productsApi.remove);
export const useAddProjectProduct = () =>
  useProductionMutation(
    ({ projectId, productId, quantity }: { projectId: string; productId: string; quantity: number }) =>
      projectProductsApi.add(projectId, { productId, quantity }),
  );
export const useUpdateProjectProduct = () =>
  useProductionMutation(
    ({ projectId, lineId, input }: { projectId: string; lineId: string; input: UpdateProjectProductInput }) =>
      projectProductsApi.update(projectId, lineId, input),
  );
export const useRemoveProjectProduct = () =>
  useProductionMutation(({ projectId, lineId }: { projectId: string; lineId: string }) =>
    projectProductsApi.remove(projectId, lineId),
  );
