import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell(row: T): ReactNode;
  /** Sortable by this key (ascending; `-key` descending) when the table has `onSort`. */
  sortKey?: string;
  className?: string;
  /** Header shown only to screen readers (e.g. an actions column). */
  hiddenHeader?: boolean;
  /** Left out below 900px wide (a tablet held upright), so the essential columns fit without scrolling. */
  secondary?: boolean;
}

function cellClass<T>(column: Column<T>): string | undefined {
  const names = [column.className, column.secondary ? 'table__secondary' : undefined].filter(Boolean);
  return names.length ? names.join(' ') : undefined;
}

interface DataTableProps<T> {
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey(row: T): string;
  empty: string;
  sort?: string;
  onSort?(key: string): void;
  /** A class for a row (its state, say), for styling the whole row. */
  rowClass?(row: T): string | undefined;
}

function sortState(sort: string | undefined, key: string): 'ascending' | 'descending' | 'none' {
  if (sort === key) return 'ascending';
  return sort === `-${key}` ? 'descending' : 'none';
}

/** The list table every admin page uses: headers (sortable where asked), rows, and an empty state. */
export function DataTable<T>({ columns, rows, rowKey, empty, sort, onSort, rowClass }: DataTableProps<T>) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            {columns.map((column) => {
              const state = column.sortKey ? sortState(sort, column.sortKey) : undefined;
              const sortKey = column.sortKey;
              return (
                <th
                  key={column.header}
                  aria-sort={state}
                  className={column.secondary ? 'table__secondary' : undefined}
                >
                  {column.hiddenHeader ? (
                    <span className="visually-hidden">{column.header}</span>
                  ) : sortKey && onSort ? (
                    <button type="button" className="sort" onClick={() => onSort(sortKey)}>
                      {column.header}
                      {state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ''}
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows?.map((row) => (
            <tr key={rowKey(row)} className={rowClass?.(row)}>
              {columns.map((column) => (
                <td key={column.header} className={cellClass(column)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
          {rows?.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
