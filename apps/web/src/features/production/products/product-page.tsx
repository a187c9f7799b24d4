import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DetailList } from '../../../components/detail-list';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime } from '../../../lib/format';
import { useProductionAccess } from '../access';
import { DesignFilesPanel } from '../design-files/design-files-panel';
import { PRODUCTION_PATHS } from '../paths';
import { ProductForm } from './product-form';
import { productQuery, useDeleteProduct } from './queries';

/** One product: its details, its design files with previews, edit and delete. */
export function ProductPage() {
  const { id = '' } = useParams();
  const access = useProductionAccess();
  const navigate = useNavigate();
  const product = useQuery(productQuery(id));
  const remove = useDeleteProduct();
  const [editing, setEditing] = useState(false);
  const p = product.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to={PRODUCTION_PATHS.products}>Products</Link>
      </p>
      <PageHeader
        title={p ? `${p.sku} · ${p.name}` : 'Product'}
        description={p?.description || undefined}
        actions={
          p && access.manage ? (
            <>
              <button type="button" className="button" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button
                type="button"
                className="button button--ghost"
                disabled={remove.isPending}
                onClick={() => remove.mutate(p.id, { onSuccess: () => navigate(PRODUCTION_PATHS.products) })}
              >
                Delete
              </button>
            </>
          ) : undefined
        }
      />
      <ErrorBanner error={product.error ?? remove.error} />
      {p ? (
        <div className="stack">
          <DetailList
            items={[
              ['Material', p.material || '—'],
              ['Thickness', p.thickness === null ? '—' : `${p.thickness} mm`],
              ['Unit price', p.unitPrice ?? '—'],
              ['On projects', p.projectCount],
              ['Notes', p.notes || '—'],
              ['Updated', formatDateTime(p.updatedAt)],
            ]}
          />
          <DesignFilesPanel owner={{ kind: 'products', id: p.id }} files={p.files} />
        </div>
      ) : null}
      <Dialog title="Edit product" open={editing} onClose={() => setEditing(false)}>
        {p ? <ProductForm product={p} onDone={() => setEditing(false)} /> : null}
      </Dialog>
    </>
  );
}
