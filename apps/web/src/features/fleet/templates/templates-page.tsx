import {
  JSON_TEMPLATE_TYPE_LABELS,
  JSON_TEMPLATE_TYPES,
  type JsonTemplate,
  type JsonTemplateType,
} from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCurrentUser } from '../../../app/auth-session';
import { type Column, DataTable } from '../../../components/data-table';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { formatDateTime } from '../../../lib/format';
import { useDebounced } from '../../../lib/use-debounced';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { type ActiveChoice, ActiveFilter } from '../../production/active-filter';
import { type Editing, RecordDialog } from '../../production/record-dialog';
import { ActiveBadge } from '../../production/status-badges';
import { templateListQuery, useDeleteTemplate } from '../queries';
import { TemplateForm } from './template-form';

const PAGE_SIZE = 25;

/** The fleet's JSON templates: schemas and default values for test flows, configurations and scenarios. */
export function TemplatesPage() {
  const canManage = useCurrentUser().permissions.includes('fleet.templates.manage');
  const { filters, setFilter, page, setPage } = useUrlFilters({ q: '', type: '', category: '', active: '' });
  const q = useDebounced(filters.q.trim());
  const category = useDebounced(filters.category.trim());
  const templates = useQuery(
    templateListQuery({
      q: q || undefined,
      type: (filters.type || undefined) as JsonTemplateType | undefined,
      category: category || undefined,
      active: (filters.active || undefined) as 'true' | 'false' | undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const remove = useDeleteTemplate();
  const [editing, setEditing] = useState<Editing<JsonTemplate>>(null);

  const columns: Column<JsonTemplate>[] = [
    {
      header: 'Template',
      cell: (t) => (
        <>
          <strong>{t.name}</strong>
          {t.description ? <div className="muted small">{t.description}</div> : null}
        </>
      ),
    },
    { header: 'Type', cell: (t) => JSON_TEMPLATE_TYPE_LABELS[t.type] },
    { header: 'Category', cell: (t) => t.category || '—' },
    { header: 'Active', cell: (t) => <ActiveBadge active={t.active} /> },
    { header: 'Changed', secondary: true, className: 'nowrap', cell: (t) => formatDateTime(t.updatedAt) },
  ];
  if (canManage)
    columns.push({
      header: 'Actions',
      hiddenHeader: true,
      className: 'table__actions',
      cell: (t) => (
        <div className="row-actions">
          <button type="button" className="button button--small" onClick={() => setEditing(t)}>
            Edit<span className="visually-hidden"> {t.name}</span>
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete the template "${t.name}"?`)) remove.mutate(t.id);
            }}
          >
            Delete<span className="visually-hidden"> {t.name}</span>
          </button>
        </div>
      ),
    });

  return (
    <>
      <PageHeader
        title="JSON templates"
        description="JSON Schemas with their default values, for test flows, device and software configurations and test scenarios."
        actions={
          canManage ? (
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              Add template
            </button>
          ) : undefined
        }
      />
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search templates"
          placeholder="Search by name, category or description"
          value={filters.q}
          onChange={(e) => setFilter('q', e.target.value)}
        />
        <select aria-label="Type" value={filters.type} onChange={(e) => setFilter('type', e.target.value)}>
          <option value="">Every type</option>
          {JSON_TEMPLATE_TYPES.map((type) => (
            <option key={type} value={type}>
              {JSON_TEMPLATE_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
        <input
          aria-label="Category"
          placeholder="Category"
          value={filters.category}
          onChange={(e) => setFilter('category', e.target.value)}
        />
        <ActiveFilter
          value={filters.active as ActiveChoice}
          onChange={(value) => setFilter('active', value)}
        />
      </div>
      <ErrorBanner error={templates.error ?? remove.error} />
      <DataTable
        columns={columns}
        rows={templates.data?.items}
        rowKey={(t) => t.id}
        empty={q || filters.type || category || filters.active ? 'No templates match.' : 'No templates yet.'}
      />
      {templates.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={templates.data.total} onPage={setPage} />
      ) : null}
      <RecordDialog editing={editing} noun="template" onClose={() => setEditing(null)}>
        {(record) => <TemplateForm template={record} onDone={() => setEditing(null)} />}
      </RecordDialog>
    </>
  );
}
