import type { SageChangedEvent, SageSync, SageSyncCall } from '@factoryops/contracts';
import type { JobEntity } from '../../jobs/job.entity.js';
import type { DomainEvent } from '../../realtime/domain-events.js';
import type { SageSyncCallEntity, SageSyncEntity } from './sage-sync.entity.js';

export function toSageSyncDto(sync: SageSyncEntity, job: JobEntity, calls: number): SageSync {
  return {
    id: sync.id,
    state: job.state,
    done: job.done,
    total: job.total,
    requestedBy: sync.requestedBy,
    error: job.error,
    result: sync.result,
    calls,
    createdAt: sync.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export function toSageSyncCallDto(call: SageSyncCallEntity): SageSyncCall {
  return {
    id: call.id,
    method: call.method,
    path: call.path,
    status: call.status,
    durationMs: call.durationMs,
    attempt: call.attempt,
    error: call.error,
    at: call.at.toISOString(),
  };
}

/** `production:sage`: a sync's job moved on, or (without one) the connection changed. */
export function sageChanged(job?: JobEntity): DomainEvent {
  const payload: SageChangedEvent = {
    syncId: job?.id ?? null,
    state: job?.state ?? null,
    done: job?.done ?? 0,
    total: job?.total ?? 0,
    at: new Date().toISOString(),
  };
  return { type: 'production.sage.changed', payload };
}
