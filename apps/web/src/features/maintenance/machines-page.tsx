import { MACHINE_STATUSES, type MachineStatus } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth-session';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlFilters } from '../../lib/use-url-filters';
import { MACHINE_COLUMNS } from './machine-columns';
import { MachineForm } from './machine-form';
import { machineListQuery, machineSummaryQuery, peopleQuery } from './queries';
import { TeamSelect } from './team-select';

const PAGE_SIZE = 25;

const { name, status, place, team, importance, openRequests, activeWarnings } = MACHINE_COLUMNS;
const COLUMNS = [name, status, place, team, importance, openRequests, activeWarnings];

/** The machines with their derived status, filtered by place, team and person. */
export function MachinesPage() {
  const canManage = useCurrentUser().permissions.includes('maintenance.manage');
  const { filters, setFilter, page, setPage } = useUrlFilters({
    q: '',
    status: '' as MachineStatus | '',
    building: '',
    teamId: '',
    personId: '',
  });
  const [adding, setAdding] = useState(false);
  const q = useDebounced(filters.q.trim());
  const machines = useQuery(
    machineListQuery({
      q: q || undefined,
      status: filters.status || undefined,
      building: filters.building || undefined,
      teamId: filters.teamId || undefined,
      personId: filters.personId || undefined,
      archived: 'false',
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const summary = useQuery(machineSummaryQuery);
  const people = useQuery(peopleQuery);

  return (
    <>
      <PageHeader
        title="Machines"
        description="Status comes from the machine's open faults and active warnings."
        actions={
          canManage ? (
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              Add machine
            </button>
          ) : undefined
        }
      />
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search machines"
          placeholder="Search by name or code"
          value={filters.q}
          onChange={(e) => setFilter('q', e.target.value)}
        />
        <select
          aria-label="Status"
          value={filters.status}
          onChange={(e) => setFilter('status', e.target.value as MachineStatus | '')}
        >
          <option value="">All statuses</option>
          {MACHINE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select
          aria-label="Building"
          value={filters.building}
          onChange={(e) => setFilter('building', e.target.value)}
        >
          <option value="">All buildings</option>
          {summary.data?.byBuilding
            .filter(({ building }) => building)
            .map(({ building }) => (
              <option key={building} value={building}>
                {building}
              </option>
            ))}
        </select>
        <TeamSelect
          label="Team"
          emptyLabel="All teams"
          value={filters.teamId}
          onChange={(id) => setFilter('teamId', id)}
        />
        <select
          aria-label="Person"
          value={filters.personId}
          onChange={(e) => setFilter('personId', e.target.value)}
        >
          <option value="">Anyone</option>
          {people.data?.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </select>
      </div>
      <ErrorBanner error={machines.error} />
      <DataTable
        columns={COLUMNS}
        rows={machines.data?.items}
        rowKey={(m) => m.id}
        empty="No machines match."
      />
      {machines.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={machines.data.total} onPage={setPage} />
      ) : null}
      <Dialog title="Add machine" open={adding} onClose={() => setAdding(false)}>
        <MachineForm onDone={() => setAdding(false)} />
      </Dialog>
    </>
  );
}
