import {
  INVENTORY_TRANSACTION_TYPES,
  type InventoryItem,
  type InventoryTransactionType,
  quantityLabel,
} from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { FormActions } from '../../../components/form-actions';
import { localIsoDate } from '../../../lib/format';
import { decimalOrNull } from '../form-values';
import { typedFields } from '../typed-fields';
import { useRecordTransaction } from './queries';
import { stockAfterEntry } from './stock-figures';

const FIELDS = ['type', 'quantity', 'unitCost', 'reference', 'date', 'notes'];

const QUANTITY_LABELS: Record<InventoryTransactionType, string> = {
  Purchase: 'Quantity bought',
  Usage: 'Quantity used',
  Adjustment: 'Change (4 adds, -4 removes)',
  Return: 'Quantity back in stock',
};
const REFERENCE_HINTS: Record<InventoryTransactionType, string> = {
  Purchase: 'PO-12345',
  Usage: 'JB-2025-10-CL0001-001',
  Adjustment: 'Stock count',
  Return: 'JB-2025-10-CL0001-001',
};

interface TransactionFormProps {
  item: InventoryItem;
  type: InventoryTransactionType;
  /** Whether every type may be recorded (managers), or only a usage. */
  anyType: boolean;
  onDone(): void;
}

/**
 * Records a purchase, usage, adjustment or return of an item, showing the stock it would leave as the
 * quantity is typed (and that a usage beyond the stock will be refused). Only a purchase has a price.
 */
export function TransactionForm({ item, type, anyType, onDone }: TransactionFormProps) {
  const recordTransaction = useRecordTransaction();
  const [values, setValues] = useState(() => ({
    type,
    quantity: '',
    unitCost: item.unitCost ?? '',
    reference: '',
    date: localIsoDate(new Date()),
    notes: '',
  }));
  const { text, decimal, date, longText, choice } = typedFields(
    values,
    setValues,
    fieldErrorsOf(recordTransaction.error),
  );
  const entry = stockAfterEntry(item.quantityOnHand, values.type, values.quantity);
  const onHand = quantityLabel(item.quantityOnHand, item.unit);
  const preview = entry
    ? entry.short
      ? `Only ${onHand} on hand: this would leave ${quantityLabel(entry.after, item.unit)}`
      : `On hand after: ${quantityLabel(entry.after, item.unit)} (now ${onHand})`
    : `On hand now: ${onHand}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      type: values.type,
      quantity: decimalOrNull(values.quantity) ?? '',
      unitCost: values.type === 'Purchase' ? decimalOrNull(values.unitCost) : null,
      reference: values.reference,
      date: values.date,
      notes: values.notes,
    };
    recordTransaction.mutate({ id: item.id, input, asUsage: !anyType }, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={`Record a ${values.type.toLowerCase()}`}>
      <ErrorBanner error={formLevelError(recordTransaction.error, FIELDS)} />
      {anyType
        ? choice(
            'type',
            'Type',
            INVENTORY_TRANSACTION_TYPES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            )),
          )
        : null}
      <div className="form__row">
        {decimal(
          'quantity',
          `${QUANTITY_LABELS[values.type]} (${item.unit})`,
          values.type === 'Adjustment' ? '-2' : '10',
        )}
        {values.type === 'Purchase' ? decimal('unitCost', 'Unit cost', '1150.00') : null}
        {date('date', 'Date')}
      </div>
      <p className={`field__hint${entry?.short ? ' field__hint--warning' : ''}`} aria-live="polite">
        {preview}
      </p>
      {text('reference', 'Reference', { placeholder: REFERENCE_HINTS[values.type] })}
      {longText('notes', 'Notes')}
      <FormActions
        submitLabel={`Record ${values.type.toLowerCase()}`}
        pending={recordTransaction.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
