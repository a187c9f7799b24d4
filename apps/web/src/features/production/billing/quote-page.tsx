import { QUOTE_ACTIONS, type Quote } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { formatCalendarDate, formatDateTime } from '../../../lib/format';
import { useProductionAccess } from '../access';
import { PRODUCTION_PATHS } from '../paths';
import { quotesApi } from './api';
import { DocumentForm } from './document-form';
import { DocumentView } from './document-view';
import { OneFieldForm } from './one-field-form';
import { quoteQuery, useDocumentAction } from './queries';

const allows = (quote: Quote, action: keyof typeof QUOTE_ACTIONS) =>
  QUOTE_ACTIONS[action].from.includes(quote.status);

/** One quote: edit and send a draft, record the client's answer, download the PDF. */
export function QuotePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const access = useProductionAccess();
  const quote = useQuery(quoteQuery(id));
  const action = useDocumentAction();
  const [dialog, setDialog] = useState<'edit' | 'send' | null>(null);

  if (!quote.data)
    return (
      <>
        <PageHeader title="Quote" />
        {quote.isPending ? <p className="muted">Loading…</p> : <ErrorBanner error={quote.error} />}
      </>
    );
  const shown = quote.data;
  const act = (run: () => Promise<unknown>, after?: () => void) => action.mutate(run, { onSuccess: after });
  const draft = shown.status === 'Draft';

  return (
    <>
      <DocumentView
        document={shown}
        kind="Quote"
        breadcrumb={<Link to={PRODUCTION_PATHS.quotes}>Quotes</Link>}
        details={[
          ['Valid until', formatCalendarDate(shown.validUntil)],
          ['Sent', formatDateTime(shown.sentAt)],
          ['Answered', formatDateTime(shown.decidedAt)],
        ]}
        error={dialog ? null : action.error}
        pdf={() => quotesApi.pdf(shown.id)}
        actions={
          access.billing ? (
            <>
              {draft ? (
                <>
                  <button type="button" className="button button--primary" onClick={() => setDialog('send')}>
                    Send to client
                  </button>
                  <button type="button" className="button" onClick={() => setDialog('edit')}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() =>
                      act(
                        () => quotesApi.remove(shown.id),
                        () => navigate(PRODUCTION_PATHS.quotes),
                      )
                    }
                  >
                    Delete draft
                  </button>
                </>
              ) : null}
              {allows(shown, 'accept') ? (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => act(() => quotesApi.accept(shown.id, shown.version))}
                >
                  Accepted by the client
                </button>
              ) : null}
              {allows(shown, 'decline') ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => act(() => quotesApi.decline(shown.id, shown.version))}
                >
                  Declined
                </button>
              ) : null}
            </>
          ) : undefined
        }
      />
      <Dialog title={`Edit ${shown.number}`} open={dialog === 'edit'} onClose={() => setDialog(null)}>
        <DocumentForm kind="quote" projectId={shown.projectId} quote={shown} onDone={() => setDialog(null)} />
      </Dialog>
      <Dialog title={`Send ${shown.number}`} open={dialog === 'send'} onClose={() => setDialog(null)}>
        <OneFieldForm
          label="Send to"
          field="to"
          type="email"
          initial={shown.clientEmail}
          hint="The PDF goes with the email, through the outbox."
          submitLabel="Send quote"
          pending={action.isPending}
          error={action.error}
          onSubmit={(to) =>
            act(
              () => quotesApi.send(shown.id, { to: to || undefined, version: shown.version }),
              () => setDialog(null),
            )
          }
          onCancel={() => setDialog(null)}
        />
      </Dialog>
    </>
  );
}
