import type { ProjectProduct } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table';
import { ErrorBanner, fieldErrorsOf } from '../../../components/error-banner';
import { useProductionAccess } from '../access';
import { productPath } from '../paths';
import {
  productChoicesQuery,
  projectProductsQuery,
  useAddProjectProduct,
  useRemoveProjectProduct,
  useUpdateProjectProduct,
} from './queries';

/** A line's quantity, saved when the field is left with a changed whole number. */
function QuantityInput({ projectId, line }: { projectId: string; line: ProjectProduct }) {
  const update = useUpdateProjectProduct();
  const [typed, setTyped] = useState(String(line.quantity));
  const error = fieldErrorsOf(update.error).quantity;
  function save() {
    const quantity = Number(typed);
    if (quantity === line.quantity) return;
    update.mutate({ projectId, lineId: line.id, input: { quantity, version: line.version } });
  }
  return (
    <span className="quantity-input">
      <input
        type="number"
        min={1}
        step={1}
        aria-label={`Quantity of ${line.sku}`}
        aria-invalid={Boolean(error)}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
      {error ? <span className="field__error small">{error}</span> : null}
    </span>
  );
}

/** The products a project cuts, with quantities, the unit price each had when added, and the total. */
export function ProjectProductsPanel({ projectId }: { projectId: string }) {
  const access = useProductionAccess();
  const lines = useQuery(projectProductsQuery(projectId));
  const choices = useQuery({ ...productChoicesQuery, enabled: access.manage });
  const add = useAddProjectProduct();
  const remove = useRemoveProjectProduct();
  const [productId, setProductId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const errors = fieldErrorsOf(add.error);
  const listed = new Set(lines.data?.items.map((line) => line.productId));

  const columns: Column<ProjectProduct>[] = [
    {
      header: 'SKU',
      className: 'nowrap',
      cell: (line) => (
        <Link to={productPath(line.productId)} className="strong-link">
          {line.sku}
        </Link>
      ),
    },
    { header: 'Product', cell: (line) => line.name },
    {
      header: 'Quantity',
      className: 'numeric',
      cell: (line) =>
        access.manage ? (
          <QuantityInput key={line.version} projectId={projectId} line={line} />
        ) : (
          line.quantity
        ),
    },
    { header: 'Unit price', className: 'numeric', cell: (line) => line.unitPrice ?? '—' },
    { header: 'Line total', className: 'numeric', cell: (line) => line.lineTotal ?? '—' },
    ...(access.manage
      ? [
          {
            header: 'Actions',
            hiddenHeader: true,
            className: 'table__actions',
            cell: (line: ProjectProduct) => (
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => remove.mutate({ projectId, lineId: line.id })}
              >
                Remove<span className="visually-hidden"> {line.sku}</span>
              </button>
            ),
          },
        ]
      : []),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(
      { projectId, productId, quantity: Number(quantity) },
      {
        onSuccess: () => {
          setProductId('');
          setQuantity('1');
        },
      },
    );
  }

  return (
    <section aria-label="Products" className="stack">
      <h2 className="section-title">Products</h2>
      <ErrorBanner
        error={lines.error ?? remove.error ?? (errors.productId || errors.quantity ? null : add.error)}
      />
      <DataTable
        columns={columns}
        rows={lines.data?.items}
        rowKey={(line) => line.id}
        empty="No products on this project yet."
      />
      {lines.data && lines.data.items.length > 0 ? (
        <p className="project-products__total">
          Total <strong>{lines.data.total}</strong>
        </p>
      ) : null}
      {access.manage ? (
        <form className="toolbar" onSubmit={submit} noValidate aria-label="Add a product">
          <select aria-label="Product" value={productId} onChange={(e) => setProductId(e.target.value)}>
            <option value="">Choose a product…</option>
            {choices.data?.items
              .filter((product) => !listed.has(product.id))
              .map((product) => (
                <option key={product.id} value={product.id}>
                  {product.sku} · {product.name}
                  {product.unitPrice ? ` (${product.unitPrice})` : ''}
                </option>
              ))}
          </select>
          <input
            type="number"
            min={1}
            step={1}
            aria-label="Quantity"
            aria-invalid={Boolean(errors.quantity)}
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
          />
          <button type="submit" className="button" disabled={!productId || add.isPending}>
            Add product
          </button>
          {errors.productId || errors.quantity ? (
            <span className="field__error small" role="alert">
              {errors.productId ?? errors.quantity}
            </span>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
