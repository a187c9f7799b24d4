import type { Sensor } from '@factoryops/contracts';
import Chart from 'react-apexcharts';
import { type SensorStatus, sensorStatus } from './sensor-status';

const STATUS_LABELS: Record<SensorStatus, string> = {
  within: 'Within limits',
  near: 'Near a limit',
  out: 'Out of limits',
  stale: 'No recent reading',
  waiting: 'Waiting for a reading',
};

interface SensorCardProps {
  sensor: Sensor;
  instrumentName: string;
  reading?: { temperature: number; humidity: number; time: string };
  points: { time: string; temperature: number; humidity: number }[];
  now: number;
  staleAfterMs: number;
}

function ago(time: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(time)) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ago` : `${Math.floor(minutes / 60)} h ago`;
}

function limitsText({ temperatureMin, temperatureMax, humidityMin, humidityMax }: Sensor['limits']): string {
  const range = (min: number | null, max: number | null, unit: string) =>
    min === null && max === null ? null : `${min ?? '…'} to ${max ?? '…'} ${unit}`;
  const parts = [range(temperatureMin, temperatureMax, '°C'), range(humidityMin, humidityMax, '%RH')].filter(
    Boolean,
  );
  return parts.length ? `limits ${parts.join(', ')}` : 'no limits set';
}

/** One sensor: large values, time since the last reading, a colour by limits, and a 30-minute sparkline. */
export function SensorCard({ sensor, instrumentName, reading, points, now, staleAfterMs }: SensorCardProps) {
  const status = sensorStatus(reading, sensor.limits, now, staleAfterMs);
  return (
    <article
      className={`sensor-card sensor-card--${status}`}
      aria-label={`${sensor.name} (${instrumentName})`}
    >
      <header className="sensor-card__header">
        <div>
          <h2>{sensor.name}</h2>
          <p className="muted small">
            {instrumentName}
            {sensor.location ? ` · ${sensor.location}` : ''}
          </p>
        </div>
        <span className={`status-pill status-pill--${status}`}>{STATUS_LABELS[status]}</span>
      </header>
      <div className="sensor-card__values">
        <p>
          <span className="sensor-card__value" data-testid="temperature">
            {reading ? reading.temperature.toFixed(2) : '—'}
          </span>
          <span className="sensor-card__unit">°C</span>
        </p>
        <p>
          <span className="sensor-card__value" data-testid="humidity">
            {reading ? reading.humidity.toFixed(1) : '—'}
          </span>
          <span className="sensor-card__unit">%RH</span>
        </p>
      </div>
      <p className="muted small">
        {reading ? `Last reading ${ago(reading.time, now)}` : 'No reading yet'} · {limitsText(sensor.limits)}
      </p>
      <div className="sensor-card__spark" aria-hidden="true">
        {points.length > 1 ? (
          <Chart
            type="line"
            height={64}
            series={[
              { name: 'Temperature', data: points.map((p) => ({ x: Date.parse(p.time), y: p.temperature })) },
            ]}
            options={{
              chart: { sparkline: { enabled: true }, animations: { enabled: false } },
              stroke: { width: 2, curve: 'smooth' },
              tooltip: {
                x: { format: 'HH:mm:ss' },
                y: { formatter: (value: number) => `${value.toFixed(2)} °C` },
              },
              xaxis: { type: 'datetime' },
              colors: ['#1769aa'],
            }}
          />
        ) : (
          <p className="muted small">The last 30 minutes appear here as readings arrive.</p>
        )}
      </div>
    </article>
  );
}
