import type { Product } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { Field, TextAreaField } from '../../../components/field';
import { decimalOrNull, inputText } from '../form-values';
import { suggestedSkuQuery, useCreateProduct, useUpdateProduct } from './queries';

const FIELDS = ['sku', 'name', 'description', 'material', 'thickness', 'unitPrice', 'notes'];

/** Creates a product (with the next free SKU filled in, editable) or edits one with the version seen. */
export function ProductForm({ product, onDone }: { product?: Product; onDone(id?: string): void }) {
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const suggested = useQuery({ ...suggestedSkuQuery, enabled: !product });
  const [sku, setSku] = useState(product?.sku ?? '');
  const [name, setName] = useState(product?.name ?? '');
  const [description, setDescription] = useState(product?.description ?? '');
  const [material, setMaterial] = useState(product?.material ?? '');
  const [thickness, setThickness] = useState(inputText(product?.thickness));
  const [unitPrice, setUnitPrice] = useState(inputText(product?.unitPrice));
  const [notes, setNotes] = useState(product?.notes ?? '');
  const saving = product ? update : create;
  const errors = fieldErrorsOf(saving.error);

  const suggestedSku = suggested.data?.sku;
  useEffect(() => {
    if (suggestedSku) setSku((typed) => typed || suggestedSku);
  }, [suggestedSku]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      sku: sku.trim(),
      name,
      description,
      material,
      thickness: decimalOrNull(thickness),
      unitPrice: decimalOrNull(unitPrice),
      notes,
    };
    if (product)
      update.mutate(
        { id: product.id, input: { ...input, version: product.version } },
        { onSuccess: () => onDone() },
      );
    else create.mutate(input, { onSuccess: (created) => onDone(created.id) });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      <div className="form__row">
        <Field
          label="SKU"
          value={sku}
          onChange={(e) => setSku(e.target.value)}
          error={errors.sku}
          hint={product ? undefined : 'The next free SKU; change it if you like.'}
        />
        <Field label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      </div>
      <TextAreaField
        label="Description"
        rows={2}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.description}
      />
      <div className="form__row">
        <Field
          label="Material"
          value={material}
          onChange={(e) => setMaterial(e.target.value)}
          error={errors.material}
          placeholder="Mild steel"
        />
        <Field
          label="Thickness (mm)"
          inputMode="decimal"
          value={thickness}
          onChange={(e) => setThickness(e.target.value)}
          error={errors.thickness}
        />
        <Field
          label="Unit price"
          inputMode="decimal"
          value={unitPrice}
          onChange={(e) => setUnitPrice(e.target.value)}
          error={errors.unitPrice}
        />
      </div>
      <TextAreaField
        label="Notes"
        rows={2}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={errors.notes}
      />
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={() => onDone()}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={saving.isPending}>
          {product ? 'Save changes' : 'Create product'}
        </button>
      </div>
    </form>
  );
}
