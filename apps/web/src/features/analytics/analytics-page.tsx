import type { AnalyticsQuery } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field } from '../../components/field';
import { PageHeader } from '../../components/page-header';
import { useUrlFilters } from '../../lib/use-url-filters';
import { rangeText } from '../history/history-range';
import { CustomRangeFields, RefreshButton, SensorRangeFields } from '../history/sensor-range-fields';
import { SensorRangeResults } from '../history/sensor-range-results';
import { useSensorRange } from '../history/use-sensor-range';
import { elapsedText } from './analytics-figures';
import { outOfLimitsSeries } from './analytics-series';
import { AnalyticsSummary } from './analytics-summary';
import { ANALYTICS_FILTERS, parseAnalyticsView } from './analytics-view';
import { OutOfLimitsChart } from './out-of-limits-chart';
import { analyticsQuery } from './queries';
import { SensorAnalyticsSection } from './sensor-analytics-section';
import { useElapsed } from './use-elapsed';
import './analytics.css';

const sensorCount = (count: number) => (count === 1 ? '1 sensor' : `${count} sensors`);

/**
 * Environmental analytics of chosen sensors over a range: how much of the time each was out of its
 * limits and in which excursions, the mean kinetic temperature, daily bands, the distribution of
 * values and a written summary. The view lives in the address, like the history page's.
 */
export function AnalyticsPage() {
  const { filters, setFilter, setFilters } = useUrlFilters(ANALYTICS_FILTERS);
  const view = parseAnalyticsView(filters);
  const sensorRange = useSensorRange(view, setFilters);
  const { site, instruments, sensors, timeZone, range, custom, refresh, rangeFields, customRangeFields } =
    sensorRange;
  const query: AnalyticsQuery | null =
    range && sensors.length > 0
      ? {
          sensorIds: sensors.map((sensor) => sensor.id).join(','),
          ...range,
          activationEnergy: view.activationEnergy,
        }
      : null;
  const analytics = useQuery(analyticsQuery(query));
  const elapsed = useElapsed(analytics.isFetching, JSON.stringify(query));
  const fieldErrors = fieldErrorsOf(analytics.error);
  const fields = custom ? ['from', 'to', 'activationEnergy'] : ['activationEnergy'];

  const commitActivationEnergy = (text: string) => {
    if (text.trim() !== view.activationEnergy) setFilter('activationEnergy', text.trim());
  };

  const data = analytics.data;
  const labelOf = (sensorId: string, fallback: string) =>
    sensors.find((sensor) => sensor.id === sensorId)?.label ?? fallback;
  const results = data?.sensors.map((result) => ({
    label: labelOf(result.sensorId, `${result.sensorName} (${result.instrumentName})`),
    analytics: result,
  }));
  const stale = analytics.isPlaceholderData;

  return (
    <>
      <PageHeader
        title="Analytics"
        description="Time out of limits, excursions, mean kinetic temperature, daily bands and the distribution of values over a range."
      />
      <ErrorBanner error={site.error ?? instruments.error} />
      <div className="analytics-controls">
        <SensorRangeFields {...rangeFields} />
        {custom ? null : <RefreshButton className="analytics-controls__refresh" onRefresh={refresh} />}
        <form
          className="analytics-controls__energy"
          // The server's message says what is wrong with a value, in the page's words.
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const input = event.currentTarget.elements.namedItem('activationEnergy');
            if (input instanceof HTMLInputElement) commitActivationEnergy(input.value);
          }}
        >
          <Field
            // A new address (a link, back) shows its value; typing is applied on Enter or on leaving the field.
            key={view.activationEnergy}
            label="Activation energy ΔH/R (K)"
            name="activationEnergy"
            type="number"
            inputMode="numeric"
            min={1000}
            max={100_000}
            step={100}
            defaultValue={view.activationEnergy}
            error={fieldErrors.activationEnergy}
            hint="For the mean kinetic temperature"
            onBlur={(e) => commitActivationEnergy(e.target.value)}
          />
        </form>
      </div>
      {custom ? (
        <div className="analytics-controls">
          <CustomRangeFields {...customRangeFields} errors={fieldErrors} />
        </div>
      ) : null}
      {timeZone ? (
        <p className="muted small analytics-range-line">
          {range ? `${rangeText(range, timeZone)} · ` : ''}times and days in the site’s zone, {timeZone}
        </p>
      ) : null}
      <ErrorBanner error={formLevelError(analytics.error, fields)} />

      {elapsed !== null && query ? (
        <p className="banner banner--info analytics-progress" role="status" aria-live="polite">
          <span className="analytics-progress__spinner" aria-hidden="true" />
          <span>
            Computing the analytics of {sensorCount(sensors.length)} from every stored reading of the range…{' '}
            <strong className="analytics-progress__elapsed">{elapsedText(elapsed)}</strong>
            {stale && data ? (
              <span className="muted"> · the previous result stays below until then</span>
            ) : null}
          </span>
        </p>
      ) : null}

      <SensorRangeResults
        sensorRange={sensorRange}
        chooseText="Pick one or more sensors above to see how long they were out of their limits, their excursions, mean kinetic temperature and the spread of their values over the range."
      >
        {({ timeZone }) =>
          analytics.error || !data || !results ? null : (
            <div className={`analytics-results${stale ? ' analytics-results--stale' : ''}`} aria-busy={stale}>
              {results.every((result) => result.analytics.count === 0) ? (
                <div className="empty-state">
                  <h2>No readings in this range</h2>
                  <p>
                    {results.length === 1 ? 'The sensor has no' : 'None of the sensors has'} stored readings
                    in {rangeText(data, timeZone)}. Choose a longer or a later range.
                  </p>
                </div>
              ) : (
                <>
                  <AnalyticsSummary summary={data.summary} />
                  <OutOfLimitsChart {...outOfLimitsSeries(results)} />
                  {results.map((result) => (
                    <SensorAnalyticsSection
                      key={result.analytics.sensorId}
                      label={result.label}
                      analytics={result.analytics}
                      activationEnergy={data.activationEnergy}
                      timeZone={timeZone}
                    />
                  ))}
                </>
              )}
            </div>
          )
        }
      </SensorRangeResults>
    </>
  );
}
