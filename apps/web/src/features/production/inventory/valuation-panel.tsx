import type { InventoryValuation } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import Chart from 'react-apexcharts';
import { DataTable } from '../../../components/data-table';
import { ErrorBanner } from '../../../components/error-banner';
import { CHART_BASE } from '../../../lib/chart-options';
import { useMoney } from '../use-money';
import { valuationQuery } from './queries';

/** What the stock is worth now, as the inventory values it. */
export function ValuationPanel() {
  const valuation = useQuery(valuationQuery);
  return valuation.data ? (
    <ValuationView valuation={valuation.data} />
  ) : (
    <ErrorBanner error={valuation.error} />
  );
}

/**
 * What the stock is worth: on hand × unit cost, per category (a chart and a table) and in all, in the
 * site's currency. The figures are the server's decimal strings; only the slices' sizes are numbers.
 */
export function ValuationView({ valuation: v }: { valuation: Omit<InventoryValuation, 'items'> }) {
  const money = useMoney();
  /** A slice's legend and tooltip: its category's value as the server wrote it. */
  const categoryValue = (index: number) => money(v.categories[index].value);
  return (
    <div className="chart-grid chart-grid--even">
      <figure className="card chart" aria-label="Stock value by category">
        <figcaption>Stock value by category</figcaption>
        <Chart
          type="donut"
          height={280}
          series={v.categories.map((category) => Number(category.value))}
          options={{
            ...CHART_BASE,
            labels: v.categories.map((category) => category.category),
            legend: {
              position: 'right',
              formatter: (name: string, opts?: { seriesIndex: number }) =>
                `${name}: ${categoryValue(opts?.seriesIndex ?? 0)}`,
            },
            tooltip: {
              y: {
                formatter: (_: number, opts?: { seriesIndex: number }) =>
                  categoryValue(opts?.seriesIndex ?? 0),
              },
            },
            plotOptions: {
              pie: {
                donut: {
                  labels: {
                    show: true,
                    value: { fontSize: '15px', formatter: (value: string) => money(value) },
                    total: { show: true, label: 'In all', fontSize: '13px', formatter: () => money(v.total) },
                  },
                },
              },
            },
            noData: { text: 'No stock yet' },
          }}
        />
      </figure>
      <section className="card" aria-label="Stock value">
        <h2 className="section-title">Stock value</h2>
        <p className="valuation-total">
          <span className="muted small">On hand × unit cost, in all</span>
          <strong>{money(v.total)}</strong>
        </p>
        <DataTable
          columns={[
            { header: 'Category', cell: (category) => category.category },
            { header: 'Items', className: 'numeric', cell: (category) => category.items },
            {
              header: 'Value',
              className: 'numeric',
              cell: (category) => (
                <>
                  {money(category.value)}
                  {category.unpriced > 0 ? (
                    <div className="muted small">{category.unpriced} without a unit cost</div>
                  ) : null}
                </>
              ),
            },
          ]}
          rows={v.categories}
          rowKey={(category) => category.category}
          empty="No categories."
        />
      </section>
    </div>
  );
}
