import type { ApexOptions } from 'apexcharts';
import Chart, { type Props as ChartProps } from 'react-apexcharts';

/** What every analytics chart's frame shares: no toolbar or animation, the page's font. */
const CHART_BASE: ApexOptions['chart'] = {
  toolbar: { show: false },
  animations: { enabled: false },
  fontFamily: 'inherit',
};

interface AnalyticsChartProps {
  /** The caption, and the figure's name. */
  title: string;
  type: NonNullable<ChartProps['type']>;
  height: number;
  series: ApexOptions['series'];
  /** The chart's own options; `chart` adds to (or overrides) the shared frame. */
  options: ApexOptions;
}

/** One analytics chart in its captioned card. */
export function AnalyticsChart({ title, type, height, series, options }: AnalyticsChartProps) {
  return (
    <figure className="card chart analytics-chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <Chart
        type={type}
        height={height}
        series={series}
        options={{ ...options, chart: { ...CHART_BASE, ...options.chart } }}
      />
    </figure>
  );
}
