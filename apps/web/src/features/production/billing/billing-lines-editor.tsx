import './billing.css';
import { formatMoney } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import type { Dispatch, SetStateAction } from 'react';
import { productChoicesQuery } from '../products/queries';
import { blankLine, type LineValues, liveTotals } from './line-values';

interface BillingLinesEditorProps {
  lines: LineValues[];
  setLines: Dispatch<SetStateAction<LineValues[]>>;
  currency: string;
  vatRate: string;
  /** The server's messages by path (`lines.1.quantity`). */
  errors: Record<string, string>;
}

/**
 * The lines of a quote or invoice: free text, or a catalogue product (its name and price copied in, both
 * still editable); amounts, subtotal, VAT and total worked out as they are typed.
 */
export function BillingLinesEditor({ lines, setLines, currency, vatRate, errors }: BillingLinesEditorProps) {
  const products = useQuery(productChoicesQuery);
  const totals = liveTotals(lines, vatRate);
  const money = (amount: string | null) => (amount === null ? '—' : formatMoney(amount, currency));
  const change = (key: string, field: keyof LineValues, value: string) =>
    setLines((current) => current.map((line) => (line.key === key ? { ...line, [field]: value } : line)));
  const chooseProduct = (key: string, productId: string) => {
    const product = products.data?.items.find((p) => p.id === productId);
    setLines((current) =>
      current.map((line) =>
        line.key === key
          ? {
              ...line,
              productId,
              description: product ? product.name : line.description,
              unitPrice: product?.unitPrice ?? line.unitPrice,
            }
          : line,
      ),
    );
  };
  const errorOf = (index: number, field: string) => errors[`lines.${index}.${field}`];

  return (
    <div className="billing-lines">
      <table className="table billing-lines__table">
        <thead>
          <tr>
            <th>Product</th>
            <th>Description</th>
            <th className="numeric">Quantity</th>
            <th className="numeric">Unit price</th>
            <th className="numeric">Amount</th>
            <th>
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={line.key}>
              <td>
                <select
                  aria-label={`Product of line ${index + 1}`}
                  value={line.productId}
                  onChange={(e) => chooseProduct(line.key, e.target.value)}
                >
                  <option value="">Free text</option>
                  {products.data?.items.map((product) => (
                    <option key={product.id} value={product.id}>
                      {product.sku} · {product.name}
                    </option>
                  ))}
                </select>
                <LineError message={errorOf(index, 'productId')} />
              </td>
              <LineField
                label={`Description of line ${index + 1}`}
                value={line.description}
                onChange={(value) => change(line.key, 'description', value)}
                error={errorOf(index, 'description')}
              />
              <LineField
                label={`Quantity of line ${index + 1}`}
                numeric
                value={line.quantity}
                onChange={(value) => change(line.key, 'quantity', value)}
                error={errorOf(index, 'quantity')}
              />
              <LineField
                label={`Unit price of line ${index + 1}`}
                numeric
                placeholder="0.00"
                value={line.unitPrice}
                onChange={(value) => change(line.key, 'unitPrice', value)}
                error={errorOf(index, 'unitPrice')}
              />
              <td className="numeric nowrap" data-testid={`line-amount-${index + 1}`}>
                {money(totals.amounts[index])}
              </td>
              <td>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={`Remove line ${index + 1}`}
                  onClick={() => setLines((current) => current.filter((l) => l.key !== line.key))}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <LineError message={errors.lines} />
      <div className="billing-lines__footer">
        <button
          type="button"
          className="button"
          onClick={() => setLines((current) => [...current, blankLine()])}
        >
          Add line
        </button>
        <DocumentFigures currency={currency} vatRate={vatRate} {...totals} />
      </div>
    </div>
  );
}

/** One typed cell of a line (a decimal one right-aligned), with the server's message for it below. */
function LineField({
  label,
  value,
  onChange,
  error,
  numeric = false,
  placeholder,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  numeric?: boolean;
  placeholder?: string;
}) {
  return (
    <td className={numeric ? 'numeric' : undefined}>
      <input
        aria-label={label}
        inputMode={numeric ? 'decimal' : undefined}
        className={numeric ? 'billing-lines__number' : undefined}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <LineError message={error} />
    </td>
  );
}

function LineError({ message }: { message?: string }) {
  return message ? (
    <p className="field__error" role="alert">
      {message}
    </p>
  ) : null;
}

/** Subtotal, VAT and total of a document, right-aligned. */
export function DocumentFigures({
  currency,
  vatRate,
  subtotal,
  vat,
  total,
}: {
  currency: string;
  vatRate: string;
  subtotal: string;
  vat: string;
  total: string;
}) {
  return (
    <dl className="billing-figures" aria-label="Totals">
      <dt>Subtotal</dt>
      <dd>{formatMoney(subtotal, currency)}</dd>
      <dt>VAT ({vatRate.replace(/\.?0+$/, '')} %)</dt>
      <dd>{formatMoney(vat, currency)}</dd>
      <dt className="billing-figures__total">Total</dt>
      <dd className="billing-figures__total" data-testid="document-total">
        {formatMoney(total, currency)}
      </dd>
    </dl>
  );
}
