import type { SensorCalibration } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { ErrorBanner } from '../../components/error-banner';
import { recomputeJobsQuery } from './queries';
import { isRunning, jobsToShow, jobText } from './recompute-jobs';

interface RecomputeProgressProps {
  /** For the sensors' names. */
  sensors: SensorCalibration[];
  /** The certificate the user just saved: its job stays in view when done or failed. */
  watchedCertificateId: string | null;
  onDismiss(): void;
}

/** A progress bar per running recompute job, moved on live by `calibration:changed`; then how it ended. */
export function RecomputeProgress({ sensors, watchedCertificateId, onDismiss }: RecomputeProgressProps) {
  const jobs = useQuery(recomputeJobsQuery());
  const shown = jobsToShow(jobs.data?.items ?? [], watchedCertificateId);
  if (jobs.error) return <ErrorBanner error={jobs.error} />;
  if (shown.length === 0) return null;
  return (
    <section className="recompute-list" aria-label="Recomputing corrected readings">
      {shown.map((job) => {
        const sensor = sensors.find((s) => s.sensorId === job.sensorId);
        const name = sensor ? `${sensor.sensorName} (${sensor.instrumentName})` : 'A sensor';
        return (
          <div key={job.id} className={`recompute recompute--${job.state}`} role="status">
            <div className="recompute__line">
              <span>
                <strong>{name}:</strong> {jobText(job)}
              </span>
              {isRunning(job) ? null : (
                <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
                  Dismiss
                </button>
              )}
            </div>
            {job.state === 'running' && job.total > 0 ? (
              <progress max={job.total} value={job.done} aria-label={`Recomputing ${name}`} />
            ) : job.state === 'queued' || job.state === 'running' ? (
              <progress aria-label={`Recomputing ${name}`} />
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
