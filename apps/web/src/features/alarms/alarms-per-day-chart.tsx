import { ALARM_LEVELS } from '@factoryops/contracts';
import Chart from 'react-apexcharts';
import { formatDay } from '../../lib/format';
import { CHART_BASE } from '../../lib/chart-options';
import { toneColor } from '../maintenance/tones';
import { LEVEL_LABELS, LEVEL_TONES } from './alarm-labels';
import type { DailySeries } from './alarms-per-day';

interface AlarmsPerDayChartProps {
  series: DailySeries;
  /** Whether every matching alarm was counted (a very long list is counted in part). */
  complete: boolean;
  total: number;
  counted: number;
}

/** Alarms raised per day, warnings and alarms stacked, over the history's range (30 days by default). */
export function AlarmsPerDayChart({ series, complete, total, counted }: AlarmsPerDayChartProps) {
  const title = 'Alarms raised per day';
  return (
    <figure className="card chart alarms-chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <Chart
        type="bar"
        height={200}
        series={ALARM_LEVELS.map((level) => ({ name: LEVEL_LABELS[level], data: series.counts[level] }))}
        options={{
          ...CHART_BASE,
          chart: { ...CHART_BASE.chart, stacked: true },
          colors: ALARM_LEVELS.map((level) => toneColor(LEVEL_TONES[level])),
          legend: { position: 'top' },
          xaxis: {
            categories: series.days.map((day) => formatDay(day)),
            labels: { rotate: -45, hideOverlappingLabels: true },
          },
          yaxis: {
            min: 0,
            forceNiceScale: true,
            labels: { formatter: (value: number) => value.toFixed(0) },
            title: { text: 'alarms' },
          },
          plotOptions: { bar: { columnWidth: '70%' } },
        }}
      />
      {complete ? null : (
        <p className="muted small">
          Counted from the {counted} most recent of {total} alarms in the range.
        </p>
      )}
    </figure>
  );
}
