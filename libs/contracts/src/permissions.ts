/**
 * Roles and the permission codes they grant. This file is the single source of truth:
 * the API enforces these codes and the SPA hides what the API would refuse. The fleet seed's roles map
 * onto these: its `superuser` is our `admin`, `maker` and `configurator` are roles of their own.
 */
export const ROLES = [
  'admin',
  'manager',
  'technician',
  'repair',
  'operator',
  'viewer',
  'maker',
  'configurator',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  manager: 'Manager',
  technician: 'Technician',
  repair: 'Repair',
  operator: 'Operator',
  viewer: 'Viewer',
  maker: 'Maker',
  configurator: 'Configurator',
};

export const PERMISSIONS = {
  'users.manage': 'Create, edit and deactivate users; reset passwords; revoke sessions',
  'apikeys.manage': 'Create and revoke API keys for machine clients',
  'audit.view': 'Browse the audit log',
  'logins.view': 'See the login history',
  'instruments.manage': 'Add, edit and retire instruments and sensors',
  'instruments.operate': 'Connect, disconnect and reconnect instruments',
  'measurements.view': 'See live readings, history and analytics',
  'measurements.ingest': 'Post readings from external devices',
  'measurements.export': 'Export readings as CSV',
  'calibration.manage': 'Manage calibration certificates and corrections',
  'alarms.acknowledge': 'Acknowledge alarms',
  'alarms.manage': 'Set alarm levels, delays and who is notified; see the mail outbox',
  'maintenance.view': 'See equipment status and maintenance requests',
  'maintenance.status.report': 'Report warnings and faults from external systems',
  'maintenance.request.create': 'Open maintenance requests',
  'maintenance.request.assign': 'Assign maintenance requests to technicians and teams',
  'maintenance.request.work': 'Work on and close assigned maintenance requests',
  'maintenance.manage': 'Manage equipment, teams and workflows',
  'production.view': 'See projects, the production queue and laser runs',
  'production.run.record': 'Record laser runs and material use',
  'production.queue.reorder': 'Reorder the production queue',
  'production.manage': 'Manage clients, projects, products, presets and operators',
  'production.inventory.manage': 'Manage inventory items; record purchases, adjustments and returns',
  'production.billing.view': 'See quotes and invoices and download their PDFs',
  'production.billing.manage':
    'Create, send and settle quotes and invoices; edit the company details printed on them',
  'production.communications.view': 'See the messages sent to clients, the message templates and automations',
  'production.communications.send':
    'Send messages to clients; edit message templates and switch the automated messages',
  'production.reports.view':
    'See the production, efficiency and inventory reports (the clients report, with its revenue, is for those who see invoices)',
  'production.reports.export': 'Download the production reports as CSV',
  'production.sage.manage': 'Connect and disconnect Sage Accounting, choose its business and run syncs',
  'production.sage.log.view': 'See every HTTP call a Sage sync made',
  'fleet.view': 'See devices, software and configurations',
  'fleet.devices.manage': "Add, edit and remove customers' devices",
  'fleet.software.manage': 'Manage the software catalogue, its versions and their package files',
  'fleet.configurations.manage': 'Edit the fleet configurations (Connect++, Connect Manager, Fleet managers)',
  'fleet.scenarios.manage': 'Write and edit test scenarios',
  'fleet.tests.run': 'Run device tests and record their reports',
  'fleet.templates.manage': 'Create and edit the JSON templates (schemas and default values) of the fleet',
} as const;
export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_CODES = Object.keys(PERMISSIONS) as Permission[];

const VIEW: Permission[] = [
  'measurements.view',
  'maintenance.view',
  'production.view',
  'production.billing.view',
  'production.communications.view',
  'production.reports.view',
  'fleet.view',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSION_CODES,
  manager: PERMISSION_CODES.filter(
    (code) =>
      code !== 'apikeys.manage' && code !== 'measurements.ingest' && code !== 'production.sage.log.view',
  ),
  technician: [
    'measurements.view',
    'measurements.export',
    'instruments.operate',
    'calibration.manage',
    'alarms.acknowledge',
    'maintenance.view',
    'maintenance.status.report',
    'maintenance.request.create',
    'maintenance.request.work',
    'fleet.view',
    'fleet.devices.manage',
    'fleet.tests.run',
  ],
  repair: [
    'measurements.view',
    'maintenance.view',
    'maintenance.status.report',
    'maintenance.request.create',
    'maintenance.request.work',
    'fleet.view',
  ],
  operator: [
    'measurements.view',
    'maintenance.view',
    'maintenance.request.create',
    'production.view',
    'production.run.record',
    'production.reports.view',
  ],
  viewer: VIEW,
  /** The seed's maker: builds and ships the devices — the devices, their software, their test runs. */
  maker: ['fleet.view', 'fleet.devices.manage', 'fleet.software.manage', 'fleet.tests.run'],
  /** The seed's configurator: the configurations, templates and test scenarios devices run with. */
  configurator: [
    'fleet.view',
    'fleet.configurations.manage',
    'fleet.scenarios.manage',
    'fleet.templates.manage',
  ],
};

/** The union of the permissions granted by the given roles, in catalogue order. */
export function permissionsForRoles(roles: readonly Role[]): Permission[] {
  const granted = new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
  return PERMISSION_CODES.filter((code) => granted.has(code));
}
