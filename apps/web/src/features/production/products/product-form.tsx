import type { Product } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { FormActions } from '../../../components/form-actions';
import { decimalOrNull, inputText } from '../form-values';
import { saveRecord } from '../save-record';
import { typedFields } from '../typed-fields';
import { suggestedSkuQuery, useCreateProduct, useUpdateProduct } from './queries';

const FIELDS = ['sku', 'name', 'description', 'material', 'thickness', 'unitPrice', 'notes'];

/** Creates a product (with the next free SKU filled in, editable) or edits one with the version seen. */
export function ProductForm({ product, onDone }: { product?: Product; onDone(id?: string): void }) {
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const suggested = useQuery({ ...suggestedSkuQuery, enabled: !product });
  const [values, setValues] = useState(() => ({
    sku: product?.sku ?? '',
    name: product?.name ?? '',
    description: product?.description ?? '',
    material: product?.material ?? '',
    thickness: inputText(product?.thickness),
    unitPrice: inputText(product?.unitPrice),
    notes: product?.notes ?? '',
  }));
  const saving = product ? update : create;
  const { text, decimal, longText } = typedFields(values, setValues, fieldErrorsOf(saving.error));

  const suggestedSku = suggested.data?.sku;
  useEffect(() => {
    if (suggestedSku) setValues((current) => (current.sku ? current : { ...current, sku: suggestedSku }));
  }, [suggestedSku]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      ...values,
      sku: values.sku.trim(),
      thickness: decimalOrNull(values.thickness),
      unitPrice: decimalOrNull(values.unitPrice),
    };
    saveRecord(product, input, create, update, onDone);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      <div className="form__row">
        {text('sku', 'SKU', { hint: product ? undefined : 'The next free SKU; change it if you like.' })}
        {text('name', 'Name')}
      </div>
      {longText('description', 'Description')}
      <div className="form__row">
        {text('material', 'Material', { placeholder: 'Mild steel' })}
        {decimal('thickness', 'Thickness (mm)', '3.00')}
        {decimal('unitPrice', 'Unit price', '12.50')}
      </div>
      {longText('notes', 'Notes')}
      <FormActions
        submitLabel={product ? 'Save changes' : 'Create product'}
        pending={saving.isPending}
        onCancel={() => onDone()}
      />
    </form>
  );
}
