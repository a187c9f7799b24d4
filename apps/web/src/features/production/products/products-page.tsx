import type { Product } from '@factoryops/contracts';
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
import { productPath } from '../paths';
import { ProductForm } from './product-form';
import { productListQuery } from './queries';

const PAGE_SIZE = 25;

const COLUMNS: Column<Product>[] = [
  {
    header: 'SKU',
    className: 'nowrap',
    cell: (p) => (
      <Link to={productPath(p.id)} className="strong-link">
        {p.sku}
      </Link>
    ),
  },
  {
    header: 'Product',
    cell: (p) => (
      <>
        {p.name}
        {p.description ? <div className="muted small truncate">{p.description}</div> : null}
      </>
    ),
  },
  { header: 'Material', cell: (p) => p.material || '—' },
  {
    header: 'Thickness',
    className: 'numeric',
    cell: (p) => (p.thickness === null ? '—' : `${p.thickness} mm`),
  },
  { header: 'Unit price', className: 'numeric', cell: (p) => p.unitPrice ?? '—' },
  { header: 'Projects', className: 'numeric', secondary: true, cell: (p) => p.projectCount },
];

/** The product catalogue: parts the shop cuts again and again, each with its drawings. */
export function ProductsPage() {
  const access = useProductionAccess();
  const navigate = useNavigate();
  const { filters, setFilter, page, setPage } = useUrlFilters({ q: '', material: '' });
  const [adding, setAdding] = useState(false);
  const q = useDebounced(filters.q.trim());
  const products = useQuery(
    productListQuery({
      q: q || undefined,
      material: filters.material || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );

  return (
    <>
      <PageHeader
        title="Products"
        description="The catalogue: SKUs, materials, prices and design files, added to projects with a quantity."
        actions={
          access.manage ? (
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              Add product
            </button>
          ) : undefined
        }
      />
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search products"
          placeholder="Search by SKU, name or description"
          value={filters.q}
          onChange={(e) => setFilter('q', e.target.value)}
        />
        <input
          type="search"
          aria-label="Material"
          placeholder="Material"
          value={filters.material}
          onChange={(e) => setFilter('material', e.target.value)}
        />
      </div>
      <ErrorBanner error={products.error} />
      <DataTable
        columns={COLUMNS}
        rows={products.data?.items}
        rowKey={(p) => p.id}
        empty="No products match."
      />
      {products.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={products.data.total} onPage={setPage} />
      ) : null}
      <Dialog title="Add product" open={adding} onClose={() => setAdding(false)}>
        <ProductForm
          onDone={(id) => {
            setAdding(false);
            if (id) navigate(productPath(id));
          }}
        />
      </Dialog>
    </>
  );
}
