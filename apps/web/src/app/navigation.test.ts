import { permissionsForRoles, type Role } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { visibleSections } from './navigation';

const labels = (roles: Role[]) => visibleSections(permissionsForRoles(roles)).map((section) => section.label);

describe('navigation by role', () => {
  it.each<[Role, string[]]>([
    ['admin', ['Monitoring', 'Maintenance', 'Production', 'Fleet', 'Admin']],
    ['manager', ['Monitoring', 'Maintenance', 'Production', 'Fleet', 'Admin']],
    ['technician', ['Monitoring', 'Maintenance', 'Fleet']],
    ['repair', ['Monitoring', 'Maintenance', 'Fleet']],
    ['operator', ['Monitoring', 'Maintenance', 'Production']],
    ['viewer', ['Monitoring', 'Maintenance', 'Production', 'Fleet']],
    ['maker', ['Fleet']],
    ['configurator', ['Fleet']],
  ])('%s sees %j', (role, expected) => {
    expect(labels([role])).toEqual(expected);
  });

  it.each<Role>(['maker', 'configurator', 'viewer'])(
    'gives %s the devices, software and templates pages',
    (role) => {
      const fleet = visibleSections(permissionsForRoles([role])).find((s) => s.label === 'Fleet');
      expect(fleet?.children?.map((c) => c.label)).toEqual(['Devices', 'Software', 'Templates']);
    },
  );

  it('shows a manager every admin page but API keys', () => {
    const admin = visibleSections(permissionsForRoles(['manager'])).find((s) => s.label === 'Admin');
    expect(admin?.children?.map((c) => c.label)).toEqual([
      'Users',
      'Roles & permissions',
      'Login history',
      'Audit log',
    ]);
  });

  it.each<Role>(['manager', 'technician', 'operator', 'viewer'])(
    'gives %s every maintenance page',
    (role) => {
      const maintenance = visibleSections(permissionsForRoles([role])).find((s) => s.label === 'Maintenance');
      expect(maintenance?.children?.map((c) => c.to)).toEqual([
        '/maintenance',
        '/maintenance/machines',
        '/maintenance/calendar',
        '/maintenance/dashboard',
        '/maintenance/kpis',
        '/maintenance/teams',
      ]);
    },
  );

  const SHOP = [
    'Dashboard',
    'Clients',
    'Projects',
    'Products',
    'Queue',
    'Laser runs',
    'Inventory',
    'Presets',
    'Operators',
  ];
  const BILLING = ['Quotes', 'Invoices', 'Company details'];

  it.each<[Role, string[]]>([
    ['manager', [...SHOP, ...BILLING, 'Messages', 'Reports', 'Accounting']],
    ['viewer', [...SHOP, ...BILLING, 'Messages', 'Reports']],
    ['operator', [...SHOP, 'Reports']],
  ])(
    'gives %s its production pages (operators see no prices, documents and messages; all see the reports; viewers no accounting sync)',
    (role, pages) => {
      const production = visibleSections(permissionsForRoles([role])).find((s) => s.label === 'Production');
      expect(production?.children?.map((c) => c.label)).toEqual(pages);
    },
  );

  it.each<Role>(['admin', 'technician', 'operator', 'viewer'])(
    'gives %s the monitoring pages, with the active-alarm count on Alarms',
    (role) => {
      const monitoring = visibleSections(permissionsForRoles([role])).find((s) => s.label === 'Monitoring');
      expect(monitoring?.children?.map((c) => c.label)).toEqual(
        expect.arrayContaining(['History', 'Analytics', 'Alarms']),
      );
      expect(monitoring?.children?.find((c) => c.label === 'Alarms')?.badge).toBe('active-alarms');
    },
  );
});
