import type { LowStockSummary } from '@factoryops/contracts';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { inventoryItemPath, PRODUCTION_PATHS } from '../paths';
import { OnHandCell, ReorderCell } from './stock-cells';

/** The items at or under their reorder level, with what is left and how much to order. */
export function StockToReorder({ lowStock }: { lowStock: LowStockSummary }) {
  return (
    <section className="card" aria-label="Stock to reorder">
      <h2 className="section-title">Stock to reorder</h2>
      <DataTable
        columns={[
          {
            header: 'Item',
            cell: (item) => (
              <>
                <Link to={inventoryItemPath(item.id)} className="strong-link mono">
                  {item.code}
                </Link>
                <div className="muted small truncate">{item.name}</div>
              </>
            ),
          },
          {
            header: 'On hand',
            className: 'numeric',
            cell: (item) => <OnHandCell item={item} />,
          },
          {
            header: 'Reorder at',
            className: 'numeric',
            cell: (item) => <ReorderCell item={item} />,
          },
        ]}
        rows={lowStock.items}
        rowKey={(item) => item.id}
        empty="Nothing to reorder."
      />
      {lowStock.total > lowStock.items.length ? (
        <p className="muted small">
          <Link to={`${PRODUCTION_PATHS.inventory}?lowStock=true`}>
            All {lowStock.total} items to reorder
          </Link>
        </p>
      ) : null}
    </section>
  );
}
