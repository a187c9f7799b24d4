import { useProductionAccess } from '../access';
import { DocumentTables } from './document-tables';
import './billing.css';

/** A client's quotes and invoices over all its projects (each drafted from its project's page). */
export function ClientBillingPanel({ clientId }: { clientId: string }) {
  const access = useProductionAccess();
  if (!access.billingView) return null;
  return (
    <section aria-label="Quotes and invoices" className="client-billing">
      <h2 className="section-title">Quotes and invoices</h2>
      <DocumentTables owner={{ clientId }} />
    </section>
  );
}
