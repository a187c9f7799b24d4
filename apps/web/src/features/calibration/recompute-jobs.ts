import type { RecomputeJob } from '@factoryops/contracts';

export const isRunning = (job: RecomputeJob) => job.state === 'queued' || job.state === 'running';

const STATE_ORDER: Record<RecomputeJob['state'], number> = { queued: 0, running: 1, done: 2, failed: 2 };

/** Whether `next` says more than `current` about the same job (events may overtake a refetch). */
function isNewer(next: RecomputeJob, current: RecomputeJob): boolean {
  const step = STATE_ORDER[next.state] - STATE_ORDER[current.state];
  return step > 0 || (step === 0 && next.done >= current.done);
}

/** The job list with a job from a live event in it: replaced if known and newer, else added on top. */
export function withJob(jobs: RecomputeJob[], job: RecomputeJob): RecomputeJob[] {
  const index = jobs.findIndex((j) => j.id === job.id);
  if (index < 0) return [job, ...jobs];
  if (!isNewer(job, jobs[index])) return jobs;
  return jobs.map((j, i) => (i === index ? job : j));
}

/**
 * The jobs to show: every queued or running one, and the newest job of a certificate the user just
 * saved (so its end, done or failed, stays in view until dismissed).
 */
export function jobsToShow(jobs: RecomputeJob[], watchedCertificateId: string | null): RecomputeJob[] {
  const watched = watchedCertificateId
    ? jobs.find((j) => j.certificateId === watchedCertificateId)
    : undefined;
  return jobs.filter((job) => isRunning(job) || job === watched);
}

const count = new Intl.NumberFormat();

/** "Recomputing corrected readings… 12,345 / 40,000", or how it ended. */
export function jobText(job: RecomputeJob): string {
  switch (job.state) {
    case 'queued':
      return 'Waiting to recompute corrected readings…';
    case 'running':
      // The total is known once the job has counted the readings in its window.
      return job.total === 0
        ? 'Recomputing corrected readings…'
        : `Recomputing corrected readings… ${count.format(job.done)} / ${count.format(job.total)}`;
    case 'done':
      return job.total === 0
        ? 'Done: no stored readings in the validity window.'
        : `Done: ${count.format(job.done)} corrected readings recomputed.`;
    case 'failed':
      return `Recomputing failed: ${job.error ?? 'unknown error'} (${count.format(job.done)} / ${count.format(job.total)} done).`;
  }
}
