import type { RecomputeJob } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { jobText, jobsToShow, withJob } from './recompute-jobs';

function job(id: string, state: RecomputeJob['state'], done = 0, certificateId: string | null = 'c1') {
  return {
    id,
    sensorId: 's1',
    certificateId,
    state,
    from: '2026-01-01T00:00:00Z',
    until: null,
    total: 40_000,
    done,
    error: state === 'failed' ? 'database went away' : null,
    createdAt: '2026-11-23T12:00:00Z',
    finishedAt: state === 'done' || state === 'failed' ? '2026-11-23T12:05:00Z' : null,
  } satisfies RecomputeJob;
}

describe('recompute jobs', () => {
  it('adds a new job on top and replaces a known one with its progress', () => {
    const list = [job('a', 'done', 40_000)];
    const added = withJob(list, job('b', 'running', 100));
    expect(added.map((j) => j.id)).toEqual(['b', 'a']);
    expect(withJob(added, job('b', 'running', 500)).map((j) => j.done)).toEqual([500, 40_000]);
  });

  it('ignores a late event that says less than what is known', () => {
    const list = [job('b', 'running', 500)];
    expect(withJob(list, job('b', 'running', 100))).toBe(list);
    expect(withJob(list, job('b', 'queued'))).toBe(list);
    const finished = [job('b', 'done', 40_000)];
    expect(withJob(finished, job('b', 'running', 39_000))).toBe(finished);
  });

  it('shows running and queued jobs, and the newest job of the certificate just saved', () => {
    const jobs = [
      job('new', 'done', 40_000, 'mine'),
      job('r', 'running', 5, 'x'),
      job('old', 'failed', 3, 'mine'),
    ];
    expect(jobsToShow(jobs, null).map((j) => j.id)).toEqual(['r']);
    expect(jobsToShow(jobs, 'mine').map((j) => j.id)).toEqual(['new', 'r']);
    expect(jobsToShow([job('q', 'queued', 0, 'other')], 'mine').map((j) => j.id)).toEqual(['q']);
  });

  it('says how far a job is, and how it ended', () => {
    expect(jobText(job('a', 'running', 12_345))).toBe('Recomputing corrected readings… 12,345 / 40,000');
    expect(jobText(job('a', 'queued'))).toBe('Waiting to recompute corrected readings…');
    expect(jobText({ ...job('a', 'running'), total: 0 })).toBe('Recomputing corrected readings…');
    expect(jobText(job('a', 'done', 40_000))).toBe('Done: 40,000 corrected readings recomputed.');
    expect(jobText({ ...job('a', 'done'), total: 0 })).toBe(
      'Done: no stored readings in the validity window.',
    );
    expect(jobText(job('a', 'failed', 3))).toBe('Recomputing failed: database went away (3 / 40,000 done).');
  });
});
