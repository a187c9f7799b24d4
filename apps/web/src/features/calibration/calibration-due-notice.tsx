import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../lib/format';
import { CALIBRATION_PATH } from './paths';
import { sensorCalibrationQuery } from './queries';
import { daysLeftText, dueSensors } from './standing';
import { StandingBadge } from './standing-badge';
import './calibration.css';

/** For the live dashboard: the sensors overdue or due soon for calibration; nothing when all are in date. */
export function CalibrationDueNotice() {
  const sensors = useQuery(sensorCalibrationQuery);
  const due = dueSensors(sensors.data?.items ?? []);
  if (due.length === 0) return null;
  return (
    <section
      className={`card calibration-due${due[0].standing === 'overdue' ? ' calibration-due--overdue' : ''}`}
      aria-label="Calibration due"
    >
      <header className="calibration-due__header">
        <h2>Calibration due</h2>
        <Link to={CALIBRATION_PATH}>Open calibration</Link>
      </header>
      <ul className="calibration-due__list">
        {due.map((sensor) => (
          <li key={sensor.sensorId}>
            <StandingBadge standing={sensor.standing} />{' '}
            <Link to={CALIBRATION_PATH}>
              <strong>{sensor.sensorName}</strong> ({sensor.instrumentName})
            </Link>{' '}
            <span className="muted small">
              due {formatCalendarDate(sensor.dueOn)} · {daysLeftText(sensor.daysLeft)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
