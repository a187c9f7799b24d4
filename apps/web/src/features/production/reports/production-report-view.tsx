import type { ProductionFigures, ProductionReport } from '@factoryops/contracts';
import Chart from 'react-apexcharts';
import { type Column, DataTable } from '../../../components/data-table';
import { CHART_BASE } from '../../../lib/chart-options';
import { formatDay } from '../../../lib/format';
import { toneColor } from '../../maintenance/tones';
import { ReportTiles } from './report-tiles';
import { hoursText } from './report-figures';

/** The run columns every production table shares, after its own first column. */
function runColumns<T extends ProductionFigures>(): Column<T>[] {
  return [
    { header: 'Runs', className: 'numeric', cell: (row) => row.runs },
    { header: 'Cut hours', className: 'numeric', cell: (row) => hoursText(row.cutHours) },
    { header: 'Parts', className: 'numeric', cell: (row) => row.parts },
    { header: 'Sheets', className: 'numeric', cell: (row) => row.sheets },
  ];
}

/** Cut hours as bars, one per category; the bars' heights are the server's hours read as numbers. */
function HoursBars({
  title,
  categories,
  hours,
  color,
  horizontal = false,
}: {
  title: string;
  categories: string[];
  hours: string[];
  color: string;
  horizontal?: boolean;
}) {
  return (
    <figure className="card chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <Chart
        type="bar"
        height={horizontal ? Math.max(280, 60 + categories.length * 36) : 280}
        series={[{ name: 'Cut hours', data: hours.map(Number) }]}
        options={{
          ...CHART_BASE,
          colors: [color],
          xaxis: {
            categories,
            ...(horizontal ? { labels: { formatter: (value: string) => `${value} h` } } : { tickAmount: 10 }),
          },
          yaxis: horizontal ? {} : { min: 0, title: { text: 'hours' } },
          tooltip: {
            y: {
              formatter: (_: number, opts?: { dataPointIndex: number }) =>
                hoursText(hours[opts?.dataPointIndex ?? 0]),
            },
          },
          plotOptions: { bar: { horizontal, columnWidth: '70%', barHeight: '60%' } },
          noData: { text: 'No runs in this range' },
        }}
      />
    </figure>
  );
}

/** Runs, cut hours, parts and sheets over the range: per day, by operator and by material. */
export function ProductionReportView({ report }: { report: ProductionReport }) {
  const { totals } = report;
  return (
    <>
      <ReportTiles
        label="Production totals"
        tiles={[
          { label: 'Laser runs', value: totals.runs },
          { label: 'Cut hours', value: hoursText(totals.cutHours), note: `${totals.cutMinutes} minutes` },
          { label: 'Parts', value: totals.parts },
          { label: 'Sheets', value: totals.sheets },
        ]}
      />
      <div className="chart-grid">
        <HoursBars
          title="Cut hours by operator"
          categories={report.byOperator.map((operator) => operator.name)}
          hours={report.byOperator.map((operator) => operator.cutHours)}
          color={toneColor('ok')}
          horizontal
        />
        <HoursBars
          title="Cut hours per day"
          categories={report.days.map((day) => formatDay(day.day))}
          hours={report.days.map((day) => day.cutHours)}
          color={toneColor('info')}
        />
      </div>
      <div className="chart-grid">
        <section className="card" aria-label="By operator">
          <h2 className="section-title">By operator</h2>
          <DataTable
            columns={[
              { header: 'Operator', className: 'nowrap', cell: (row) => <strong>{row.name}</strong> },
              ...runColumns<ProductionReport['byOperator'][number]>(),
            ]}
            rows={report.byOperator}
            rowKey={(row) => row.operatorId}
            empty="No runs in this range."
          />
        </section>
        <section className="card" aria-label="By material">
          <h2 className="section-title">By material</h2>
          <DataTable
            columns={[
              {
                header: 'Material',
                className: 'nowrap',
                cell: (row) => (
                  <>
                    <strong>{row.material}</strong> {Number(row.thickness)} mm
                  </>
                ),
              },
              ...runColumns<ProductionReport['byMaterial'][number]>(),
            ]}
            rows={report.byMaterial}
            rowKey={(row) => `${row.material}:${row.thickness}`}
            empty="No runs in this range."
          />
        </section>
      </div>
    </>
  );
}
