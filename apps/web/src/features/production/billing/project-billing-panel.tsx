import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { useProductionAccess } from '../access';
import { invoicePath, quotePath } from '../paths';
import { DocumentForm } from './document-form';
import { DocumentTables } from './document-tables';
import { quoteListQuery } from './queries';

/** A project's quotes and invoices, and the buttons that draft new ones. */
export function ProjectBillingPanel({ projectId }: { projectId: string }) {
  const access = useProductionAccess();
  const navigate = useNavigate();
  const [drafting, setDrafting] = useState<'quote' | 'invoice' | null>(null);
  const accepted = useQuery({
    ...quoteListQuery({ projectId, status: 'Accepted', pageSize: 1 }),
    enabled: access.billingView,
  });
  if (!access.billingView) return null;
  const acceptedQuote = accepted.data?.items[0];

  return (
    <section aria-label="Quotes and invoices" className="stack">
      <div className="section-header">
        <h2 className="details-title">Quotes and invoices</h2>
        {access.billing ? (
          <div className="page-header__actions">
            <button type="button" className="button" onClick={() => setDrafting('quote')}>
              New quote
            </button>
            <button type="button" className="button" onClick={() => setDrafting('invoice')}>
              New invoice
            </button>
          </div>
        ) : null}
      </div>
      <DocumentTables owner={{ projectId }} />
      <Dialog title="New quote" open={drafting === 'quote'} onClose={() => setDrafting(null)}>
        <DocumentForm
          kind="quote"
          projectId={projectId}
          onDone={(id) => {
            setDrafting(null);
            if (id) navigate(quotePath(id));
          }}
        />
      </Dialog>
      <Dialog title="New invoice" open={drafting === 'invoice'} onClose={() => setDrafting(null)}>
        <DocumentForm
          kind="invoice"
          projectId={projectId}
          acceptedQuote={acceptedQuote}
          onDone={(id) => {
            setDrafting(null);
            if (id) navigate(invoicePath(id));
          }}
        />
      </Dialog>
    </section>
  );
}
