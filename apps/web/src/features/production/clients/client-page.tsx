import type { ClientDetail } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { DetailList } from '../../../components/detail-list';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { formatDate } from '../../../lib/format';
import { useProductionAccess } from '../access';
import { ClientBillingPanel } from '../billing/client-billing-panel';
import { PRODUCTION_PATHS, projectPath } from '../paths';
import { PROJECT_COLUMNS } from '../projects/project-columns';
import { ProjectForm } from '../projects/project-form';
import { clientQuery } from '../queries';
import { MessageHistory } from '../communications/messages-page';
import { ClientForm } from './client-form';
import { DeleteClientDialog } from './delete-client-dialog';
import '../production.css';

const { project, status, material, due, popDeadline, quotedPrice } = PROJECT_COLUMNS;
const COLUMNS = [project, status, material, due, popDeadline, quotedPrice];

function details(client: ClientDetail): [string, ReactNode][] {
  return [
    [
      'Code',
      <span key="code" className="mono">
        {client.code}
      </span>,
    ],
    ['Contact person', client.contactPerson || '—'],
    [
      'Email',
      client.email ? (
        <a key="email" href={`mailto:${client.email}`}>
          {client.email}
        </a>
      ) : (
        '—'
      ),
    ],
    ['Phone', client.phone || '—'],
    [
      'Address',
      <span key="address" className="multiline">
        {client.address || '—'}
      </span>,
    ],
    ['Projects', client.projectCount],
    ['Added', formatDate(client.createdAt)],
  ];
}

/** One client: details, notes, its projects (newest first), its quotes and invoices, and its messages. */
export function ClientPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const access = useProductionAccess();
  const client = useQuery(clientQuery(id));
  const [dialog, setDialog] = useState<'edit' | 'delete' | 'project' | null>(null);

  if (!client.data) {
    return (
      <>
        <PageHeader title="Client" />
        {client.isPending ? <p className="muted">Loading…</p> : <ErrorBanner error={client.error} />}
      </>
    );
  }
  const shown = client.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to={PRODUCTION_PATHS.clients}>Clients</Link>
      </p>
      <PageHeader
        title={shown.name}
        description={[shown.code, shown.contactPerson].filter(Boolean).join(' · ')}
        actions={
          access.manage ? (
            <>
              <button type="button" className="button button--primary" onClick={() => setDialog('project')}>
                New project
              </button>
              <button type="button" className="button" onClick={() => setDialog('edit')}>
                Edit
              </button>
              <button type="button" className="button button--danger" onClick={() => setDialog('delete')}>
                Delete
              </button>
            </>
          ) : undefined
        }
      />
      <div className="stack">
        <DetailList items={details(shown)} />
        {shown.notes ? (
          <section className="card">
            <h2>Notes</h2>
            <p className="multiline">{shown.notes}</p>
          </section>
        ) : null}
      </div>
      <h2 className="section-title">Projects</h2>
      <DataTable
        columns={COLUMNS}
        rows={shown.projects}
        rowKey={(p) => p.id}
        empty="No projects for this client yet."
      />
      <ClientBillingPanel clientId={shown.id} />
      <MessageHistory clientId={shown.id} />
      <Dialog title={`Edit ${shown.name}`} open={dialog === 'edit'} onClose={() => setDialog(null)}>
        <ClientForm client={shown} onSaved={() => setDialog(null)} onCancel={() => setDialog(null)} />
      </Dialog>
      <Dialog
        title={`New project for ${shown.name}`}
        open={dialog === 'project'}
        onClose={() => setDialog(null)}
      >
        <ProjectForm
          clientId={shown.id}
          onSaved={(created) => navigate(projectPath(created.id))}
          onCancel={() => setDialog(null)}
        />
      </Dialog>
      <DeleteClientDialog
        client={dialog === 'delete' ? shown : null}
        onClose={() => setDialog(null)}
        onDeleted={() => navigate(PRODUCTION_PATHS.clients)}
      />
    </>
  );
}
