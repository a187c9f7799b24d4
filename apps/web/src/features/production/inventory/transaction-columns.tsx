import { type InventoryTransaction, quantityLabel } from '@factoryops/contracts';
import { Link } from 'react-router';
import type { Column } from '../../../components/data-table';
import { formatCalendarDate } from '../../../lib/format';
import { inventoryItemPath } from '../paths';
import { TransactionTypeBadge } from '../status-badges';
import { signedQuantity } from './stock-figures';

const itemColumn: Column<InventoryTransaction> = {
  header: 'Item',
  className: 'truncate',
  cell: (tx) => (
    <>
      <Link to={inventoryItemPath(tx.itemId)} className="strong-link mono">
        {tx.itemCode}
      </Link>
      <div className="muted small truncate">{tx.itemName}</div>
    </>
  ),
};

const onHandAfterColumn: Column<InventoryTransaction> = {
  header: 'On hand after',
  className: 'numeric nowrap',
  cell: (tx) => quantityLabel(tx.balanceAfter, tx.unit),
};

/**
 * The columns of a list of stock transactions: when, type, quantity, unit cost, reference (with the notes)
 * and who; one item's list shows the stock after each, a list over all items (`withItem`) the item instead.
 */
export function transactionColumns(
  money: (amount: string | null) => string,
  { withItem = false } = {},
): Column<InventoryTransaction>[] {
  return [
    { header: 'Date', className: 'nowrap', cell: (tx) => formatCalendarDate(tx.date) },
    ...(withItem ? [itemColumn] : []),
    { header: 'Type', cell: (tx) => <TransactionTypeBadge type={tx.type} /> },
    { header: 'Quantity', className: 'numeric nowrap', cell: (tx) => signedQuantity(tx.quantity, tx.unit) },
    ...(withItem ? [] : [onHandAfterColumn]),
    { header: 'Unit cost', className: 'numeric', secondary: true, cell: (tx) => money(tx.unitCost) },
    {
      header: 'Reference',
      cell: (tx) => (
        <>
          {tx.reference || <span className="muted">—</span>}
          {tx.notes ? <div className="muted small truncate">{tx.notes}</div> : null}
        </>
      ),
    },
    { header: 'By', secondary: true, cell: (tx) => tx.recordedBy },
  ];
}
