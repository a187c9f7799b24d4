import { type InventoryReport, quantityLabel } from '@factoryops/contracts';
import Chart from 'react-apexcharts';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { CHART_BASE } from '../../../lib/chart-options';
import { formatDay } from '../../../lib/format';
import { toneColor } from '../../maintenance/tones';
import { StockToReorder } from '../inventory/stock-to-reorder';
import { ValuationView } from '../inventory/valuation-panel';
import { inventoryItemPath } from '../paths';
import { useMoney } from '../use-money';
import { compactAmount } from './report-figures';

/** Purchases against usage, valued, per day or week; the lines' heights are the server's amounts as numbers. */
function MovementsChart({ movements }: { movements: InventoryReport['movements'] }) {
  const money = useMoney();
  const { points, period } = movements;
  const title = `Purchases and usage per ${period}`;
  const amountAt = (series: number, index: number) =>
    money(series === 0 ? points[index].purchasedValue : points[index].usedValue);
  return (
    <figure className="card chart" aria-label="Purchases and usage">
      <figcaption>{title}</figcaption>
      <Chart
        type="line"
        height={300}
        series={[
          { name: 'Purchases', data: points.map((point) => Number(point.purchasedValue)) },
          { name: 'Usage', data: points.map((point) => Number(point.usedValue)) },
        ]}
        options={{
          ...CHART_BASE,
          colors: [toneColor('info'), toneColor('warn')],
          stroke: { width: 2, curve: 'straight' },
          markers: { size: 3 },
          xaxis: {
            categories: points.map((point) =>
              period === 'week' ? `wk ${formatDay(point.start)}` : formatDay(point.start),
            ),
            tickAmount: Math.min(points.length, 12),
          },
          yaxis: { min: 0, labels: { formatter: (value: number) => compactAmount(value) } },
          tooltip: {
            y: {
              formatter: (_: number, opts?: { seriesIndex: number; dataPointIndex: number }) =>
                amountAt(opts?.seriesIndex ?? 0, opts?.dataPointIndex ?? 0),
            },
          },
          noData: { text: 'No purchases or usage in this range' },
        }}
      />
      <p className="muted small">
        In all: {money(movements.purchasedValue)} purchased, {money(movements.usedValue)} used.
      </p>
    </figure>
  );
}

/** The stock's value now and what to reorder, with the purchases and usage of the range. */
export function InventoryReportView({ report }: { report: InventoryReport }) {
  const money = useMoney();
  return (
    <>
      <ValuationView valuation={report.valuation} />
      <div className="chart-grid">
        <StockToReorder lowStock={{ total: report.lowStock.length, items: report.lowStock }} />
        <MovementsChart movements={report.movements} />
      </div>
      <h2 className="section-title">Purchases and usage per item</h2>
      <DataTable
        columns={[
          {
            header: 'Item',
            cell: (row) => (
              <>
                <Link to={inventoryItemPath(row.itemId)} className="strong-link mono">
                  {row.code}
                </Link>
                <div className="muted small truncate">{row.name}</div>
              </>
            ),
          },
          {
            header: 'Purchased',
            className: 'numeric',
            cell: (row) => quantityLabel(row.purchased, row.unit),
          },
          { header: 'Value', className: 'numeric', cell: (row) => money(row.purchasedValue) },
          { header: 'Used', className: 'numeric', cell: (row) => quantityLabel(row.used, row.unit) },
          { header: 'Value', className: 'numeric', cell: (row) => money(row.usedValue) },
        ]}
        rows={report.byItem}
        rowKey={(row) => row.itemId}
        empty="Nothing was purchased or used in this range."
      />
    </>
  );
}
