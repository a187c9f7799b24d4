import { type InventoryItem, quantityLabel } from '@factoryops/contracts';
import type { Mail } from '../../notifications/outbox.js';

/**
 * The day's low-stock digest: every item at or under its reorder level, with what is left, how much to
 * order and from whom. One per day (its dedupe key), whichever API process queues it first.
 */
export function lowStockMail(
  day: string,
  items: InventoryItem[],
  recipients: string[],
  publicUrl: string | undefined,
): Mail {
  const count = `${items.length} item${items.length === 1 ? '' : 's'}`;
  const lines = [
    `${count} at or under ${items.length === 1 ? 'its' : 'their'} reorder level on ${day}:`,
    '',
    ...items.flatMap((item) => {
      const order = item.reorderQuantity ? `; order ${quantityLabel(item.reorderQuantity, item.unit)}` : '';
      const supplier = [item.supplierName, item.supplierContact].filter(Boolean).join(', ');
      return [
        `- ${item.code} ${item.name}: ${quantityLabel(item.quantityOnHand, item.unit)} left (reorder level ${quantityLabel(item.reorderLevel, item.unit)})${order}`,
        ...(supplier ? [`  Supplier: ${supplier}`] : []),
      ];
    }),
  ];
  if (publicUrl)
    lines.push('', `See them at ${publicUrl.replace(/\/$/, '')}/production/inventory?lowStock=true`);
  return {
    kind: 'production',
    dedupeKey: `low-stock:${day}`,
    recipients,
    subject: `[FactoryOps] Low stock: ${count} to reorder (${day})`,
    body: lines.join('\n'),
  };
}
