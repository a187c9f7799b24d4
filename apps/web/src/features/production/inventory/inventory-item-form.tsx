import {
  INVENTORY_CATEGORIES,
  INVENTORY_UNITS,
  type InventoryCategory,
  type InventoryItem,
  type InventoryUnit,
} from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { FormActions } from '../../../components/form-actions';
import { decimalOrNull, inputText } from '../form-values';
import { saveRecord } from '../save-record';
import { typedFields } from '../typed-fields';
import { useCreateInventoryItem, useUpdateInventoryItem } from './queries';

const FIELDS = [
  'code',
  'name',
  'category',
  'unit',
  'materialType',
  'thickness',
  'reorderLevel',
  'reorderQuantity',
  'unitCost',
  'supplierName',
  'supplierContact',
  'location',
  'notes',
];

const options = (values: readonly string[]) =>
  values.map((value) => (
    <option key={value} value={value}>
      {value}
    </option>
  ));

/**
 * Adds a stock item (without stock: a purchase brings it) or edits one with the version seen. The stock
 * on hand is not here: only transactions change it.
 */
export function InventoryItemForm({ item, onDone }: { item?: InventoryItem; onDone(id?: string): void }) {
  const create = useCreateInventoryItem();
  // The item as the form opened with it: its version is the one seen, whatever the page refetches meanwhile.
  const [seen] = useState(item);
  const update = useUpdateInventoryItem();
  const [values, setValues] = useState(() => ({
    code: item?.code ?? '',
    name: item?.name ?? '',
    category: item?.category ?? ('Raw Material' as InventoryCategory),
    unit: item?.unit ?? ('sheets' as InventoryUnit),
    materialType: item?.materialType ?? '',
    thickness: inputText(item?.thickness),
    reorderLevel: inputText(item?.reorderLevel) || '0',
    reorderQuantity: inputText(item?.reorderQuantity),
    unitCost: inputText(item?.unitCost),
    supplierName: item?.supplierName ?? '',
    supplierContact: item?.supplierContact ?? '',
    location: item?.location ?? '',
    notes: item?.notes ?? '',
  }));
  const saving = item ? update : create;
  const { text, decimal, longText, choice } = typedFields(values, setValues, fieldErrorsOf(saving.error));

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      ...values,
      code: values.code.trim(),
      thickness: decimalOrNull(values.thickness),
      reorderLevel: decimalOrNull(values.reorderLevel) ?? '0',
      reorderQuantity: decimalOrNull(values.reorderQuantity),
      unitCost: decimalOrNull(values.unitCost),
    };
    saveRecord(seen, input, create, update, onDone);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      <div className="form__row">
        {text('code', 'Item code', { placeholder: 'MS-3-2500X1250' })}
        {text('name', 'Name', { placeholder: 'Mild steel sheet 3 mm 2500×1250' })}
      </div>
      <div className="form__row">
        {choice('category', 'Category', options(INVENTORY_CATEGORIES))}
        {choice('unit', 'Unit', options(INVENTORY_UNITS))}
      </div>
      <div className="form__row">
        {text('materialType', 'Material', { placeholder: 'Mild steel' })}
        {decimal('thickness', 'Thickness (mm)', '3.00')}
      </div>
      <p className="field__hint">
        A laser run of this material and thickness takes its sheets from an item counted in sheets.
      </p>
      <div className="form__row">
        {decimal('reorderLevel', 'Reorder level', '10')}
        {decimal('reorderQuantity', 'Reorder quantity', '50')}
        {decimal('unitCost', 'Unit cost', '1150.00')}
      </div>
      <div className="form__row">
        {text('supplierName', 'Supplier')}
        {text('supplierContact', 'Supplier contact')}
        {text('location', 'Location', { placeholder: 'Rack A' })}
      </div>
      {longText('notes', 'Notes')}
      <FormActions
        submitLabel={item ? 'Save changes' : 'Add item'}
        pending={saving.isPending}
        onCancel={() => onDone()}
      />
    </form>
  );
}
