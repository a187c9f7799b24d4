import { QUANTITIES, type Quantity, type SensorAnalytics } from '@factoryops/contracts';
import { countText, coverageText, QUANTITY_LABELS, valueText } from '../history/figures';
import { formatInZone } from '../history/zoned-time';
import { durationText, kelvinText, limitsOf, limitsText, percentText, trendText } from './analytics-figures';
import { DailyBandsChart } from './daily-bands-chart';
import { DistributionChart } from './distribution-chart';
import { ExcursionsTable } from './excursions-table';

interface SensorAnalyticsSectionProps {
  /** "Lab 1A (Calibration lab)", as the other monitoring pages name a sensor. */
  label: string;
  analytics: SensorAnalytics;
  activationEnergy: number;
  timeZone: string;
}

function OutOfLimitsTile({
  analytics,
  quantity,
}: {
  analytics: SensorAnalytics;
  quantity: Quantity | 'either';
}) {
  const share = analytics.outOfLimits[quantity];
  const ms = analytics.outOfLimitsMs[quantity];
  const name = quantity === 'either' ? 'Either' : QUANTITY_LABELS[quantity];
  return (
    <div className={`analytics-tile${ms > 0 ? ' analytics-tile--out' : ' analytics-tile--ok'}`}>
      <dt>{name} out of limits</dt>
      <dd className="analytics-tile__value">{percentText(share)}</dd>
      <dd className="analytics-tile__note">
        {ms > 0 ? `${durationText(ms)} · ` : ''}
        {quantity === 'either'
          ? 'temperature or humidity'
          : `limits ${limitsText(analytics.limits, quantity)}`}
      </dd>
    </div>
  );
}

/** One sensor's figures over the range: time out of limits, MKT, statistics, daily bands, distribution, excursions. */
export function SensorAnalyticsSection({
  label,
  analytics,
  activationEnergy,
  timeZone,
}: SensorAnalyticsSectionProps) {
  const readings = analytics.count === 1 ? '1 reading' : `${countText(analytics.count)} readings`;
  return (
    <section className="analytics-sensor" aria-label={label}>
      <header className="analytics-sensor__header">
        <h2>{label}</h2>
        <p className="muted small">
          {analytics.location ? `${analytics.location} · ` : ''}
          {readings} · {coverageText(analytics.coverage)} of the range covered
        </p>
      </header>
      {analytics.count === 0 ? (
        <p className="empty-state analytics-sensor__empty">No readings in this range.</p>
      ) : (
        <>
          <dl className="analytics-tiles">
            {(['temperature', 'humidity', 'either'] as const).map((quantity) => (
              <OutOfLimitsTile key={quantity} analytics={analytics} quantity={quantity} />
            ))}
            <div className="analytics-tile">
              <dt>Mean kinetic temperature</dt>
              <dd className="analytics-tile__value">
                {analytics.meanKineticTemperature === null
                  ? '—'
                  : valueText('temperature', analytics.meanKineticTemperature)}
              </dd>
              <dd className="analytics-tile__note">ΔH/R {kelvinText(activationEnergy)}</dd>
            </div>
            <div className={`analytics-tile${analytics.coverage < 95 ? ' analytics-tile--gap' : ''}`}>
              <dt>Coverage</dt>
              <dd className="analytics-tile__value">{coverageText(analytics.coverage)}</dd>
              <dd className="analytics-tile__note">of the range has readings</dd>
            </div>
          </dl>
          <div className="table-wrap">
            <table className="table analytics-figures">
              <thead>
                <tr>
                  <th>Quantity</th>
                  <th className="numeric">Mean</th>
                  <th className="numeric">Min</th>
                  <th className="numeric">Max</th>
                  <th className="numeric">Trend</th>
                  <th className="table__secondary">Limits</th>
                </tr>
              </thead>
              <tbody>
                {QUANTITIES.map((quantity) => {
                  const mean = analytics.mean[quantity];
                  const minimum = analytics.minimum[quantity];
                  const maximum = analytics.maximum[quantity];
                  const trend = analytics.trendPerDay[quantity];
                  return (
                    <tr key={quantity}>
                      <th scope="row">{QUANTITY_LABELS[quantity]}</th>
                      <td className="numeric">{mean === null ? '—' : valueText(quantity, mean)}</td>
                      {[minimum, maximum].map((point, index) => (
                        <td key={index === 0 ? 'min' : 'max'} className="numeric">
                          {point ? (
                            <>
                              {valueText(quantity, point.value)}
                              <span className="analytics-time">{formatInZone(point.time, timeZone)}</span>
                            </>
                          ) : (
                            '—'
                          )}
                        </td>
                      ))}
                      <td className="numeric nowrap">{trend === null ? '—' : trendText(quantity, trend)}</td>
                      <td className="table__secondary nowrap">{limitsText(analytics.limits, quantity)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="analytics-charts">
            {QUANTITIES.map((quantity) => (
              <DailyBandsChart
                key={`bands-${quantity}`}
                quantity={quantity}
                bands={analytics.dailyBands}
                limits={limitsOf(analytics.limits, quantity)}
              />
            ))}
            {QUANTITIES.map((quantity) => (
              <DistributionChart
                key={`distribution-${quantity}`}
                quantity={quantity}
                bins={analytics.distribution[quantity]}
                limits={limitsOf(analytics.limits, quantity)}
              />
            ))}
          </div>
          <ExcursionsTable label={label} analytics={analytics} timeZone={timeZone} />
        </>
      )}
    </section>
  );
}
