import { permissionsForRoles, type QueueStatus, type Role } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { productionAccess } from '../access';
import { queueActionsFor } from './queue-actions';

const labels = (status: QueueStatus, role: Role) =>
  queueActionsFor(status, productionAccess(permissionsForRoles([role]))).map((a) => a.label);

describe('queue item buttons', () => {
  it.each<[QueueStatus, Role, string[]]>([
    ['Queued', 'manager', ['Start', 'Cancel']],
    ['In Progress', 'manager', ['Complete', 'Cancel']],
    ['Completed', 'manager', []],
    ['Cancelled', 'admin', []],
    ['Queued', 'operator', ['Start']],
    ['In Progress', 'operator', ['Complete']],
    ['Queued', 'viewer', []],
    ['In Progress', 'viewer', []],
  ])('offers a %s item to a %s: %j', (status, role, expected) => {
    expect(labels(status, role)).toEqual(expected);
  });
});
