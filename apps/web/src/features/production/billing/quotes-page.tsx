import { QUOTE_STATUSES } from '@factoryops/contracts';
import { quotePath } from '../paths';
import { DocumentListPage } from './document-list';
import { quoteListQuery } from './queries';

/** Every quote, newest first. */
export function QuotesPage() {
  return (
    <DocumentListPage
      title="Quotes"
      description="Quotes sent to clients with their PDF; accepting one approves its project for the proof of payment."
      statuses={QUOTE_STATUSES}
      query={quoteListQuery}
      pathOf={quotePath}
      dateColumn={{ header: 'Valid until', day: (quote) => quote.validUntil }}
    />
  );
}
