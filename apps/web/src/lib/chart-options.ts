/** What every chart of the app shares: no toolbar or animation, the page's font, the legend below. */
export const CHART_BASE = {
  chart: { toolbar: { show: false }, animations: { enabled: false }, fontFamily: 'inherit' },
  dataLabels: { enabled: false },
  legend: { position: 'bottom' as const },
};
