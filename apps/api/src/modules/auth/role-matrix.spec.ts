import { describe, expect, it } from '@jest/globals';
import { PERMISSION_CODES, permissionsForRoles } from '@factoryops/contracts';
import { roleMatrix } from './role-matrix.js';

describe('roles and permissions', () => {
  it('gives admins every permission and managers all but API keys, ingest and the Sage call log', () => {
    expect(permissionsForRoles(['admin'])).toEqual(PERMISSION_CODES);
    const manager = permissionsForRoles(['manager']);
    expect(manager).toContain('users.manage');
    expect(manager).not.toContain('apikeys.manage');
    expect(manager).toContain('production.sage.manage');
    expect(manager).not.toContain('production.sage.log.view');
  });

  it('unions the permissions of several roles without duplicates', () => {
    const both = permissionsForRoles(['operator', 'repair']);
    expect(both).toContain('production.run.record');
    expect(both).toContain('maintenance.request.work');
    expect(new Set(both).size).toBe(both.length);
  });

  it('keeps viewers read-only', () => {
    expect(permissionsForRoles(['viewer']).every((code) => code.endsWith('.view'))).toBe(true);
  });

  it('gives makers the devices, software and test runs, configurators the configurations and scenarios', () => {
    expect(permissionsForRoles(['maker'])).toEqual([
      'fleet.view',
      'fleet.devices.manage',
      'fleet.software.manage',
      'fleet.tests.run',
    ]);
    expect(permissionsForRoles(['configurator'])).toEqual([
      'fleet.view',
      'fleet.configurations.manage',
      'fleet.scenarios.manage',
      'fleet.templates.manage',
    ]);
    const both = permissionsForRoles(['maker', 'configurator']);
    expect(both).toContain('fleet.software.manage');
    expect(both).toContain('fleet.scenarios.manage');
    expect(both).not.toContain('users.manage');
  });

  it('lists every role and permission in the matrix', () => {
    const matrix = roleMatrix();
    expect(matrix.roles.map((role) => role.code)).toEqual([
      'admin',
      'manager',
      'technician',
      'repair',
      'operator',
      'viewer',
      'maker',
      'configurator',
    ]);
    expect(matrix.permissions).toHaveLength(PERMISSION_CODES.length);
    expect(matrix.grants.viewer).toEqual([
      'measurements.view',
      'maintenance.view',
      'production.view',
      'production.billing.view',
      'production.communications.view',
      'production.reports.view',
      'fleet.view',
    ]);
  });
});
