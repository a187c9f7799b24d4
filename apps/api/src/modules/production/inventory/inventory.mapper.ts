import type { InventoryItem, InventoryTransaction } from '@factoryops/contracts';
import type { InventoryItemEntity } from './inventory-item.entity.js';
import type { InventoryTransactionEntity } from './inventory-transaction.entity.js';
import { isLowStock, stockValue } from './stock-arithmetic.js';

export const toInventoryItemDto = (item: InventoryItemEntity): InventoryItem => ({
  id: item.id,
  code: item.code,
  name: item.name,
  category: item.category,
  materialType: item.materialType,
  thickness: item.thickness,
  unit: item.unit,
  quantityOnHand: item.quantityOnHand,
  reorderLevel: item.reorderLevel,
  reorderQuantity: item.reorderQuantity,
  unitCost: item.unitCost,
  value: stockValue(item.quantityOnHand, item.unitCost),
  lowStock: isLowStock(item.quantityOnHand, item.reorderLevel),
  supplierName: item.supplierName,
  supplierContact: item.supplierContact,
  location: item.location,
  notes: item.notes,
  createdAt: item.createdAt.toISOString(),
  updatedAt: item.updatedAt.toISOString(),
  version: item.version,
});

/** What an audit entry records of an item: its fields (the stock is the transactions' to record). */
export const inventoryItemAuditSnapshot = ({
  id: _,
  quantityOnHand: __,
  createdAt: ___,
  updatedAt: ____,
  version: _____,
  ...fields
}: InventoryItemEntity) => fields;

/** A transaction read with its item. */
export const toInventoryTransactionDto = (transaction: InventoryTransactionEntity): InventoryTransaction => {
  const item = transaction.item as InventoryItemEntity;
  return {
    id: transaction.id,
    itemId: transaction.itemId,
    itemCode: item.code,
    itemName: item.name,
    unit: item.unit,
    type: transaction.type,
    quantity: transaction.quantity,
    balanceAfter: transaction.balanceAfter,
    unitCost: transaction.unitCost,
    reference: transaction.reference,
    notes: transaction.notes,
    date: transaction.date,
    laserRunId: transaction.laserRunId,
    recordedBy: transaction.recordedBy,
    recordedByUserId: transaction.recordedByUserId,
    createdAt: transaction.createdAt.toISOString(),
  };
};
