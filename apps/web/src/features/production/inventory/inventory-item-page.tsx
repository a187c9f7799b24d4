import { type InventoryTransactionType, plainDecimal, quantityLabel } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { DetailList } from '../../../components/detail-list';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { useProductionAccess } from '../access';
import { PRODUCTION_PATHS } from '../paths';
import { StockBadge } from '../status-badges';
import { useMoney } from '../use-money';
import { InventoryItemForm } from './inventory-item-form';
import { inventoryItemQuery, useDeleteInventoryItem } from './queries';
import { transactionColumns } from './transaction-columns';
import { TransactionForm } from './transaction-form';

const PAGE_SIZE = 25;

/** One stock item: its details, what is on hand, its transactions, and recording the next one. */
export function InventoryItemPage() {
  const { id = '' } = useParams();
  const access = useProductionAccess();
  const navigate = useNavigate();
  const money = useMoney();
  const [page, setPage] = useState(1);
  const detail = useQuery(inventoryItemQuery(id, page, PAGE_SIZE));
  const remove = useDeleteInventoryItem();
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState<InventoryTransactionType | null>(null);
  const item = detail.data;
  // Managers choose any type in the form (adjustments and returns too); the others take stock only.
  const recordable: InventoryTransactionType[] = access.inventory
    ? ['Purchase', 'Usage']
    : access.record
      ? ['Usage']
      : [];

  const columns = transactionColumns(money);

  return (
    <>
      <p className="breadcrumb">
        <Link to={PRODUCTION_PATHS.inventory}>Inventory</Link>
      </p>
      <PageHeader
        title={item ? `${item.code} · ${item.name}` : 'Stock item'}
        description={item ? `${item.category} · counted in ${item.unit}` : undefined}
        actions={
          item ? (
            <>
              {recordable.map((type, index) => (
                <button
                  key={type}
                  type="button"
                  className={`button nowrap${index === 0 ? ' button--primary' : ''}`}
                  onClick={() => setRecording(type)}
                >
                  Record {type.toLowerCase()}
                </button>
              ))}
              {access.inventory ? (
                <>
                  <button type="button" className="button" onClick={() => setEditing(true)}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button button--ghost"
                    disabled={remove.isPending}
                    onClick={() =>
                      remove.mutate(item.id, { onSuccess: () => navigate(PRODUCTION_PATHS.inventory) })
                    }
                  >
                    Delete
                  </button>
                </>
              ) : null}
            </>
          ) : undefined
        }
      />
      <ErrorBanner error={detail.error ?? remove.error} />
      {item ? (
        <div className="stack">
          <DetailList
            items={[
              [
                'On hand',
                <span key="on-hand" className="badges">
                  <strong>{quantityLabel(item.quantityOnHand, item.unit)}</strong>
                  <StockBadge item={item} />
                </span>,
              ],
              [
                'Reorder level',
                `${quantityLabel(item.reorderLevel, item.unit)}${item.reorderQuantity ? ` (order ${quantityLabel(item.reorderQuantity, item.unit)})` : ''}`,
              ],
              ['Unit cost', money(item.unitCost)],
              ['Value', money(item.value)],
              [
                'Material',
                item.materialType
                  ? `${item.materialType}${item.thickness === null ? '' : ` ${plainDecimal(item.thickness)} mm`}`
                  : '—',
              ],
              ['Supplier', [item.supplierName, item.supplierContact].filter(Boolean).join(' · ') || '—'],
              ['Location', item.location || '—'],
              ['Notes', item.notes || '—'],
            ]}
          />
          <section aria-label="Transactions">
            <h2 className="section-title">Transactions</h2>
            <DataTable
              columns={columns}
              rows={item.transactions.items}
              rowKey={(tx) => tx.id}
              empty="No transactions yet: a purchase brings the first stock."
            />
            <Pager page={page} pageSize={PAGE_SIZE} total={item.transactions.total} onPage={setPage} />
            <p className="small">
              <Link to={`${PRODUCTION_PATHS.inventoryTransactions}?itemId=${item.id}`}>
                Filter them by type and days
              </Link>
            </p>
          </section>
        </div>
      ) : null}
      <Dialog title="Edit stock item" open={editing} onClose={() => setEditing(false)}>
        {item && editing ? <InventoryItemForm item={item} onDone={() => setEditing(false)} /> : null}
      </Dialog>
      <Dialog
        title={item ? `New transaction of ${item.code}` : ''}
        open={recording !== null}
        onClose={() => setRecording(null)}
      >
        {item && recording ? (
          <TransactionForm
            key={recording}
            item={item}
            type={recording}
            anyType={access.inventory}
            onDone={() => setRecording(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}
