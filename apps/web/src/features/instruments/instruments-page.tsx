import type { Instrument, Sensor } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth-session';
import { type Column, DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { CONNECTION_STATE_LABELS } from './connection-state';
import { InstrumentForm } from './instrument-form';
import { KioskLinks } from './kiosk-links';
import { instrumentListQuery, useDeleteInstrument, useRetireInstrument } from './queries';
import { SensorForm } from './sensor-form';

const range = (min: number | null, max: number | null, unit: string) =>
  min === null && max === null ? '—' : `${min ?? '…'} – ${max ?? '…'} ${unit}`;

/** Instruments and their sensors: settings for managers, a read-only list for everyone who may watch. */
export function InstrumentsPage() {
  const user = useCurrentUser();
  const canManage = user.permissions.includes('instruments.manage');
  const instruments = useQuery(instrumentListQuery);
  const retire = useRetireInstrument();
  const remove = useDeleteInstrument();
  const [editing, setEditing] = useState<Instrument | 'new' | null>(null);
  const [editingSensor, setEditingSensor] = useState<Sensor | null>(null);

  const instrumentColumns: Column<Instrument>[] = [
    {
      header: 'Name',
      cell: (i) => (
        <>
          <strong>{i.name}</strong>
          <div className="muted small">{i.location}</div>
        </>
      ),
    },
    {
      header: 'Device',
      cell: (i) =>
        i.driver === 'http-push'
          ? 'HTTP push'
          : `${i.model || 'Fluke 1620A'} ${i.serial} · ${i.host}:${i.port}`,
    },
    {
      header: 'Intervals',
      cell: (i) => `poll ${i.pollIntervalSeconds} s · store ${i.storageIntervalSeconds} s`,
    },
    {
      header: 'State',
      cell: (i) =>
        i.retiredAt ? (
          <span className="badge badge--muted">Retired</span>
        ) : !i.enabled ? (
          <span className="badge badge--muted">Disabled</span>
        ) : i.driver === 'http-push' ? (
          <span className="badge badge--muted">Pushes its readings</span>
        ) : (
          <span className={`badge badge--state-${i.connection.state}`} title={i.connection.lastError ?? ''}>
            {CONNECTION_STATE_LABELS[i.connection.state]}
          </span>
        ),
    },
    {
      header: 'Actions',
      hiddenHeader: true,
      className: 'table__actions',
      cell: (i) =>
        canManage && !i.retiredAt ? (
          <div className="instrument-list__actions">
            <button type="button" className="button button--small" onClick={() => setEditing(i)}>
              Edit<span className="visually-hidden"> {i.name}</span>
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                if (window.confirm(`Retire ${i.name}? It stops being polled for good; its history stays.`))
                  retire.mutate(i.id);
              }}
            >
              Retire<span className="visually-hidden"> {i.name}</span>
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => {
                if (
                  window.confirm(
                    `Delete ${i.name}? Only an instrument with no stored readings can be deleted.`,
                  )
                ) {
                  remove.mutate(i.id);
                }
              }}
            >
              Delete<span className="visually-hidden"> {i.name}</span>
            </button>
          </div>
        ) : null,
    },
  ];

  const sensors = (instruments.data?.items ?? []).flatMap((instrument) =>
    instrument.sensors.map((sensor) => ({ ...sensor, instrumentName: instrument.name })),
  );
  const sensorColumns: Column<(typeof sensors)[number]>[] = [
    { header: 'Sensor', cell: (s) => <strong>{s.name}</strong> },
    { header: 'Instrument', cell: (s) => `${s.instrumentName} · channel ${s.channel}` },
    { header: 'Location', cell: (s) => s.location || '—' },
    {
      header: 'Temperature limits',
      cell: (s) => range(s.limits.temperatureMin, s.limits.temperatureMax, '°C'),
    },
    { header: 'Humidity limits', cell: (s) => range(s.limits.humidityMin, s.limits.humidityMax, '%RH') },
    { header: 'Status', cell: (s) => (s.active ? 'Active' : 'Inactive') },
    {
      header: 'Actions',
      hiddenHeader: true,
      className: 'table__actions',
      cell: (s) =>
        canManage ? (
          <button type="button" className="button button--small" onClick={() => setEditingSensor(s)}>
            Edit<span className="visually-hidden"> {s.name}</span>
          </button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title="Instruments"
        description="The instruments polled by the server, and their sensors' names, places and limits."
        actions={
          canManage ? (
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              Add instrument
            </button>
          ) : undefined
        }
      />
      <ErrorBanner error={instruments.error ?? retire.error ?? remove.error} />
      <DataTable
        columns={instrumentColumns}
        rows={instruments.data?.items}
        rowKey={(i) => i.id}
        empty="No instruments yet."
      />
      <h2 className="section-title">Sensors</h2>
      <DataTable
        columns={sensorColumns}
        rows={instruments.data ? sensors : undefined}
        rowKey={(s) => s.id}
        empty="No sensors."
      />
      {canManage ? <KioskLinks /> : null}
      <Dialog
        title={editing === 'new' ? 'Add instrument' : `Edit ${editing?.name ?? ''}`}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <InstrumentForm
            key={editing === 'new' ? 'new' : editing.id}
            instrument={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
      <Dialog
        title={`Edit ${editingSensor?.name ?? 'sensor'}`}
        open={editingSensor !== null}
        onClose={() => setEditingSensor(null)}
      >
        {editingSensor ? (
          <SensorForm key={editingSensor.id} sensor={editingSensor} onDone={() => setEditingSensor(null)} />
        ) : null}
      </Dialog>
    </>
  );
}
