import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DetailList } from '../../components/detail-list';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { useFleetAccess } from './access';
import { DeviceStatusBadge } from './device-badges';
import { DeviceForm } from './device-form';
import { FLEET_PATHS } from './paths';
import { deviceQuery, useDeleteDevice } from './queries';
import './fleet.css';

/** One device: its details and its configuration (read-only here; edited with its type's template). */
export function DevicePage() {
  const { id = '' } = useParams();
  const access = useFleetAccess();
  const navigate = useNavigate();
  const detail = useQuery(deviceQuery(id));
  const remove = useDeleteDevice();
  const [editing, setEditing] = useState(false);
  const device = detail.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to={FLEET_PATHS.devices}>Devices</Link>
      </p>
      <PageHeader
        title={device ? device.deviceNumber : 'Device'}
        badge={device ? <DeviceStatusBadge status={device.status} /> : undefined}
        description={device ? [device.typeLabel, device.kind].filter(Boolean).join(' · ') : undefined}
        actions={
          device && access.devices ? (
            <>
              <button type="button" className="button" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button
                type="button"
                className="button button--ghost"
                disabled={remove.isPending}
                onClick={() => remove.mutate(device.id, { onSuccess: () => navigate(FLEET_PATHS.devices) })}
              >
                Delete
              </button>
            </>
          ) : undefined
        }
      />
      <ErrorBanner error={detail.error ?? remove.error} />
      {device ? (
        <div className="stack">
          <DetailList
            items={[
              ['Type', device.typeLabel],
              ['Kind', device.kind || '—'],
              [
                'Serial number',
                <span key="serial" className="mono">
                  {device.serialNumber || '—'}
                </span>,
              ],
              ['Customer', device.customerName ?? 'No customer'],
              ['Added', formatDateTime(device.createdAt)],
              ['Last changed', formatDateTime(device.updatedAt)],
            ]}
          />
          {device.notes ? (
            <section className="card">
              <h2>Notes</h2>
              <p>{device.notes}</p>
            </section>
          ) : null}
          <section className="card" aria-labelledby="device-configuration">
            <h2 id="device-configuration">Configuration</h2>
            {Object.keys(device.configuration).length === 0 ? (
              <p className="muted">No configuration yet.</p>
            ) : (
              <pre className="fleet-json">{JSON.stringify(device.configuration, null, 2)}</pre>
            )}
          </section>
        </div>
      ) : null}
      <Dialog
        title={`Edit ${device?.deviceNumber ?? 'device'}`}
        open={editing}
        onClose={() => setEditing(false)}
      >
        {device && editing ? (
          <div key={device.version}>
            <DeviceForm device={device} onDone={() => setEditing(false)} />
          </div>
        ) : null}
      </Dialog>
    </>
  );
}
