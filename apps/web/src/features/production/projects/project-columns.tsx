import type { Project } from '@factoryops/contracts';
import { Link } from 'react-router';
import type { Column } from '../../../components/data-table';
import { formatCalendarDate } from '../../../lib/format';
import { clientPath, projectPath } from '../paths';
import { ProjectStatusBadges } from '../status-badges';

/** The project table's columns, for the projects list and a client's page. */
export const PROJECT_COLUMNS = {
  project: {
    header: 'Project',
    sortKey: 'code',
    cell: (p) => (
      <>
        <Link to={projectPath(p.id)} className="strong-link">
          {p.name}
        </Link>
        <div className="muted small mono nowrap">{p.code}</div>
      </>
    ),
  },
  client: {
    header: 'Client',
    cell: (p) => (
      <>
        <Link to={clientPath(p.clientId)}>{p.clientName}</Link>
        <div className="muted small mono">{p.clientCode}</div>
      </>
    ),
  },
  status: { header: 'Status', cell: (p) => <ProjectStatusBadges project={p} /> },
  material: {
    header: 'Material',
    secondary: true,
    cell: (p) =>
      [p.materialType, p.materialThickness && `${p.materialThickness} mm`].filter(Boolean).join(' · ') || '—',
  },
  due: { header: 'Due', sortKey: 'dueDate', className: 'nowrap', cell: (p) => formatCalendarDate(p.dueDate) },
  popDeadline: {
    header: 'POP deadline',
    className: 'nowrap',
    secondary: true,
    cell: (p) => formatCalendarDate(p.popDeadline),
  },
  quotedPrice: { header: 'Quoted', className: 'numeric', cell: (p) => p.quotedPrice ?? '—' },
} satisfies Record<string, Column<Project>>;
