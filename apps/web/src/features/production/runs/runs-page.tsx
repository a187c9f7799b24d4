import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { DateRangeFilter } from '../../../components/date-range-filter';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { useDebounced } from '../../../lib/use-debounced';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useProductionAccess } from '../access';
import { operatorListQuery } from '../queries';
import { laserRunListQuery } from './queries';
import { RUN_COLUMNS } from './run-columns';
import { RunForm } from './run-form';

const PAGE_SIZE = 25;
const COLUMNS = Object.values(RUN_COLUMNS);

/** Every laser run, newest first, by date range, operator and material; "Log run" for operators. */
export function RunsPage() {
  const access = useProductionAccess();
  const { filters, setFilter, page, setPage } = useUrlFilters({
    from: '',
    to: '',
    operatorId: '',
    material: '',
  });
  const [logging, setLogging] = useState(false);
  const material = useDebounced(filters.material.trim());
  const operators = useQuery(operatorListQuery({}));
  const runs = useQuery(
    laserRunListQuery({
      from: filters.from || undefined,
      to: filters.to || undefined,
      operatorId: filters.operatorId || undefined,
      material: material || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );

  return (
    <>
      <PageHeader
        title="Laser runs"
        description="What was cut, by whom, and how the time compared with the estimate."
        actions={
          access.record ? (
            <button type="button" className="button button--primary" onClick={() => setLogging(true)}>
              Log run
            </button>
          ) : undefined
        }
      />
      <div className="toolbar">
        <DateRangeFilter
          from={filters.from}
          to={filters.to}
          onChange={(bound, value) => setFilter(bound, value)}
        />
        <select
          aria-label="Operator"
          value={filters.operatorId}
          onChange={(e) => setFilter('operatorId', e.target.value)}
        >
          <option value="">All operators</option>
          {operators.data?.items.map((operator) => (
            <option key={operator.id} value={operator.id}>
              {operator.name}
            </option>
          ))}
        </select>
        <input
          type="search"
          aria-label="Material"
          placeholder="Material"
          value={filters.material}
          onChange={(e) => setFilter('material', e.target.value)}
        />
      </div>
      <ErrorBanner error={runs.error} />
      <DataTable columns={COLUMNS} rows={runs.data?.items} rowKey={(run) => run.id} empty="No runs match." />
      {runs.data ? <Pager page={page} pageSize={PAGE_SIZE} total={runs.data.total} onPage={setPage} /> : null}
      <Dialog title="Log a laser run" open={logging} onClose={() => setLogging(false)}>
        {logging ? <RunForm onDone={() => setLogging(false)} /> : null}
      </Dialog>
    </>
  );
}
