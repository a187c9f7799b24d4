import type { Machine } from '@factoryops/contracts';
import { Link } from 'react-router';
import type { Column } from '../../components/data-table';
import { machinePath } from './paths';
import { StatusBadge } from './status-badge';

/** The machine table's columns, for the machines list and the dashboard's list of faults. */
export const MACHINE_COLUMNS = {
  name: {
    header: 'Machine',
    cell: (m) => (
      <>
        <Link to={machinePath(m.id)} className="strong-link">
          {m.name}
        </Link>
        <div className="muted small mono">{m.code}</div>
      </>
    ),
  },
  status: { header: 'Status', cell: (m) => <StatusBadge value={m.status} /> },
  place: {
    header: 'Building / area',
    cell: (m) => [m.building, m.area].filter(Boolean).join(' · ') || '—',
  },
  team: { header: 'Team', cell: (m) => m.team?.name ?? <span className="muted">No team</span> },
  importance: { header: 'Importance', secondary: true, className: 'numeric', cell: (m) => m.importance },
  openRequests: { header: 'Open requests', className: 'numeric', cell: (m) => m.openRequests },
  activeWarnings: { header: 'Active warnings', className: 'numeric', cell: (m) => m.activeWarnings },
} satisfies Record<string, Column<Machine>>;
