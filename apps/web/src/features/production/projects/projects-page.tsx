import { PROJECT_SORTS, PROJECT_STATUSES, type ProjectStatus } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { useDebounced } from '../../../lib/use-debounced';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useProductionAccess } from '../access';
import { projectPath } from '../paths';
import { clientChoicesQuery, projectListQuery } from '../queries';
import { nextSort } from '../sort';
import { PROJECT_COLUMNS } from './project-columns';
import { PROJECT_FILTER_DEFAULTS, projectListParams } from './project-filters';
import { ProjectForm } from './project-form';
import '../production.css';

const PAGE_SIZE = 25;
const { project, client, status, material, due, popDeadline, quotedPrice } = PROJECT_COLUMNS;
const COLUMNS = [project, client, status, material, due, popDeadline, quotedPrice];

/** The shop's projects, filtered by status, client, hold, POP deadline and lateness. */
export function ProjectsPage() {
  const access = useProductionAccess();
  const navigate = useNavigate();
  const { filters, setFilter, page, setPage } = useUrlFilters(PROJECT_FILTER_DEFAULTS);
  const [adding, setAdding] = useState(false);
  const q = useDebounced(filters.q);
  const days = useDebounced(filters.popDeadlineWithin);
  const projects = useQuery(
    projectListQuery(projectListParams({ ...filters, q, popDeadlineWithin: days }, page, PAGE_SIZE)),
  );
  const clients = useQuery(clientChoicesQuery);
  const filterErrors = fieldErrorsOf(projects.error);

  return (
    <>
      <PageHeader
        title="Projects"
        description="Every job from request to completion. A project is queued for cutting when its proof of payment arrives."
        actions={
          access.manage ? (
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              New project
            </button>
          ) : undefined
        }
      />
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search projects"
          placeholder="Search by code or name"
          value={filters.q}
          onChange={(e) => setFilter('q', e.target.value)}
        />
        <select
          aria-label="Status"
          value={filters.status}
          onChange={(e) => setFilter('status', e.target.value as ProjectStatus | '')}
        >
          <option value="">All statuses</option>
          {PROJECT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select
          aria-label="Client"
          value={filters.clientId}
          onChange={(e) => setFilter('clientId', e.target.value)}
        >
          <option value="">All clients</option>
          {clients.data?.items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>
        <select
          aria-label="On hold"
          value={filters.onHold}
          onChange={(e) => setFilter('onHold', e.target.value as '' | 'true' | 'false')}
        >
          <option value="">On hold or not</option>
          <option value="true">On hold</option>
          <option value="false">Not on hold</option>
        </select>
        <span className="inline-field">
          <label className="inline-field">
            POP deadline within{' '}
            <input
              type="number"
              min={0}
              max={365}
              className="input--days"
              aria-invalid={filterErrors.popDeadlineWithin ? true : undefined}
              value={filters.popDeadlineWithin}
              onChange={(e) => setFilter('popDeadlineWithin', e.target.value)}
            />{' '}
            days
          </label>
          {filterErrors.popDeadlineWithin ? (
            <span className="field__error" role="alert">
              {filterErrors.popDeadlineWithin}
            </span>
          ) : null}
        </span>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.overdue === 'true'}
            onChange={(e) => setFilter('overdue', e.target.checked ? 'true' : '')}
          />
          Overdue only
        </label>
      </div>
      <ErrorBanner error={formLevelError(projects.error, ['popDeadlineWithin'])} />
      <DataTable
        columns={COLUMNS}
        rows={projects.data?.items}
        rowKey={(p) => p.id}
        empty="No projects match."
        sort={filters.sort}
        onSort={(key) => setFilter('sort', nextSort(filters.sort, key, PROJECT_SORTS))}
      />
      {projects.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={projects.data.total} onPage={setPage} />
      ) : null}
      <Dialog title="New project" open={adding} onClose={() => setAdding(false)}>
        <ProjectForm
          onSaved={(created) => navigate(projectPath(created.id))}
          onCancel={() => setAdding(false)}
        />
      </Dialog>
    </>
  );
}
