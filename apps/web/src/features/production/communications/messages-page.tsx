import { type Communication, MESSAGE_STATUSES } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { useDebounced } from '../../../lib/use-debounced';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useProductionAccess } from '../access';
import { PRODUCTION_PATHS } from '../paths';
import { MessageCompose } from './message-compose';
import './communications.css';
import { MessageTable, MessageView } from './message-table';
import { communicationListQuery } from './queries';

const PAGE_SIZE = 25;

/**
 * The two dialogs of a list of messages — writing one (about the client or project of the page, if any)
 * and reading one — with what opens them.
 */
function useMessageDialogs(about: { clientId?: string; projectId?: string } = {}) {
  const [writing, setWriting] = useState(false);
  const [open, setOpen] = useState<Communication | null>(null);
  const dialogs = (
    <>
      <Dialog title="Write a message" open={writing} onClose={() => setWriting(false)}>
        <MessageCompose {...about} onDone={() => setWriting(false)} />
      </Dialog>
      <Dialog title="Message" open={open !== null} onClose={() => setOpen(null)}>
        {open ? <MessageView message={open} /> : null}
      </Dialog>
    </>
  );
  return { write: () => setWriting(true), read: setOpen, dialogs };
}

/** A client's or project's messages, and a button that writes them one: on their pages. */
export function MessageHistory({ clientId, projectId }: { clientId?: string; projectId?: string }) {
  const access = useProductionAccess();
  const { write, read, dialogs } = useMessageDialogs({ clientId, projectId });
  const messages = useQuery({
    ...communicationListQuery({ clientId, projectId, pageSize: 50 }),
    enabled: access.messagesView,
  });
  if (!access.messagesView) return null;
  return (
    <section aria-label="Messages" className="stack">
      <div className="section-header">
        <h2 className="details-title">Messages</h2>
        {access.messages ? (
          <button type="button" className="button" onClick={write}>
            Write message
          </button>
        ) : null}
      </div>
      <ErrorBanner error={messages.error} />
      <MessageTable
        messages={messages.data?.items}
        without={projectId ? 'project' : 'client'}
        empty="No messages yet."
        onOpen={read}
      />
      {dialogs}
    </section>
  );
}

/** Every message sent to clients, by people and by the automations, with its delivery. */
export function MessagesPage() {
  const access = useProductionAccess();
  const { filters, setFilter, page, setPage } = useUrlFilters({ status: '', q: '' });
  const q = useDebounced(filters.q);
  const messages = useQuery(
    communicationListQuery({
      status: (filters.status || undefined) as Communication['status'] | undefined,
      q: q || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const { write, read, dialogs } = useMessageDialogs();

  return (
    <>
      <PageHeader
        title="Messages"
        description="Emails to clients — written here, sent with a quote or invoice, or by the automations — and whether they arrived."
        actions={
          <>
            <Link className="button" to={PRODUCTION_PATHS.messageTemplates}>
              Templates
            </Link>
            {access.messages ? (
              <button type="button" className="button button--primary" onClick={write}>
                Write message
              </button>
            ) : null}
          </>
        }
      />
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search messages"
          placeholder="Recipient, subject, client or project code"
          value={filters.q}
          onChange={(e) => setFilter('q', e.target.value)}
        />
        <select
          aria-label="Status"
          value={filters.status}
          onChange={(e) => setFilter('status', e.target.value)}
        >
          <option value="">Every status</option>
          {MESSAGE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </div>
      <ErrorBanner error={messages.error} />
      <MessageTable messages={messages.data?.items} empty="No messages match." onOpen={read} />
      <Pager page={page} pageSize={PAGE_SIZE} total={messages.data?.total ?? 0} onPage={setPage} />
      {dialogs}
    </>
  );
}
