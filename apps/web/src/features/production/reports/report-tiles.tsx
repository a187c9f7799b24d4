import type { ReactNode } from 'react';

export interface ReportTile {
  label: string;
  value: ReactNode;
  note?: string;
}

/** A report's headline figures, as the KPI pages show theirs. */
export function ReportTiles({ label, tiles }: { label: string; tiles: ReportTile[] }) {
  return (
    <ul className="stat-tiles report-tiles" aria-label={label}>
      {tiles.map((tile) => (
        <li key={tile.label} className="kpi-tile">
          <span className="stat-tile__label">{tile.label}</span>
          <span className="stat-tile__value kpi-tile__value">{tile.value}</span>
          {tile.note ? <span className="muted small">{tile.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
