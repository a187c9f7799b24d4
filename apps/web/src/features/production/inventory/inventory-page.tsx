import {
  INVENTORY_CATEGORIES,
  INVENTORY_ITEM_SORTS,
  type InventoryItem,
  plainDecimal,
} from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { useDebounced } from '../../../lib/use-debounced';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useProductionAccess } from '../access';
import { inventoryItemPath, PRODUCTION_PATHS } from '../paths';
import { nextSort } from '../sort';
import { useMoney } from '../use-money';
import { InventoryItemForm } from './inventory-item-form';
import { inventoryListQuery } from './queries';
import { OnHandCell, ReorderCell } from './stock-cells';
import { ValuationPanel } from './valuation-panel';
import './inventory.css';

const PAGE_SIZE = 25;
type ItemSort = (typeof INVENTORY_ITEM_SORTS)[number];

function columns(money: (amount: string | null) => string): Column<InventoryItem>[] {
  return [
    {
      header: 'Code',
      sortKey: 'code',
      className: 'nowrap',
      cell: (item) => (
        <Link to={inventoryItemPath(item.id)} className="strong-link mono">
          {item.code}
        </Link>
      ),
    },
    {
      header: 'Item',
      sortKey: 'name',
      cell: (item) => (
        <>
          {item.name}
          {item.materialType ? (
            <div className="muted small">
              {item.materialType}
              {item.thickness === null ? '' : ` ${plainDecimal(item.thickness)} mm`}
            </div>
          ) : null}
        </>
      ),
    },
    { header: 'Category', sortKey: 'category', secondary: true, cell: (item) => item.category },
    {
      header: 'On hand',
      sortKey: 'quantityOnHand',
      className: 'numeric',
      cell: (item) => <OnHandCell item={item} />,
    },
    {
      header: 'Reorder at',
      className: 'numeric',
      cell: (item) => <ReorderCell item={item} />,
    },
    { header: 'Unit cost', className: 'numeric', secondary: true, cell: (item) => money(item.unitCost) },
    { header: 'Value', className: 'numeric', cell: (item) => money(item.value) },
    {
      header: 'Location',
      secondary: true,
      cell: (item) => item.location || <span className="muted">—</span>,
    },
  ];
}

/**
 * The shop's stock: sheets, gases, nozzles and lenses with what is on hand, the items at or under their
 * reorder level flagged (live: a run or a usage elsewhere refetches it), and what the stock is worth.
 */
export function InventoryPage() {
  const access = useProductionAccess();
  const navigate = useNavigate();
  const money = useMoney();
  const { filters, setFilter, page, setPage } = useUrlFilters({
    q: '',
    category: '',
    lowStock: '',
    sort: 'code' as ItemSort,
  });
  const [adding, setAdding] = useState(false);
  const q = useDebounced(filters.q.trim());
  const items = useQuery(
    inventoryListQuery({
      q: q || undefined,
      category: (filters.category || undefined) as InventoryItem['category'] | undefined,
      lowStock: filters.lowStock === 'true' ? 'true' : undefined,
      sort: filters.sort,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const low = useQuery(inventoryListQuery({ lowStock: 'true', pageSize: 1 }));
  const lowCount = low.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title="Inventory"
        description="Sheets, gases and spare parts: stock moves only by purchases, usages (laser runs take their sheets), adjustments and returns."
        actions={
          <>
            <Link className="button nowrap" to={PRODUCTION_PATHS.inventoryTransactions}>
              All transactions
            </Link>
            {access.inventory ? (
              <button type="button" className="button button--primary nowrap" onClick={() => setAdding(true)}>
                Add item
              </button>
            ) : null}
          </>
        }
      />
      {lowCount > 0 ? (
        <div className="banner banner--warning" role="status">
          {lowCount} item{lowCount === 1 ? ' is' : 's are'} at or under the reorder level.{' '}
          {filters.lowStock === 'true' ? null : (
            <button
              type="button"
              className="button button--small"
              onClick={() => setFilter('lowStock', 'true')}
            >
              Show {lowCount === 1 ? 'it' : 'them'}
            </button>
          )}
        </div>
      ) : null}
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search stock"
          placeholder="Search by code, name, material or supplier"
          value={filters.q}
          onChange={(e) => setFilter('q', e.target.value)}
        />
        <select
          aria-label="Category"
          value={filters.category}
          onChange={(e) => setFilter('category', e.target.value)}
        >
          <option value="">Every category</option>
          {INVENTORY_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </select>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.lowStock === 'true'}
            onChange={(e) => setFilter('lowStock', e.target.checked ? 'true' : '')}
          />
          Low stock only
        </label>
      </div>
      <ErrorBanner error={items.error} />
      <DataTable
        columns={columns(money)}
        rows={items.data?.items}
        rowKey={(item) => item.id}
        rowClass={(item) => (item.lowStock ? 'stock-row--low' : undefined)}
        empty={q || filters.category || filters.lowStock ? 'No items match.' : 'No stock items yet.'}
        sort={filters.sort}
        onSort={(key) => setFilter('sort', nextSort(filters.sort, key, INVENTORY_ITEM_SORTS))}
      />
      {items.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={items.data.total} onPage={setPage} />
      ) : null}
      <ValuationPanel />
      <Dialog title="Add stock item" open={adding} onClose={() => setAdding(false)}>
        <InventoryItemForm
          onDone={(id) => {
            setAdding(false);
            if (id) navigate(inventoryItemPath(id));
          }}
        />
      </Dialog>
    </>
  );
}
