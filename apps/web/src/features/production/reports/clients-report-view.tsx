import type { ClientsReport } from '@factoryops/contracts';
import Chart from 'react-apexcharts';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { CHART_BASE } from '../../../lib/chart-options';
import { toneColor } from '../../maintenance/tones';
import { clientPath } from '../paths';
import { useMoney } from '../use-money';
import { compactAmount, hoursText } from './report-figures';
import { ReportTiles } from './report-tiles';

/** The clients with revenue in the range, the most first; the bars' lengths are the amounts as numbers. */
function RevenueChart({ clients }: { clients: ClientsReport['clients'] }) {
  const money = useMoney();
  const earning = clients.filter((client) => client.invoices > 0);
  return (
    <figure className="card chart" aria-label="Revenue by client">
      <figcaption>Revenue by client (before VAT)</figcaption>
      <Chart
        type="bar"
        height={Math.max(180, 60 + earning.length * 40)}
        series={[{ name: 'Revenue', data: earning.map((client) => Number(client.revenue)) }]}
        options={{
          ...CHART_BASE,
          colors: [toneColor('info')],
          legend: { show: false },
          xaxis: {
            categories: earning.map((client) => client.name),
            labels: { formatter: (value: string) => compactAmount(Number(value)) },
          },
          tooltip: {
            y: {
              formatter: (_: number, opts?: { dataPointIndex: number }) =>
                money(earning[opts?.dataPointIndex ?? 0].revenue),
            },
          },
          plotOptions: { bar: { horizontal: true, barHeight: '60%' } },
          noData: { text: 'No invoices issued in this range' },
        }}
      />
    </figure>
  );
}

/**
 * Per client: projects opened, completed and open now, the hours cut for them and the revenue of the
 * invoices issued in the range (sent, overdue or paid; never drafts or cancelled ones).
 */
export function ClientsReportView({ report }: { report: ClientsReport }) {
  const money = useMoney();
  const { totals } = report;
  return (
    <>
      <ReportTiles
        label="Client totals"
        tiles={[
          { label: 'Revenue', value: money(totals.revenue), note: `${totals.invoices} invoices, before VAT` },
          { label: 'Invoiced', value: money(totals.invoiced), note: `with VAT · ${money(totals.paid)} paid` },
          { label: 'Clients', value: totals.clients, note: `${totals.activeProjects} open projects` },
          { label: 'Cut hours', value: hoursText(totals.cutHours) },
        ]}
      />
      <div className="chart-grid chart-grid--whole">
        <RevenueChart clients={report.clients} />
      </div>
      <h2 className="section-title">Clients</h2>
      <DataTable
        columns={[
          {
            header: 'Client',
            cell: (row) => (
              <>
                <Link to={clientPath(row.clientId)} className="strong-link">
                  {row.name}
                </Link>
                <div className="muted small mono">{row.code}</div>
              </>
            ),
          },
          { header: 'New projects', className: 'numeric', secondary: true, cell: (row) => row.newProjects },
          { header: 'Completed', className: 'numeric', cell: (row) => row.completedProjects },
          { header: 'Active now', className: 'numeric', cell: (row) => row.activeProjects },
          { header: 'Cut hours', className: 'numeric', cell: (row) => hoursText(row.cutHours) },
          { header: 'Invoices', className: 'numeric', secondary: true, cell: (row) => row.invoices },
          { header: 'Revenue', className: 'numeric', cell: (row) => money(row.revenue) },
          {
            header: 'Paid (with VAT)',
            className: 'numeric',
            secondary: true,
            cell: (row) => money(row.paid),
          },
        ]}
        rows={report.clients}
        rowKey={(row) => row.clientId}
        empty="No client had projects, cutting or invoices in this range."
      />
    </>
  );
}
