import type { Role } from '@factoryops/contracts';
import { describePermissionMatrix, type Method } from './permission-matrix.js';

/** An id nothing has: an allowed call answers 400 or 404 for it, and changes nothing. */
const NONE = '00000000-0000-4000-8000-000000000000';
const ROLES = [
  'admin',
  'manager',
  'technician',
  'repair',
  'operator',
  'viewer',
  'maker',
  'configurator',
] as const satisfies readonly Role[];
type Who = (typeof ROLES)[number];

/** Everyone who sees the fleet: all but operators (they cut in production). */
const READ: Who[] = ['admin', 'manager', 'technician', 'repair', 'viewer', 'maker', 'configurator'];
/** Devices are the makers' (and technicians', who look after them). */
const DEVICES: Who[] = ['admin', 'manager', 'technician', 'maker'];
/** The software catalogue is the makers'. */
const SOFTWARE: Who[] = ['admin', 'manager', 'maker'];
/** JSON templates are the configurators'. */
const TEMPLATES: Who[] = ['admin', 'manager', 'configurator'];
const VERSION = `/software/${NONE}/versions/${NONE}`;

/** Every fleet endpoint with the roles allowed through; the others must get 403. */
const MATRIX: [method: Method, path: string, allowed: Who[]][] = [
  ['get', '/devices', READ],
  ['get', `/devices/${NONE}`, READ],
  ['post', '/devices', DEVICES],
  ['patch', `/devices/${NONE}`, DEVICES],
  ['delete', `/devices/${NONE}`, DEVICES],
  ['get', '/device-types', READ],
  ['post', '/device-types', DEVICES],
  ['patch', '/device-types/mask_tester', DEVICES],
  ['get', '/customers', READ],
  ['get', '/software', READ],
  ['get', `/software/${NONE}`, READ],
  ['post', '/software', SOFTWARE],
  ['patch', `/software/${NONE}`, SOFTWARE],
  ['delete', `/software/${NONE}`, SOFTWARE],
  ['post', `/software/${NONE}/versions`, SOFTWARE],
  ['patch', VERSION, SOFTWARE],
  ['delete', VERSION, SOFTWARE],
  ['post', `${VERSION}/package`, SOFTWARE],
  ['get', `${VERSION}/package`, READ],
  ['get', '/templates', READ],
  ['get', `/templates/${NONE}`, READ],
  ['post', '/templates', TEMPLATES],
  ['post', '/templates/check', READ],
  ['patch', `/templates/${NONE}`, TEMPLATES],
  ['delete', `/templates/${NONE}`, TEMPLATES],
];

/** The permission matrix of the fleet for every role, the new maker and configurator among them. */
describePermissionMatrix('fleet: who may do what', ROLES, MATRIX, '/api/v1/fleet');
