import type { Certificate, SensorCalibration } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth-session';
import { type Column, DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlFilters } from '../../lib/use-url-filters';
import { CertificateForm } from './certificate-form';
import { DeleteCertificateDialog } from './delete-certificate-dialog';
import { fileSizeText } from '../../lib/file-size';
import { certificateListQuery, sensorCalibrationQuery, useCertificateDownload } from './queries';
import { RecomputeProgress } from './recompute-progress';
import { SensorSelect } from './sensor-select';
import { byUrgency, daysLeftText, dueNotice } from './standing';
import { StandingBadge } from './standing-badge';
import './calibration.css';

const PAGE_SIZE = 25;

const SENSOR_COLUMNS: Column<SensorCalibration>[] = [
  {
    header: 'Sensor',
    cell: (s) => (
      <>
        <strong>{s.sensorName}</strong>
        <div className="muted small">{s.instrumentName}</div>
      </>
    ),
  },
  { header: 'Location', secondary: true, cell: (s) => s.location || '—' },
  {
    header: 'Certificate',
    className: 'nowrap',
    cell: (s) => s.certificateNumber ?? <span className="muted">None</span>,
  },
  {
    header: 'Due',
    className: 'nowrap',
    cell: (s) =>
      s.dueOn ? (
        <>
          {formatCalendarDate(s.dueOn)}
          <div className="muted small">{daysLeftText(s.daysLeft)}</div>
        </>
      ) : (
        '—'
      ),
  },
  { header: 'Standing', cell: (s) => <StandingBadge standing={s.standing} /> },
];

/** What the form dialog is open for: a certificate to fix, or a new one (perhaps for a chosen sensor). */
type Editing = { certificate: Certificate } | { sensorId: string } | null;

/**
 * Calibration of the monitoring sensors: where each stands (most urgent first, with a notice when any is
 * due), the certificates with their correction points and PDFs, and the recomputation a change starts.
 */
export function CalibrationPage() {
  const canManage = useCurrentUser().permissions.includes('calibration.manage');
  const { filters, setFilter, page, setPage } = useUrlFilters({ search: '', sensorId: '' });
  const search = useDebounced(filters.search.trim());
  const sensors = useQuery(sensorCalibrationQuery);
  const certificates = useQuery(
    certificateListQuery({
      search: search || undefined,
      sensorId: filters.sensorId || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const download = useCertificateDownload();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Certificate | null>(null);
  const [watched, setWatched] = useState<string | null>(null);
  const sensorItems = sensors.data?.items ?? [];
  const notice = dueNotice(sensorItems);

  const sensorColumns: Column<SensorCalibration>[] = canManage
    ? [
        ...SENSOR_COLUMNS,
        {
          header: 'Actions',
          hiddenHeader: true,
          className: 'table__actions',
          cell: (s) => (
            <button
              type="button"
              className="button button--small"
              onClick={() => setEditing({ sensorId: s.sensorId })}
            >
              Add certificate<span className="visually-hidden"> for {s.sensorName}</span>
            </button>
          ),
        },
      ]
    : SENSOR_COLUMNS;

  const certificateColumns: Column<Certificate>[] = [
    {
      header: 'Certificate',
      className: 'certificate-list__wide',
      cell: (c) => (
        <>
          <strong>{c.number}</strong>
          <div className="muted small">
            {c.sensorName} · {c.instrumentName}
          </div>
        </>
      ),
    },
    {
      header: 'Valid',
      className: 'certificate-list__wide',
      cell: (c) => (
        <>
          from {formatDateTime(c.validFrom)}
          <div className="muted small">
            {c.validUntil ? `until ${formatDateTime(c.validUntil)}` : 'current'}
          </div>
        </>
      ),
    },
    {
      header: 'Calibrated / due',
      className: 'nowrap',
      cell: (c) => (
        <>
          {formatCalendarDate(c.calibratedOn)}
          <div>due {formatCalendarDate(c.dueOn)}</div>
        </>
      ),
    },
    { header: 'Laboratory', secondary: true, cell: (c) => c.laboratory || '—' },
    {
      header: 'File',
      cell: (c) =>
        c.file ? (
          <button
            type="button"
            className="link-button"
            title={`${c.file.name} (${fileSizeText(c.file.size)})`}
            aria-label={`Download ${c.file.name}`}
            disabled={download.isPending}
            onClick={() => download.mutate(c)}
          >
            PDF
          </button>
        ) : (
          <span className="muted">—</span>
        ),
    },
  ];
  if (canManage)
    certificateColumns.push({
      header: 'Actions',
      hiddenHeader: true,
      className: 'table__actions',
      cell: (c) => (
        <div className="row-actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => setEditing({ certificate: c })}
          >
            Edit<span className="visually-hidden"> {c.number}</span>
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => setDeleting(c)}
          >
            Delete<span className="visually-hidden"> {c.number}</span>
          </button>
        </div>
      ),
    });

  const editingCertificate = editing && 'certificate' in editing ? editing.certificate : undefined;

  return (
    <div className="calibration-page">
      <PageHeader
        title="Calibration"
        description="Each sensor's certificate corrects its readings until the next one; it is due again on its date."
        actions={
          canManage ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing({ sensorId: '' })}
            >
              Add certificate
            </button>
          ) : undefined
        }
      />
      <div className="calibration-top">
        {notice ? (
          <p className="banner banner--warning" role="status">
            {notice}
          </p>
        ) : null}
        <RecomputeProgress
          sensors={sensorItems}
          watchedCertificateId={watched}
          onDismiss={() => setWatched(null)}
        />
        <ErrorBanner error={sensors.error ?? download.error} />
      </div>
      <h2 className="section-title">Sensors</h2>
      <DataTable
        columns={sensorColumns}
        rows={sensors.data ? [...sensorItems].sort(byUrgency) : undefined}
        rowKey={(s) => s.sensorId}
        empty="No active sensors."
      />
      <h2 className="section-title">Certificates</h2>
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search certificates"
          placeholder="Search by number or laboratory"
          value={filters.search}
          onChange={(e) => setFilter('search', e.target.value)}
        />
        <SensorSelect
          label="Sensor"
          emptyLabel="All sensors"
          value={filters.sensorId}
          onChange={(id) => setFilter('sensorId', id)}
        />
      </div>
      <ErrorBanner error={certificates.error} />
      <DataTable
        columns={certificateColumns}
        rows={certificates.data?.items}
        rowKey={(c) => c.id}
        empty={
          search || filters.sensorId
            ? 'No certificates match.'
            : 'No certificates yet: readings are stored as the instruments measure them.'
        }
      />
      {certificates.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={certificates.data.total} onPage={setPage} />
      ) : null}
      <Dialog
        title={editingCertificate ? `Edit certificate ${editingCertificate.number}` : 'Add certificate'}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <CertificateForm
            key={editingCertificate?.id ?? 'new'}
            certificate={editingCertificate}
            sensorId={'sensorId' in editing ? editing.sensorId : undefined}
            onCancel={() => setEditing(null)}
            onSaved={(certificate) => {
              setWatched(certificate.id);
              setEditing(null);
            }}
          />
        ) : null}
      </Dialog>
      <DeleteCertificateDialog certificate={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
