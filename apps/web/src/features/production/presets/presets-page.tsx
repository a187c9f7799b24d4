import type { Preset } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type Column, DataTable } from '../../../components/data-table';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useProductionAccess } from '../access';
import { ActiveFilter, type ActiveChoice } from '../active-filter';
import { type Editing, RecordDialog } from '../record-dialog';
import { ActiveBadge } from '../status-badges';
import { presetListQuery, useUpdatePreset } from '../queries';
import { PresetForm } from './preset-form';

const withUnit = (value: string | number | null, unit: string) => (value === null ? '—' : `${value} ${unit}`);

const COLUMNS: Column<Preset>[] = [
  {
    header: 'Preset',
    cell: (p) => (
      <>
        <strong>{p.name}</strong>
        {p.notes ? <div className="muted small truncate">{p.notes}</div> : null}
      </>
    ),
  },
  {
    header: 'Material',
    cell: (p) => (
      <>
        {p.material}
        <div className="muted small">{withUnit(p.thickness, 'mm')}</div>
      </>
    ),
  },
  { header: 'Power', className: 'numeric', cell: (p) => withUnit(p.powerW, 'W') },
  { header: 'Speed', className: 'numeric', cell: (p) => withUnit(p.speedMmMin, 'mm/min') },
  { header: 'Frequency', className: 'numeric', secondary: true, cell: (p) => withUnit(p.frequencyHz, 'Hz') },
  {
    header: 'Gas',
    className: 'nowrap',
    cell: (p) => (
      <>
        {p.gasType}
        {p.gasPressureBar === null ? null : <div className="muted small">{p.gasPressureBar} bar</div>}
      </>
    ),
  },
  {
    header: 'Nozzle / focus',
    className: 'numeric',
    secondary: true,
    cell: (p) => (
      <>
        {withUnit(p.nozzleMm, 'mm')}
        <div className="muted small">focus {withUnit(p.focusMm, 'mm')}</div>
      </>
    ),
  },
  { header: 'Active', cell: (p) => <ActiveBadge active={p.active} /> },
];

/** Distinct values, in the order the list has them (by material, then thickness). */
const distinct = (values: string[]) => [...new Set(values)];

/** The laser's cutting settings per material and thickness; only active presets are offered on runs. */
export function PresetsPage() {
  const access = useProductionAccess();
  const { filters, setFilter, setFilters } = useUrlFilters({
    material: '',
    thickness: '',
    active: '' as ActiveChoice,
  });
  const presets = useQuery(
    presetListQuery({
      material: filters.material || undefined,
      thickness: filters.thickness || undefined,
      active: filters.active || undefined,
    }),
  );
  const all = useQuery(presetListQuery({}));
  const toggle = useUpdatePreset();
  const [editing, setEditing] = useState<Editing<Preset>>(null);
  const materials = distinct(all.data?.items.map((p) => p.material) ?? []);
  const thicknesses = distinct(
    all.data?.items
      .filter((p) => !filters.material || p.material === filters.material)
      .map((p) => p.thickness) ?? [],
  );

  const columns: Column<Preset>[] = access.manage
    ? [
        ...COLUMNS,
        {
          header: 'Actions',
          hiddenHeader: true,
          className: 'table__actions',
          cell: (p) => (
            <div className="row-actions">
              <button type="button" className="button button--small" onClick={() => setEditing(p)}>
                Edit<span className="visually-hidden"> {p.name}</span>
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={toggle.isPending}
                onClick={() => toggle.mutate({ id: p.id, input: { active: !p.active, version: p.version } })}
              >
                {p.active ? 'Deactivate' : 'Activate'}
                <span className="visually-hidden"> {p.name}</span>
              </button>
            </div>
          ),
        },
      ]
    : COLUMNS;

  return (
    <>
      <PageHeader
        title="Machine presets"
        description="Power, speed, gas and focus for each material and thickness."
        actions={
          access.manage ? (
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              Add preset
            </button>
          ) : undefined
        }
      />
      <div className="toolbar">
        <select
          aria-label="Material"
          value={filters.material}
          onChange={(e) => setFilters({ material: e.target.value, thickness: '' })}
        >
          <option value="">All materials</option>
          {materials.map((material) => (
            <option key={material} value={material}>
              {material}
            </option>
          ))}
        </select>
        <select
          aria-label="Thickness"
          value={filters.thickness}
          onChange={(e) => setFilter('thickness', e.target.value)}
        >
          <option value="">All thicknesses</option>
          {thicknesses.map((thickness) => (
            <option key={thickness} value={thickness}>
              {thickness} mm
            </option>
          ))}
        </select>
        <ActiveFilter value={filters.active} onChange={(active) => setFilter('active', active)} />
      </div>
      <ErrorBanner error={presets.error ?? toggle.error} />
      <DataTable
        columns={columns}
        rows={presets.data?.items}
        rowKey={(p) => p.id}
        empty="No presets match."
      />
      <RecordDialog editing={editing} noun="preset" onClose={() => setEditing(null)}>
        {(record) => <PresetForm preset={record} onDone={() => setEditing(null)} />}
      </RecordDialog>
    </>
  );
}
