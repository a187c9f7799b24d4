import type { ProductionChangedEvent, ProductionEntity } from '@factoryops/contracts';
import type { Work } from '../../database/unit-of-work.js';

/**
 * Tells every open production page that `entity` changed, once the transaction committed
 * (`production:changed` on `/ops`, to those who may read production): they refetch what they show.
 */
export function announceProductionChange(
  work: Work,
  entity: ProductionEntity,
  id: string,
  action: ProductionChangedEvent['action'],
): void {
  work.emitAfterCommit({
    type: 'production.changed',
    payload: { entity, id, action, at: new Date().toISOString() },
  });
}
