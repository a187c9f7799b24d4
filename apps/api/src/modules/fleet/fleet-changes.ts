import type { FleetChangedEvent, FleetEntity } from '@factoryops/contracts';
import type { Work } from '../../database/unit-of-work.js';

/**
 * Tells every open fleet page that `entity` changed, once the transaction committed (`fleet:changed` on
 * `/ops`, to those with `fleet.view`): they refetch what they show.
 */
export function announceFleetChange(
  work: Work,
  entity: FleetEntity,
  id: string,
  action: FleetChangedEvent['action'],
): void {
  work.emitAfterCommit({
    type: 'fleet.changed',
    payload: { entity, id, action, at: new Date().toISOString() },
  });
}
