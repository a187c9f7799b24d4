import type { Product } from '@factoryops/contracts';
import type { ProductEntity } from './product.entity.js';

export const toProductDto = (product: ProductEntity, projectCount: number): Product => ({
  id: product.id,
  sku: product.sku,
  name: product.name,
  description: product.description,
  material: product.material,
  thickness: product.thickness,
  unitPrice: product.unitPrice,
  notes: product.notes,
  projectCount,
  createdAt: product.createdAt.toISOString(),
  updatedAt: product.updatedAt.toISOString(),
  version: product.version,
});

export const productAuditSnapshot = ({
  id: _,
  createdAt: __,
  updatedAt: ___,
  version: ____,
  ...fields
}: ProductEntity) => fields;
