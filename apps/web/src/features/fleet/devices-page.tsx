import {
  DEVICE_SORTS,
  DEVICE_STATUS_LABELS,
  DEVICE_STATUSES,
  type Device,
  type DeviceStatus,
} from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Column, DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { formatDateTime } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlFilters } from '../../lib/use-url-filters';
import { nextSort } from '../production/sort';
import { useFleetAccess } from './access';
import { DeviceStatusBadge } from './device-badges';
import { DeviceForm } from './device-form';
import { devicePath } from './paths';
import { deviceTypesQuery, devicesQuery, fleetCustomersQuery } from './queries';

const PAGE_SIZE = 25;
type DeviceSort = (typeof DEVICE_SORTS)[number];

const COLUMNS: Column<Device>[] = [
  {
    header: 'Device number',
    sortKey: 'deviceNumber',
    className: 'nowrap',
    cell: (device) => (
      <Link to={devicePath(device.id)} className="strong-link mono">
        {device.deviceNumber}
      </Link>
    ),
  },
  {
    header: 'Type',
    sortKey: 'type',
    cell: (device) => (
      <>
        {device.typeLabel}
        {device.kind ? <div className="muted small">{device.kind}</div> : null}
      </>
    ),
  },
  {
    header: 'Serial number',
    secondary: true,
    className: 'mono',
    cell: (device) => device.serialNumber || '—',
  },
  { header: 'Status', sortKey: 'status', cell: (device) => <DeviceStatusBadge status={device.status} /> },
  {
    header: 'Customer',
    sortKey: 'customer',
    cell: (device) => device.customerName ?? <span className="muted">No customer</span>,
  },
  {
    header: 'Updated',
    sortKey: 'updatedAt',
    secondary: true,
    cell: (device) => formatDateTime(device.updatedAt),
  },
];

/** The customers' devices: filtered by type, status, customer and a search; added here by makers. */
export function DevicesPage() {
  const access = useFleetAccess();
  const navigate = useNavigate();
  const { filters, setFilter, page, setPage } = useUrlFilters({
    q: '',
    type: '',
    status: '',
    customerId: '',
    sort: 'deviceNumber' as DeviceSort,
  });
  const [adding, setAdding] = useState(false);
  const q = useDebounced(filters.q.trim());
  const types = useQuery(deviceTypesQuery);
  const customers = useQuery(fleetCustomersQuery);
  const devices = useQuery(
    devicesQuery({
      q: q || undefined,
      type: filters.type || undefined,
      status: (filters.status || undefined) as DeviceStatus | undefined,
      customerId: filters.customerId || undefined,
      sort: filters.sort,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const filtered = Boolean(q || filters.type || filters.status || filters.customerId);

  return (
    <>
      <PageHeader
        title="Devices"
        description="The customers' mask testers and sensors: their numbers, types, status and configuration."
        actions={
          access.devices ? (
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              Add device
            </button>
          ) : undefined
        }
      />
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search devices"
          placeholder="Search by number, serial number, kind or notes"
          value={filters.q}
          onChange={(e) => setFilter('q', e.target.value)}
        />
        <select aria-label="Type" value={filters.type} onChange={(e) => setFilter('type', e.target.value)}>
          <option value="">Every type</option>
          {(types.data ?? []).map((type) => (
            <option key={type.code} value={type.code}>
              {type.label} ({type.devices})
            </option>
          ))}
        </select>
        <select
          aria-label="Status"
          value={filters.status}
          onChange={(e) => setFilter('status', e.target.value)}
        >
          <option value="">Every status</option>
          {DEVICE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {DEVICE_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <select
          aria-label="Customer"
          value={filters.customerId}
          onChange={(e) => setFilter('customerId', e.target.value)}
        >
          <option value="">Every customer</option>
          {(customers.data ?? []).map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.name} ({customer.devices})
            </option>
          ))}
        </select>
      </div>
      <ErrorBanner error={devices.error} />
      <DataTable
        columns={COLUMNS}
        rows={devices.data?.items}
        rowKey={(device) => device.id}
        empty={filtered ? 'No devices match.' : 'No devices yet.'}
        sort={filters.sort}
        onSort={(key) => setFilter('sort', nextSort(filters.sort, key, DEVICE_SORTS))}
      />
      {devices.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={devices.data.total} onPage={setPage} />
      ) : null}
      <Dialog title="Add device" open={adding} onClose={() => setAdding(false)}>
        {adding ? (
          <DeviceForm
            onDone={(id) => {
              setAdding(false);
              if (id) navigate(devicePath(id));
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}
