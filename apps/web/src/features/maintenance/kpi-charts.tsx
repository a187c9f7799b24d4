import type { KpiRow } from '@factoryops/contracts';
import Chart from 'react-apexcharts';
import { CHART_BASE } from '../../lib/chart-options';
import { kpiHoursText, percentText } from './kpi-figures';
import { toneColor } from './tones';

interface KpiChartProps {
  groups: KpiRow[];
  /** "by team", "by machine" or "overall". */
  scope: string;
}

/**
 * MTTR and MTBF side by side per group. They differ by orders of magnitude (hours against months),
 * so each has its own axis: MTTR on the left, MTBF on the right.
 */
export function RepairTimesChart({ groups, scope }: KpiChartProps) {
  const title = `MTTR and MTBF ${scope}`;
  return (
    <figure className="card chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <Chart
        type="bar"
        height={300}
        series={[
          { name: 'MTTR', data: groups.map((group) => group.mttrHours) },
          { name: 'MTBF', data: groups.map((group) => group.mtbfHours) },
        ]}
        options={{
          ...CHART_BASE,
          colors: [toneColor('warn'), toneColor('info')],
          xaxis: { categories: groups.map((group) => group.name) },
          yaxis: [
            { seriesName: 'MTTR', min: 0, title: { text: 'MTTR (h)' }, labels: { formatter: kpiHoursText } },
            {
              seriesName: 'MTBF',
              opposite: true,
              min: 0,
              title: { text: 'MTBF (h)' },
              labels: { formatter: kpiHoursText },
            },
          ],
          tooltip: { y: { formatter: kpiHoursText } },
          plotOptions: { bar: { columnWidth: '55%' } },
          noData: { text: 'No groups to show' },
        }}
      />
    </figure>
  );
}

/** The share of time each group was available, as a percentage (0–100). */
export function AvailabilityChart({ groups, scope }: KpiChartProps) {
  const title = `Availability ${scope}`;
  const unmeasured = groups.filter((group) => group.availability === null).map((group) => group.name);
  return (
    <figure className="card chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <Chart
        type="bar"
        height={300}
        series={[
          {
            name: 'Availability',
            data: groups.map((group) =>
              group.availability === null ? null : Number((group.availability * 100).toFixed(1)),
            ),
          },
        ]}
        options={{
          ...CHART_BASE,
          colors: [toneColor('ok')],
          xaxis: { categories: groups.map((group) => group.name) },
          yaxis: {
            min: 0,
            max: 100,
            tickAmount: 5,
            title: { text: 'available (%)' },
            labels: { formatter: (value: number) => value.toFixed(0) },
          },
          tooltip: {
            y: { formatter: (value: number | null) => percentText(value === null ? null : value / 100) },
          },
          plotOptions: { bar: { columnWidth: '45%' } },
          noData: { text: 'No groups to show' },
        }}
      />
      {unmeasured.length ? (
        <p className="muted small">No bar for {unmeasured.join(', ')}: its failures are not repaired yet.</p>
      ) : null}
    </figure>
  );
}
