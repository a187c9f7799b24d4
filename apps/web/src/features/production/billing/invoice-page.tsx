import { INVOICE_ACTIONS, type Invoice } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { formatCalendarDate, formatDateTime } from '../../../lib/format';
import { useProductionAccess } from '../access';
import { invoicePath, PRODUCTION_PATHS, quotePath } from '../paths';
import { invoicesApi } from './api';
import { DocumentForm } from './document-form';
import { DocumentView } from './document-view';
import { OneFieldForm } from './one-field-form';
import { invoiceQuery, useDocumentAction } from './queries';

const allows = (invoice: Invoice, action: keyof typeof INVOICE_ACTIONS) =>
  INVOICE_ACTIONS[action].from.includes(invoice.status);

type InvoiceDialog = 'edit' | 'send' | 'pay' | 'cancel' | 'replace';

const linkTo = (id: string | null, number: string | null, path: (id: string) => string) =>
  id && number ? (
    <Link key={id} to={path(id)} className="mono">
      {number}
    </Link>
  ) : (
    '—'
  );

/** One invoice: edit and send a draft, record the payment, cancel or replace it, download the PDF. */
export function InvoicePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const access = useProductionAccess();
  const invoice = useQuery(invoiceQuery(id));
  const action = useDocumentAction();
  const [dialog, setDialog] = useState<InvoiceDialog | null>(null);

  if (!invoice.data)
    return (
      <>
        <PageHeader title="Invoice" />
        {invoice.isPending ? <p className="muted">Loading…</p> : <ErrorBanner error={invoice.error} />}
      </>
    );
  const shown = invoice.data;
  const act = (run: () => Promise<unknown>, after?: (result: unknown) => void) =>
    action.mutate(run, {
      onSuccess: (result) => {
        setDialog(null);
        after?.(result);
      },
    });
  const button = (label: string, to: InvoiceDialog, primary = false) => (
    <button
      type="button"
      className={`button${primary ? ' button--primary' : ''}`}
      onClick={() => setDialog(to)}
    >
      {label}
    </button>
  );
  const oneField = (props: Omit<Parameters<typeof OneFieldForm>[0], 'pending' | 'error' | 'onCancel'>) => (
    <OneFieldForm
      {...props}
      pending={action.isPending}
      error={action.error}
      onCancel={() => setDialog(null)}
    />
  );

  return (
    <>
      <DocumentView
        document={shown}
        kind="Invoice"
        breadcrumb={<Link to={PRODUCTION_PATHS.invoices}>Invoices</Link>}
        details={[
          ['Issued', formatCalendarDate(shown.issueDate)],
          ['Due', formatCalendarDate(shown.dueDate)],
          ['Paid', formatCalendarDate(shown.paidOn)],
          ['Sent', formatDateTime(shown.sentAt)],
          ['From quote', linkTo(shown.quoteId, shown.quoteNumber, quotePath)],
          ['Replaces', linkTo(shown.replacesId, shown.replacesNumber, invoicePath)],
          ['Replaced by', linkTo(shown.replacedById, shown.replacedByNumber, invoicePath)],
          ...(shown.status === 'Cancelled'
            ? ([['Cancelled because', shown.cancelReason]] as [string, string][])
            : []),
        ]}
        error={dialog ? null : action.error}
        pdf={() => invoicesApi.pdf(shown.id)}
        actions={
          access.billing ? (
            <>
              {allows(shown, 'send') ? button('Send to client', 'send', true) : null}
              {shown.status === 'Draft' ? button('Edit', 'edit') : null}
              {allows(shown, 'pay') ? button('Mark paid', 'pay', true) : null}
              {allows(shown, 'replace') ? button('Cancel and replace', 'replace') : null}
              {allows(shown, 'cancel') ? button('Cancel', 'cancel') : null}
            </>
          ) : undefined
        }
      />
      <Dialog title={`Edit ${shown.number}`} open={dialog === 'edit'} onClose={() => setDialog(null)}>
        <DocumentForm
          kind="invoice"
          projectId={shown.projectId}
          invoice={shown}
          onDone={() => setDialog(null)}
        />
      </Dialog>
      <Dialog title={`Send ${shown.number}`} open={dialog === 'send'} onClose={() => setDialog(null)}>
        {oneField({
          label: 'Send to',
          field: 'to',
          type: 'email',
          initial: shown.clientEmail,
          hint: 'The PDF goes with the email, through the outbox. Once sent, the invoice is never changed.',
          submitLabel: 'Send invoice',
          onSubmit: (to) =>
            act(() => invoicesApi.send(shown.id, { to: to || undefined, version: shown.version })),
        })}
      </Dialog>
      <Dialog title={`${shown.number} paid`} open={dialog === 'pay'} onClose={() => setDialog(null)}>
        {oneField({
          label: 'Paid on',
          field: 'paidOn',
          type: 'date',
          submitLabel: 'Mark paid',
          hint: 'Left empty: today.',
          onSubmit: (paidOn) =>
            act(() => invoicesApi.pay(shown.id, { paidOn: paidOn || undefined, version: shown.version })),
        })}
      </Dialog>
      <Dialog title={`Cancel ${shown.number}`} open={dialog === 'cancel'} onClose={() => setDialog(null)}>
        {oneField({
          label: 'Why is it cancelled?',
          field: 'reason',
          submitLabel: 'Cancel invoice',
          hint: 'It keeps its number; the reason stays on it and in the audit log.',
          onSubmit: (reason) => act(() => invoicesApi.cancel(shown.id, { reason, version: shown.version })),
        })}
      </Dialog>
      <Dialog title={`Replace ${shown.number}`} open={dialog === 'replace'} onClose={() => setDialog(null)}>
        {oneField({
          label: 'Why is it replaced?',
          field: 'reason',
          submitLabel: 'Cancel and open the replacement',
          hint: 'This invoice is cancelled; a draft copy opens under the next number, to correct and send.',
          onSubmit: (reason) =>
            act(
              () => invoicesApi.replace(shown.id, { reason, version: shown.version }),
              (result) => navigate(invoicePath((result as { replacement: Invoice }).replacement.id)),
            ),
        })}
      </Dialog>
    </>
  );
}
