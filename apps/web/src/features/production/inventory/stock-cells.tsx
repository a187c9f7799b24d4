import { type InventoryItem, quantityLabel } from '@factoryops/contracts';
import { StockBadge } from '../status-badges';

type Stocked = Pick<
  InventoryItem,
  'quantityOnHand' | 'reorderLevel' | 'reorderQuantity' | 'unit' | 'lowStock'
>;

/** An item's stock in a table: what is on hand, flagged when it is at or under the reorder level. */
export function OnHandCell({ item }: { item: Stocked }) {
  return (
    <>
      <span className="nowrap">{quantityLabel(item.quantityOnHand, item.unit)}</span>
      <div>
        <StockBadge item={item} />
      </div>
    </>
  );
}

/** An item's reorder level in a table, and how much to order then. */
export function ReorderCell({ item }: { item: Stocked }) {
  return (
    <>
      <span className="nowrap">{quantityLabel(item.reorderLevel, item.unit)}</span>
      {item.reorderQuantity ? (
        <div className="muted small nowrap">order {quantityLabel(item.reorderQuantity, item.unit)}</div>
      ) : null}
    </>
  );
}
