import type { Invoice, Quote, QuoteSummary } from '@factoryops/contracts';
import { formatMoney } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { FormActions } from '../../../components/form-actions';
import { siteQuery } from '../../history/queries';
import { typedFields } from '../typed-fields';
import { BillingLinesEditor } from './billing-lines-editor';
import { blankLine, type LineValues, lineInputs, linesFrom } from './line-values';
import { useCreateInvoice, useCreateQuote, useUpdateInvoice, useUpdateQuote } from './queries';

const FIELDS = ['lines', 'validUntil', 'issueDate', 'dueDate', 'notes'];

type DocumentFormProps = { projectId: string; onDone(id?: string): void } & (
  | { kind: 'quote'; quote?: Quote }
  | { kind: 'invoice'; invoice?: Invoice; acceptedQuote?: QuoteSummary }
);

/**
 * Drafts a quote or an invoice of a project, or edits a draft: its lines with live amounts, its dates
 * (empty: the server's defaults — valid 30 days, due 30 days after issue) and notes. A new invoice of a
 * project with an accepted quote bills that quote unless other lines are entered.
 */
export function DocumentForm(props: DocumentFormProps) {
  const site = useQuery(siteQuery);
  const existing = props.kind === 'quote' ? props.quote : props.invoice;
  const acceptedQuote = props.kind === 'invoice' && !existing ? props.acceptedQuote : undefined;
  const [fromQuote, setFromQuote] = useState(Boolean(acceptedQuote));
  const [lines, setLines] = useState<LineValues[]>(() =>
    existing ? linesFrom(existing.lines) : [blankLine()],
  );
  const [values, setValues] = useState(() => ({
    validUntil: props.kind === 'quote' ? (props.quote?.validUntil ?? '') : '',
    issueDate: props.kind === 'invoice' ? (props.invoice?.issueDate ?? '') : '',
    dueDate: props.kind === 'invoice' ? (props.invoice?.dueDate ?? '') : '',
    notes: existing?.notes ?? '',
  }));
  const createQuote = useCreateQuote();
  const updateQuote = useUpdateQuote();
  const createInvoice = useCreateInvoice();
  const updateInvoice = useUpdateInvoice();
  const saving =
    props.kind === 'quote'
      ? existing
        ? updateQuote
        : createQuote
      : existing
        ? updateInvoice
        : createInvoice;
  const errors = fieldErrorsOf(saving.error);
  const { date, longText } = typedFields(values, setValues, errors);
  const optional = (day: string) => day || undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    const entered = fromQuote ? undefined : lineInputs(lines);
    const done = (document: { id: string }) => props.onDone(existing ? undefined : document.id);
    if (props.kind === 'quote') {
      const input = {
        lines: lineInputs(lines),
        validUntil: optional(values.validUntil),
        notes: values.notes,
      };
      if (props.quote)
        updateQuote.mutate(
          { id: props.quote.id, input: { ...input, version: props.quote.version } },
          { onSuccess: done },
        );
      else createQuote.mutate({ ...input, projectId: props.projectId }, { onSuccess: done });
      return;
    }
    const input = {
      issueDate: optional(values.issueDate),
      dueDate: optional(values.dueDate),
      notes: values.notes,
    };
    if (props.invoice)
      updateInvoice.mutate(
        { id: props.invoice.id, input: { ...input, lines: entered, version: props.invoice.version } },
        { onSuccess: done },
      );
    else createInvoice.mutate({ ...input, lines: entered, projectId: props.projectId }, { onSuccess: done });
  }

  if (!site.data) return <p className="muted">Loading…</p>;
  const vatRate = existing?.vatRate ?? site.data.vatRate;
  const currency = existing?.currency ?? site.data.currency;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      {acceptedQuote ? (
        <fieldset className="form__choices">
          <legend>Lines</legend>
          <label>
            <input type="radio" name="lines-from" checked={fromQuote} onChange={() => setFromQuote(true)} />
            Bill the accepted quote {acceptedQuote.number} (
            {formatMoney(acceptedQuote.total, acceptedQuote.currency)})
          </label>
          <label>
            <input type="radio" name="lines-from" checked={!fromQuote} onChange={() => setFromQuote(false)} />
            Enter the lines
          </label>
        </fieldset>
      ) : null}
      {fromQuote ? (
        errors.lines ? (
          <p className="field__error">{errors.lines}</p>
        ) : null
      ) : (
        <BillingLinesEditor
          lines={lines}
          setLines={setLines}
          currency={currency}
          vatRate={vatRate}
          errors={errors}
        />
      )}
      <div className="form__row">
        {props.kind === 'quote' ? (
          date('validUntil', 'Valid until')
        ) : (
          <>
            {date('issueDate', 'Issue date')}
            {date('dueDate', 'Due date')}
          </>
        )}
      </div>
      <p className="field__hint">
        {props.kind === 'quote'
          ? 'Left empty: valid for 30 days from today.'
          : 'Left empty: issued today, due 30 days later.'}
      </p>
      {longText('notes', 'Notes (printed on the document)')}
      <FormActions
        submitLabel={existing ? 'Save changes' : props.kind === 'quote' ? 'Create quote' : 'Create invoice'}
        pending={saving.isPending}
        onCancel={() => props.onDone()}
      />
    </form>
  );
}
