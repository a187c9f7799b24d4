import { SOFTWARE_CATEGORY_LABELS, type SoftwareVersion } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type Column, DataTable } from '../../components/data-table';
import { DetailList } from '../../components/detail-list';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { formatCalendarDate } from '../../lib/format';
import { useFleetAccess } from './access';
import { PackageCell } from './package-cell';
import { FLEET_PATHS } from './paths';
import { deviceTypesQuery, softwareQuery, useDeleteSoftware } from './queries';
import { SoftwareForm } from './software-form';
import { VersionForm } from './version-form';
import './fleet.css';

const linkOrDash = (url: string) =>
  url ? (
    <a className="fleet-url" href={url} target="_blank" rel="noreferrer">
      {url}
    </a>
  ) : (
    '—'
  );

/** One software: its catalogue details and its versions, highest semver first, each with its package. */
export function SoftwareDetailPage() {
  const { id = '' } = useParams();
  const access = useFleetAccess();
  const navigate = useNavigate();
  const detail = useQuery(softwareQuery(id));
  const types = useQuery(deviceTypesQuery);
  const remove = useDeleteSoftware();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const software = detail.data;
  const typeLabel = (code: string) => types.data?.find((type) => type.code === code)?.label ?? code;

  const columns: Column<SoftwareVersion>[] = [
    {
      header: 'Version',
      className: 'nowrap',
      cell: (version) => (
        <>
          <strong className="mono">{version.versionNumber}</strong>{' '}
          <span className={`badge badge--${version.channel === 'stable' ? 'ok' : 'warn'}`}>
            {version.channel === 'stable' ? 'Stable' : 'Beta'}
          </span>
          {version.requiresReboot ? <div className="muted small">Requires a reboot</div> : null}
        </>
      ),
    },
    {
      header: 'Released',
      className: 'nowrap',
      cell: (version) => (version.releasedAt ? formatCalendarDate(version.releasedAt.slice(0, 10)) : '—'),
    },
    {
      header: 'For',
      cell: (version) =>
        version.compatibility.deviceTypes.length === 0
          ? 'Any device type'
          : version.compatibility.deviceTypes.map(typeLabel).join(', '),
    },
    {
      header: 'Release notes',
      secondary: true,
      cell: (version) => version.releaseNotes || <span className="muted">—</span>,
    },
    {
      header: 'Package',
      cell: (version) => <PackageCell version={version} canUpload={access.software} />,
    },
  ];

  return (
    <>
      <p className="breadcrumb">
        <Link to={FLEET_PATHS.software}>Software</Link>
      </p>
      <PageHeader
        title={software?.name ?? 'Software'}
        badge={
          software && !software.active ? <span className="badge badge--muted">Inactive</span> : undefined
        }
        description={
          software
            ? [SOFTWARE_CATEGORY_LABELS[software.category], software.vendor, software.platform]
                .filter(Boolean)
                .join(' · ')
            : undefined
        }
        actions={
          software && access.software ? (
            <>
              <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
                Add version
              </button>
              <button type="button" className="button" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button
                type="button"
                className="button button--ghost"
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(software.id, { onSuccess: () => navigate(FLEET_PATHS.software) })
                }
              >
                Delete
              </button>
            </>
          ) : undefined
        }
      />
      <ErrorBanner error={detail.error ?? remove.error} />
      {software ? (
        <div className="stack">
          <DetailList
            items={[
              ['Latest stable', software.latestStableVersion ?? '—'],
              ['Licence', software.licence || '—'],
              ['Repository', linkOrDash(software.repositoryUrl)],
              ['Documentation', linkOrDash(software.documentationUrl)],
              ['Added by', software.createdBy],
            ]}
          />
          {software.description ? <p>{software.description}</p> : null}
          <section aria-labelledby="software-versions">
            <h2 id="software-versions">Versions</h2>
            <DataTable
              columns={columns}
              rows={software.versions}
              rowKey={(version) => version.id}
              empty="No versions yet."
            />
          </section>
        </div>
      ) : null}
      <Dialog title={`Edit ${software?.name ?? 'software'}`} open={editing} onClose={() => setEditing(false)}>
        {software && editing ? (
          <div key={software.version}>
            <SoftwareForm software={software} onDone={() => setEditing(false)} />
          </div>
        ) : null}
      </Dialog>
      <Dialog title="Add version" open={adding} onClose={() => setAdding(false)}>
        {software && adding ? <VersionForm softwareId={software.id} onDone={() => setAdding(false)} /> : null}
      </Dialog>
    </>
  );
}
