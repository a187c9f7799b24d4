import type { ApexOptions } from 'apexcharts';
import { AnalyticsChart } from './analytics-chart';
import { percentText } from './analytics-figures';
import { type OutOfLimitsSeries, shareAxis } from './analytics-series';
import { EITHER_COLOR, QUANTITY_COLORS } from './chart-colors';

const TITLE = 'Time out of limits (% of covered time)';

/** Per sensor, the share of its covered time with temperature, humidity or either beyond a limit. */
export function OutOfLimitsChart({ categories, series }: OutOfLimitsSeries) {
  const axis = shareAxis(Math.max(0, ...series.flatMap((bars) => bars.data)));
  const options: ApexOptions = {
    chart: { id: 'analytics-out-of-limits' },
    colors: [QUANTITY_COLORS.temperature, QUANTITY_COLORS.humidity, EITHER_COLOR],
    plotOptions: { bar: { horizontal: true, barHeight: '70%', dataLabels: { position: 'top' } } },
    dataLabels: {
      enabled: true,
      formatter: (value: number) => percentText(value),
      offsetX: 28,
      style: { fontSize: '11px', fontWeight: 500, colors: ['#1a2733'] },
    },
    legend: { position: 'bottom' },
    xaxis: {
      categories,
      min: 0,
      max: axis.max,
      tickAmount: axis.tickAmount,
      labels: { formatter: (value: string) => `${Number(value).toFixed(axis.decimals)} %` },
    },
    yaxis: { labels: { maxWidth: 220, style: { fontSize: '13px' } } },
    tooltip: { shared: true, intersect: false, y: { formatter: (value: number) => percentText(value) } },
    grid: { xaxis: { lines: { show: true } }, yaxis: { lines: { show: false } } },
  };
  return (
    <AnalyticsChart
      title={TITLE}
      type="bar"
      height={90 + categories.length * 75}
      series={series}
      options={options}
    />
  );
}
