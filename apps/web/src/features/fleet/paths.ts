/** Addresses of the fleet pages. */
export const FLEET_PATHS = { devices: '/fleet', software: '/fleet/software' } as const;
export const devicePath = (id: string) => `/fleet/devices/${id}`;
export const softwarePath = (id: string) => `${FLEET_PATHS.software}/${id}`;
