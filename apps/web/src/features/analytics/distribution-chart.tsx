import { type DistributionBin, QUANTITY_UNITS, type Quantity } from '@factoryops/contracts';
import type { ApexOptions } from 'apexcharts';
import { QUANTITY_LABELS } from '../history/figures';
import { AnalyticsChart } from './analytics-chart';
import { durationText, percentText } from './analytics-figures';
import { edgeDecimals, histogramBars } from './analytics-series';
import { OUTSIDE_COLOR, QUANTITY_COLORS } from './chart-colors';

interface DistributionChartProps {
  quantity: Quantity;
  bins: DistributionBin[];
  limits: { min: number | null; max: number | null };
}

/**
 * How the covered time spread over one quantity's values: a bar per bin with its share of the time,
 * bins beyond a limit in red.
 */
export function DistributionChart({ quantity, bins, limits }: DistributionChartProps) {
  const title = `${QUANTITY_LABELS[quantity]} distribution (% of time)`;
  const bars = histogramBars(bins, limits);
  const places = bars[0] ? edgeDecimals(bars[0].to - bars[0].from) : 0;
  const edge = (value: number) => value.toFixed(places);
  const binText = (index: number) => {
    const bar = bars[index];
    return bar ? `${edge(bar.from)} – ${edge(bar.to)} ${QUANTITY_UNITS[quantity]}` : '';
  };
  const options: ApexOptions = {
    colors: [QUANTITY_COLORS[quantity]],
    plotOptions: { bar: { columnWidth: '92%' } },
    dataLabels: { enabled: false },
    legend: { show: false },
    xaxis: {
      type: 'category',
      title: { text: `${QUANTITY_UNITS[quantity]} (bins from)` },
      labels: { rotate: -45, hideOverlappingLabels: true },
      tickPlacement: 'on',
      tooltip: { enabled: false },
    },
    yaxis: {
      min: 0,
      title: { text: '% of time' },
      labels: { formatter: (value: number) => `${Number(value.toFixed(1))}` },
    },
    tooltip: {
      x: { formatter: (_value, opts) => binText(opts?.dataPointIndex ?? -1) },
      y: {
        title: { formatter: () => '' },
        formatter: (value, opts) => {
          const bar = bars[opts?.dataPointIndex ?? -1];
          const held = bar ? ` (${durationText(bar.ms)})` : '';
          return `${percentText(value ?? 0)} of the time${held}${bar?.outside ? ', beyond a limit' : ''}`;
        },
      },
    },
  };
  return (
    <AnalyticsChart
      title={title}
      type="bar"
      height={280}
      series={[
        {
          name: QUANTITY_LABELS[quantity],
          data: bars.map((bar) => ({
            x: edge(bar.from),
            y: Number(bar.share.toFixed(3)),
            ...(bar.outside ? { fillColor: OUTSIDE_COLOR } : {}),
          })),
        },
      ]}
      options={options}
    />
  );
}
