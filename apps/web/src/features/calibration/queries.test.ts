import type { RecomputeJob } from '@factoryops/contracts';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { historyKeys } from '../history/queries';
import { applyCalibrationEvent, calibrationKeys } from './queries';

const job = (state: RecomputeJob['state'], done: number, sensorId = 's1'): RecomputeJob => ({
  id: 'job-1',
  sensorId,
  certificateId: 'c1',
  state,
  from: '2026-01-01T00:00:00Z',
  until: null,
  total: 100,
  done,
  error: null,
  createdAt: '2026-11-23T12:00:00Z',
  finishedAt: null,
});

const event = (j: RecomputeJob | null) => ({
  sensorId: 's1',
  certificateId: 'c1',
  certificatesChanged: j === null,
  job: j,
  at: '2026-11-23T12:00:01Z',
});

function client() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(calibrationKeys.jobs(null), { items: [job('running', 10)] });
  queryClient.setQueryData(calibrationKeys.jobs('s1'), { items: [] });
  queryClient.setQueryData(calibrationKeys.jobs('s2'), { items: [] });
  queryClient.setQueryData(calibrationKeys.sensors(), { items: [] });
  queryClient.setQueryData(historyKeys.sensor('s1', null), { count: 0 });
  return queryClient;
}

const doneOf = (queryClient: QueryClient, sensorId: string | null) =>
  queryClient
    .getQueryData<{ items: RecomputeJob[] }>(calibrationKeys.jobs(sensorId))
    ?.items.map((j) => j.done);

describe('calibration:changed', () => {
  it('moves a running job on in the lists of all sensors and of its sensor, and refetches nothing', () => {
    const queryClient = client();
    applyCalibrationEvent(queryClient, event(job('running', 60)));
    expect(doneOf(queryClient, null)).toEqual([60]);
    expect(doneOf(queryClient, 's1')).toEqual([60]);
    expect(doneOf(queryClient, 's2')).toEqual([]);
    expect(queryClient.getQueryState(calibrationKeys.sensors())?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(historyKeys.sensor('s1', null))?.isInvalidated).toBe(false);
  });

  it('refetches calibration data when a job ends or a certificate changes', () => {
    const finished = client();
    applyCalibrationEvent(finished, event(job('done', 100)));
    expect(doneOf(finished, null)).toEqual([100]);
    expect(finished.getQueryState(calibrationKeys.sensors())?.isInvalidated).toBe(true);
    // The recompute changed stored corrected values: open history charts refetch them.
    expect(finished.getQueryState(historyKeys.sensor('s1', null))?.isInvalidated).toBe(true);

    const changed = client();
    applyCalibrationEvent(changed, event(null));
    expect(changed.getQueryState(calibrationKeys.sensors())?.isInvalidated).toBe(true);
  });
});
