import type { ProjectDetail } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../../components/detail-list';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { formatCalendarDate, formatDateTime } from '../../../lib/format';
import { useProductionAccess } from '../access';
import { clientPath, PRODUCTION_PATHS } from '../paths';
import { projectQuery } from '../queries';
import { ProjectStatusBadges } from '../status-badges';
import { DesignFilesPanel } from '../design-files/design-files-panel';
import { projectFilesQuery } from '../design-files/queries';
import { ProjectBillingPanel } from '../billing/project-billing-panel';
import { MessageHistory } from '../communications/messages-page';
import { ProjectProductsPanel } from '../products/project-products-panel';
import { EfficiencyText } from '../runs/run-columns';
import { PopForm } from './pop-form';
import { ProjectForm } from './project-form';
import { canMarkPop } from './project-status';
import { ProjectStatusControl } from './project-status-control';
import '../production.css';

const orDash = (value: string | number | null) => (value === null || value === '' ? '—' : value);
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

function groups(project: ProjectDetail): { title: string; items: [string, ReactNode][] }[] {
  return [
    {
      title: 'Project',
      items: [
        [
          'Code',
          <span key="code" className="mono">
            {project.code}
          </span>,
        ],
        [
          'Client',
          <Link key="client" to={clientPath(project.clientId)}>
            {project.clientName} ({project.clientCode})
          </Link>,
        ],
        ['On hold', yesNo(project.onHold)],
        ['Client notified', project.clientNotified ? formatDateTime(project.clientNotifiedAt, 'Yes') : 'No'],
      ],
    },
    {
      title: 'Dates',
      items: [
        ['Quote date', formatCalendarDate(project.quoteDate)],
        ['Approval date', formatCalendarDate(project.approvalDate)],
        ['Due date', formatCalendarDate(project.dueDate)],
        ['Scheduled cut date', formatCalendarDate(project.scheduledCutDate)],
        ['Completion date', formatCalendarDate(project.completionDate)],
      ],
    },
    {
      title: 'Proof of payment',
      items: [
        ['POP received', project.popReceived ? formatCalendarDate(project.popReceivedOn) : 'No'],
        ['POP deadline', formatCalendarDate(project.popDeadline)],
      ],
    },
    {
      title: 'Price',
      items: [
        ['Quoted price', orDash(project.quotedPrice)],
        ['Final price', orDash(project.finalPrice)],
      ],
    },
    {
      title: 'Material and cutting',
      items: [
        ['Material', orDash(project.materialType)],
        ['Thickness', project.materialThickness ? `${project.materialThickness} mm` : '—'],
        ['Sheets', orDash(project.sheets)],
        ['Parts', orDash(project.parts)],
        ['Estimated cut', project.estimatedCutMinutes === null ? '—' : `${project.estimatedCutMinutes} min`],
        ['Cut so far', `${project.actualCutMinutes} min`],
        ['Efficiency', <EfficiencyText key="efficiency" efficiency={project.efficiency} />],
        ['Drawing', project.drawingMinutes === null ? '—' : `${project.drawingMinutes} min`],
        ['Bins', orDash(project.bins)],
      ],
    },
  ];
}

/** One project: its fields, its status (changed only as the lifecycle allows) and its proof of payment. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const access = useProductionAccess();
  const project = useQuery(projectQuery(id));
  const files = useQuery(projectFilesQuery(id));
  const [dialog, setDialog] = useState<'edit' | 'pop' | null>(null);

  if (!project.data) {
    return (
      <>
        <PageHeader title="Project" />
        {project.isPending ? <p className="muted">Loading…</p> : <ErrorBanner error={project.error} />}
      </>
    );
  }
  const shown = project.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to={PRODUCTION_PATHS.projects}>Projects</Link>
      </p>
      <PageHeader
        title={shown.name}
        badge={<ProjectStatusBadges project={shown} />}
        description={`${shown.code} · ${shown.clientName}`}
        actions={
          access.manage ? (
            <>
              {canMarkPop(shown) ? (
                <button type="button" className="button button--primary" onClick={() => setDialog('pop')}>
                  Mark POP received
                </button>
              ) : null}
              <button type="button" className="button" onClick={() => setDialog('edit')}>
                Edit
              </button>
            </>
          ) : undefined
        }
      />
      <div className="production-detail">
        <div className="stack">
          {shown.description ? <p className="multiline">{shown.description}</p> : null}
          {groups(shown).map((group) => (
            <section key={group.title} aria-label={group.title}>
              <h2 className="details-title">{group.title}</h2>
              <DetailList items={group.items} />
            </section>
          ))}
          <ProjectProductsPanel projectId={shown.id} />
          <ProjectBillingPanel projectId={shown.id} />
          <MessageHistory clientId={shown.clientId} projectId={shown.id} />
          <DesignFilesPanel owner={{ kind: 'projects', id: shown.id }} files={files.data?.items} />
        </div>
        <aside className="stack">
          {access.manage ? <ProjectStatusControl key={shown.version} project={shown} /> : null}
          {shown.popReceived ? (
            <p className="card">
              Its cutting is scheduled, started and completed in the{' '}
              <Link to={PRODUCTION_PATHS.queue}>production queue</Link>.
            </p>
          ) : null}
        </aside>
      </div>
      <Dialog title={`Edit ${shown.code}`} open={dialog === 'edit'} onClose={() => setDialog(null)}>
        <ProjectForm project={shown} onSaved={() => setDialog(null)} onCancel={() => setDialog(null)} />
      </Dialog>
      <Dialog
        title={`Proof of payment for ${shown.code}`}
        open={dialog === 'pop'}
        onClose={() => setDialog(null)}
      >
        <PopForm project={shown} onClose={() => setDialog(null)} />
      </Dialog>
    </>
  );
}
