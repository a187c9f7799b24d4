import type { Role } from '@factoryops/contracts';
import { describePermissionMatrix, type Method } from './permission-matrix.js';

/** An id nothing has: an allowed call answers 400 or 404 for it, and changes nothing. */
const NONE = '00000000-0000-4000-8000-000000000000';
const ROLES = ['admin', 'manager', 'operator', 'viewer'] as const satisfies readonly Role[];
type Who = (typeof ROLES)[number];

const READ: Who[] = ['admin', 'manager', 'operator', 'viewer'];
const MANAGE: Who[] = ['admin', 'manager'];
const RECORD: Who[] = ['admin', 'manager', 'operator'];
/** The Sage Accounting connection and its syncs; the HTTP log of a sync is for administrators alone. */
const SAGE: Who[] = ['admin', 'manager'];
const ADMIN: Who[] = ['admin'];
/**
 * Prices, documents and messages to clients: read by the viewer as everything else, not by operators
 * (they cut, they don't bill or write to clients).
 */
const BILLING_READ: Who[] = ['admin', 'manager', 'viewer'];

/** Every production endpoint with the roles the issue lets through; the others must get 403. */
const MATRIX: [method: Method, path: string, allowed: Who[]][] = [
  ['get', '/clients', READ],
  ['get', `/clients/${NONE}`, READ],
  ['post', '/clients', MANAGE],
  ['patch', `/clients/${NONE}`, MANAGE],
  ['delete', `/clients/${NONE}`, MANAGE],
  ['get', '/projects', READ],
  ['get', `/projects/${NONE}`, READ],
  ['post', '/projects', MANAGE],
  ['patch', `/projects/${NONE}`, MANAGE],
  ['post', `/projects/${NONE}/status`, MANAGE],
  ['post', `/projects/${NONE}/pop`, MANAGE],
  ['get', `/projects/${NONE}/products`, READ],
  ['post', `/projects/${NONE}/products`, MANAGE],
  ['patch', `/projects/${NONE}/products/${NONE}`, MANAGE],
  ['delete', `/projects/${NONE}/products/${NONE}`, MANAGE],
  ['get', `/projects/${NONE}/files`, READ],
  ['post', `/projects/${NONE}/files`, MANAGE],
  ['get', '/products', READ],
  ['get', '/products/suggested-sku', MANAGE],
  ['get', `/products/${NONE}`, READ],
  ['post', '/products', MANAGE],
  ['patch', `/products/${NONE}`, MANAGE],
  ['delete', `/products/${NONE}`, MANAGE],
  ['post', `/products/${NONE}/files`, MANAGE],
  ['get', `/files/${NONE}`, READ],
  ['get', `/files/${NONE}/preview`, READ],
  ['delete', `/files/${NONE}`, MANAGE],
  ['get', '/queue', READ],
  ['post', '/queue/reorder', MANAGE],
  ['patch', `/queue/${NONE}`, MANAGE],
  ['post', `/queue/${NONE}/start`, RECORD],
  ['post', `/queue/${NONE}/complete`, RECORD],
  ['post', `/queue/${NONE}/cancel`, MANAGE],
  ['get', '/presets', READ],
  ['get', `/presets/${NONE}`, READ],
  ['post', '/presets', MANAGE],
  ['patch', `/presets/${NONE}`, MANAGE],
  ['get', '/operators', READ],
  ['get', `/operators/${NONE}`, READ],
  ['post', '/operators', MANAGE],
  ['patch', `/operators/${NONE}`, MANAGE],
  ['get', '/laser-runs', READ],
  ['get', `/laser-runs/${NONE}`, READ],
  ['post', '/laser-runs', RECORD],
  ['delete', `/laser-runs/${NONE}`, MANAGE],
  ['get', '/dashboard', READ],
  ['get', '/inventory/items', READ],
  ['get', `/inventory/items/${NONE}`, READ],
  ['post', '/inventory/items', MANAGE],
  ['patch', `/inventory/items/${NONE}`, MANAGE],
  ['delete', `/inventory/items/${NONE}`, MANAGE],
  ['post', `/inventory/items/${NONE}/transactions`, MANAGE],
  ['post', `/inventory/items/${NONE}/usage`, RECORD],
  ['get', '/inventory/transactions', READ],
  ['get', '/inventory/valuation', READ],
  ['get', '/quotes', BILLING_READ],
  ['get', `/quotes/${NONE}`, BILLING_READ],
  ['get', `/quotes/${NONE}/pdf`, BILLING_READ],
  ['post', '/quotes', MANAGE],
  ['patch', `/quotes/${NONE}`, MANAGE],
  ['delete', `/quotes/${NONE}`, MANAGE],
  ['post', `/quotes/${NONE}/send`, MANAGE],
  ['post', `/quotes/${NONE}/accept`, MANAGE],
  ['post', `/quotes/${NONE}/decline`, MANAGE],
  ['get', '/invoices', BILLING_READ],
  ['get', `/invoices/${NONE}`, BILLING_READ],
  ['get', `/invoices/${NONE}/pdf`, BILLING_READ],
  ['post', '/invoices', MANAGE],
  ['patch', `/invoices/${NONE}`, MANAGE],
  ['post', `/invoices/${NONE}/send`, MANAGE],
  ['post', `/invoices/${NONE}/pay`, MANAGE],
  ['post', `/invoices/${NONE}/cancel`, MANAGE],
  ['post', `/invoices/${NONE}/replace`, MANAGE],
  ['get', '/settings/company', BILLING_READ],
  ['get', '/settings/company/logo', BILLING_READ],
  ['patch', '/settings/company', MANAGE],
  ['post', '/settings/company/logo', MANAGE],
  ['delete', '/settings/company/logo', MANAGE],
  ['get', '/reports/production', READ],
  ['get', '/reports/efficiency', READ],
  ['get', '/reports/inventory', READ],
  ['get', '/reports/clients', BILLING_READ],
  ['get', '/reports/production.csv', MANAGE],
  ['get', '/reports/efficiency.csv', MANAGE],
  ['get', '/reports/inventory.csv', MANAGE],
  ['get', '/reports/clients.csv', MANAGE],
  ['get', '/communications', BILLING_READ],
  ['get', `/communications/${NONE}`, BILLING_READ],
  ['post', '/communications', MANAGE],
  ['get', '/communications/automations', BILLING_READ],
  ['patch', '/communications/automations/quote-expiring', MANAGE],
  ['get', '/message-templates', BILLING_READ],
  ['get', `/message-templates/${NONE}`, BILLING_READ],
  ['post', '/message-templates', MANAGE],
  ['post', '/message-templates/preview', BILLING_READ],
  ['patch', `/message-templates/${NONE}`, MANAGE],
  ['delete', `/message-templates/${NONE}`, MANAGE],
  ['get', '/sage', SAGE],
  ['post', '/sage/connect', SAGE],
  ['post', '/sage/callback', SAGE],
  ['get', '/sage/businesses', SAGE],
  ['post', '/sage/business', SAGE],
  ['post', '/sage/disconnect', SAGE],
  ['post', '/sage/syncs', SAGE],
  ['get', '/sage/syncs', SAGE],
  ['get', `/sage/syncs/${NONE}`, SAGE],
  ['get', `/sage/syncs/${NONE}/calls`, ADMIN],
];

/** The permission matrix of production for admin, manager, operator and viewer, checked on the server. */
describePermissionMatrix('production: who may do what', ROLES, MATRIX, '/api/v1/production');
