import type { Permission } from '@factoryops/contracts';

export interface NavItem {
  to: string;
  label: string;
  /** Shown when the user holds any of these. */
  anyOf: Permission[];
  /** A live count beside the label. */
  badge?: 'active-alarms';
}

export interface NavSection extends NavItem {
  description: string;
  children?: NavItem[];
}

export const SECTIONS: NavSection[] = [
  {
    to: '/monitoring',
    label: 'Monitoring',
    anyOf: ['measurements.view'],
    description:
      'Live temperature and humidity from Fluke 1620A thermo-hygrometers, history, CSV export, analytics, alarms and calibration.',
    children: [
      { to: '/monitoring', label: 'Live', anyOf: ['measurements.view'] },
      { to: '/monitoring/history', label: 'History', anyOf: ['measurements.view'] },
      { to: '/monitoring/analytics', label: 'Analytics', anyOf: ['measurements.view'] },
      { to: '/monitoring/instruments', label: 'Instruments', anyOf: ['measurements.view'] },
      { to: '/monitoring/calibration', label: 'Calibration', anyOf: ['measurements.view'] },
      { to: '/monitoring/alarms', label: 'Alarms', anyOf: ['measurements.view'], badge: 'active-alarms' },
    ],
  },
  {
    to: '/maintenance',
    label: 'Maintenance',
    anyOf: ['maintenance.view'],
    description:
      'Machine status (OK, Warning, Fault), fault cases and maintenance requests on a Kanban board, the preventive calendar and KPIs.',
    children: [
      { to: '/maintenance', label: 'Board', anyOf: ['maintenance.view'] },
      { to: '/maintenance/machines', label: 'Machines', anyOf: ['maintenance.view'] },
      { to: '/maintenance/calendar', label: 'Calendar', anyOf: ['maintenance.view'] },
      { to: '/maintenance/dashboard', label: 'Dashboard', anyOf: ['maintenance.view'] },
      { to: '/maintenance/kpis', label: 'KPIs', anyOf: ['maintenance.view'] },
      { to: '/maintenance/teams', label: 'Teams', anyOf: ['maintenance.view'] },
    ],
  },
  {
    to: '/production',
    label: 'Production',
    anyOf: ['production.view'],
    description:
      'The laser job shop: clients, projects, the production queue, laser runs, inventory, quotes and invoices, messages to clients, reports, and the sync with Sage Accounting.',
    children: [
      { to: '/production', label: 'Dashboard', anyOf: ['production.view'] },
      { to: '/production/clients', label: 'Clients', anyOf: ['production.view'] },
      { to: '/production/projects', label: 'Projects', anyOf: ['production.view'] },
      { to: '/production/products', label: 'Products', anyOf: ['production.view'] },
      { to: '/production/queue', label: 'Queue', anyOf: ['production.view'] },
      { to: '/production/runs', label: 'Laser runs', anyOf: ['production.view'] },
      { to: '/production/inventory', label: 'Inventory', anyOf: ['production.view'] },
      { to: '/production/presets', label: 'Presets', anyOf: ['production.view'] },
      { to: '/production/operators', label: 'Operators', anyOf: ['production.view'] },
      { to: '/production/quotes', label: 'Quotes', anyOf: ['production.billing.view'] },
      { to: '/production/invoices', label: 'Invoices', anyOf: ['production.billing.view'] },
      { to: '/production/settings', label: 'Company details', anyOf: ['production.billing.view'] },
      { to: '/production/messages', label: 'Messages', anyOf: ['production.communications.view'] },
      { to: '/production/reports', label: 'Reports', anyOf: ['production.reports.view'] },
      { to: '/production/accounting', label: 'Accounting', anyOf: ['production.sage.manage'] },
    ],
  },
  {
    to: '/fleet',
    label: 'Fleet',
    anyOf: ['fleet.view'],
    description: 'Devices, software versions and installations, configurations, test scenarios and reports.',
    children: [
      { to: '/fleet', label: 'Devices', anyOf: ['fleet.view'] },
      { to: '/fleet/software', label: 'Software', anyOf: ['fleet.view'] },
      { to: '/fleet/templates', label: 'Templates', anyOf: ['fleet.view'] },
    ],
  },
  {
    to: '/admin',
    label: 'Admin',
    anyOf: ['users.manage', 'apikeys.manage', 'audit.view', 'logins.view'],
    description: 'Users, roles and permissions, API keys, login history and the audit log.',
    children: [
      { to: '/admin/users', label: 'Users', anyOf: ['users.manage'] },
      { to: '/admin/roles', label: 'Roles & permissions', anyOf: ['users.manage'] },
      { to: '/admin/api-keys', label: 'API keys', anyOf: ['apikeys.manage'] },
      { to: '/admin/logins', label: 'Login history', anyOf: ['logins.view'] },
      { to: '/admin/audit', label: 'Audit log', anyOf: ['audit.view'] },
    ],
  },
];

export function allowed(item: NavItem, permissions: readonly string[]): boolean {
  return item.anyOf.some((code) => permissions.includes(code));
}

/** The sections (and admin pages) a user with these permissions sees. */
export function visibleSections(permissions: readonly string[]): NavSection[] {
  return SECTIONS.filter((section) => allowed(section, permissions)).map((section) => ({
    ...section,
    children: section.children?.filter((child) => allowed(child, permissions)),
  }));
}
