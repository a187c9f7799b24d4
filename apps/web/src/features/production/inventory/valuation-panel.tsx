import { useQuery } from '@tanstack/react-query';
import Chart from 'react-apexcharts';
import { DataTable } from '../../../components/data-table';
import { ErrorBanner } from '../../../components/error-banner';
import { CHART_BASE } from '../../../lib/chart-options';
import { useMoney } from '../use-money';
import { valuationQuery } from './queries';

/**
 * What the stock is worth: on hand × unit cost, per category (a chart and a table) and in all, in the
 * site's currency. The figures are the server's decimal strings; only the bars' lengths are numbers.
 */
export function ValuationPanel() {
  const valuation = useQuery(valuationQuery);
  const money = useMoney();
  const v = valuation.data;
  if (!v) return <ErrorBanner error={valuation.error} />;
  const title = `Stock value by category (${money(v.total)})`;
  /** A bar's label and tooltip: its category's value as the server wrote it. */
  const categoryValue = (_: unknown, opts?: { dataPointIndex: number }) =>
    money(v.categories[opts?.dataPointIndex ?? 0].value);
  return (
    <div className="chart-grid chart-grid--even">
      <figure className="card chart" aria-label="Stock value by category">
        <figcaption>{title}</figcaption>
        <Chart
          type="bar"
          height={260}
          series={[{ name: 'Value', data: v.categories.map((category) => Number(category.value)) }]}
          options={{
            ...CHART_BASE,
            xaxis: {
              categories: v.categories.map((category) => category.category),
              labels: { formatter: (value: string) => money(String(value)) },
            },
            plotOptions: { bar: { horizontal: true, barHeight: '55%' } },
            dataLabels: {
              enabled: true,
              formatter: categoryValue,
            },
            tooltip: {
              y: {
                formatter: categoryValue,
              },
            },
            legend: { show: false },
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
