import type {
  AddProjectProductInput,
  CreateProductInput,
  Page,
  Product,
  ProductDetail,
  ProductListQuerySchema,
  ProjectProduct,
  ProjectProductList,
  UpdateProductInput,
  UpdateProjectProductInput,
} from '@factoryops/contracts';
import { apiRequest } from '../../../lib/api-client';
import type { SchemaInput } from '../../../lib/schema-input';

export type ProductListQuery = SchemaInput<typeof ProductListQuerySchema>;

export const productsApi = {
  list: (query: ProductListQuery) => apiRequest<Page<Product>>('/production/products', { query }),
  get: (id: string) => apiRequest<ProductDetail>(`/production/products/${id}`),
  suggestedSku: () => apiRequest<{ sku: string }>('/production/products/suggested-sku'),
  create: (input: CreateProductInput) =>
    apiRequest<ProductDetail>('/production/products', { method: 'POST', body: input }),
  update: (id: string, input: UpdateProductInput) =>
    apiRequest<ProductDetail>(`/production/products/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiRequest<void>(`/production/products/${id}`, { method: 'DELETE' }),
};

export const projectProductsApi = {
  list: (projectId: string) => apiRequest<ProjectProductList>(`/production/projects/${projectId}/products`),
  add: (projectId: string, input: AddProjectProductInput) =>
    apiRequest<ProjectProduct>(`/production/projects/${projectId}/products`, { method: 'POST', body: input }),
  update: (projectId: string, lineId: string, input: UpdateProjectProductInput) =>
    apiRequest<ProjectProduct>(`/production/projects/${projectId}/products/${lineId}`, {
      method: 'PATCH',
      body: input,
    }),
  remove: (projectId: string, lineId: string) =>
    apiRequest<void>(`/production/projects/${projectId}/products/${lineId}`, { method: 'DELETE' }),
};
