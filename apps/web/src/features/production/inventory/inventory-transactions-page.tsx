import { INVENTORY_TRANSACTION_TYPES } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { DateRangeFilter } from '../../../components/date-range-filter';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { PRODUCTION_PATHS } from '../paths';
import { useMoney } from '../use-money';
import { inventoryTransactionsQuery, stockChoicesQuery } from './queries';
import { transactionColumns } from './transaction-columns';
import './inventory.css';

const PAGE_SIZE = 50;

/**
 * Every stock transaction, newest first: purchases, usages (a laser run's sheets among them), adjustments
 * and returns, filtered by item, type and days (kept in the address), a page at a time.
 */
export function InventoryTransactionsPage() {
  const money = useMoney();
  const { filters, setFilter, page, setPage } = useUrlFilters({ itemId: '', type: '', from: '', to: '' });
  const items = useQuery(stockChoicesQuery);
  const type = INVENTORY_TRANSACTION_TYPES.find((known) => known === filters.type);
  const transactions = useQuery(
    inventoryTransactionsQuery({
      itemId: filters.itemId || undefined,
      type,
      from: filters.from || undefined,
      to: filters.to || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const filtered = Boolean(filters.itemId || type || filters.from || filters.to);

  return (
    <>
      <p className="breadcrumb">
        <Link to={PRODUCTION_PATHS.inventory}>Inventory</Link>
      </p>
      <PageHeader
        title="Stock transactions"
        description="Every purchase, usage, adjustment and return of every item, newest first."
      />
      <div className="toolbar">
        <select
          aria-label="Item"
          value={filters.itemId}
          onChange={(e) => setFilter('itemId', e.target.value)}
        >
          <option value="">Every item</option>
          {items.data?.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.code} · {item.name}
            </option>
          ))}
        </select>
        <select aria-label="Type" value={filters.type} onChange={(e) => setFilter('type', e.target.value)}>
          <option value="">Every type</option>
          {INVENTORY_TRANSACTION_TYPES.map((known) => (
            <option key={known} value={known}>
              {known}
            </option>
          ))}
        </select>
        <DateRangeFilter from={filters.from} to={filters.to} onChange={setFilter} />
      </div>
      <ErrorBanner error={transactions.error ?? items.error} />
      <DataTable
        columns={transactionColumns(money, { withItem: true })}
        rows={transactions.data?.items}
        rowKey={(tx) => tx.id}
        empty={
          filtered ? 'No transactions match.' : 'No transactions yet: a purchase brings the first stock.'
        }
      />
      {transactions.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={transactions.data.total} onPage={setPage} />
      ) : null}
    </>
  );
}
