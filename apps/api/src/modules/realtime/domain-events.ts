import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import type {
  AlarmChangedEvent,
  AnomalyEvent,
  CalibrationChangedEvent,
  EntityChangedEvent,
  FleetChangedEvent,
  InstrumentCommand,
  InstrumentStateEvent,
  LiveReading,
  MaintenanceChangedEvent,
  ProductionChangedEvent,
  ProductionQueueEvent,
  ProductionRunEvent,
  SageChangedEvent,
} from '@factoryops/contracts';

/** Events services announce after their transaction commits; the realtime gateway broadcasts them. */
export type DomainEvent =
  | { type: 'entity.changed'; payload: EntityChangedEvent; audience: 'admins' }
  /** An instrument's connection settings changed (or it was added, retired or removed). */
  | { type: 'instrument.configured'; instrumentId: string }
  /** A connection command from a socket client (already checked against `instruments.operate`). */
  | { type: 'instrument.command'; command: InstrumentCommand; instrumentId?: string }
  /** Live measurement traffic: broadcast at once, not after a commit. */
  | { type: 'reading'; reading: LiveReading }
  | { type: 'instrument.state'; event: InstrumentStateEvent }
  | { type: 'anomaly'; event: AnomalyEvent }
  /** A machine, warning or maintenance request changed (after commit). */
  | { type: 'maintenance.changed'; payload: MaintenanceChangedEvent }
  /** A production queue item was queued or moved on (after commit). */
  | { type: 'production.queue.changed'; payload: ProductionQueueEvent }
  /** A laser run was logged or deleted (after commit). */
  | { type: 'production.run.changed'; payload: ProductionRunEvent }
  /** A client, project, product, project line, design file, preset or operator changed (after commit). */
  | { type: 'production.changed'; payload: ProductionChangedEvent }
  /** The Sage Accounting connection changed or a sync moved on. */
  | { type: 'production.sage.changed'; payload: SageChangedEvent }
  /** A fleet record (a JSON template…) changed (after commit). */
  | { type: 'fleet.changed'; payload: FleetChangedEvent }
  /** A team or its members changed: cached memberships are stale. */
  | { type: 'maintenance.teams.changed' }
  /** A certificate changed (corrections at ingest are stale) or a recompute job moved on. */
  | { type: 'calibration.changed'; payload: CalibrationChangedEvent }
  /** An alarm was raised, went up a level, was acknowledged, cleared or escalated (after commit). */
  | { type: 'alarm.changed'; payload: AlarmChangedEvent }
  /** A sensor's alarm rule was stored: the monitor reloads it. */
  | { type: 'alarm.rule.changed'; sensorId: string }
  | { type: 'session.revoked'; userId: string; sessionIds: string[] | 'all'; reason: string };

@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter();

  publish(event: DomainEvent): void {
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: DomainEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}

export function entityChanged(entity: EntityChangedEvent['entity'], id: string, action: string): DomainEvent {
  return {
    type: 'entity.changed',
    audience: 'admins',
    payload: { entity, id, action, at: new Date().toISOString() },
  };
}
