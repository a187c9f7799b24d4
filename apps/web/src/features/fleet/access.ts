import { useCurrentUser } from '../../app/auth-session';

/** What a user with these permissions may change in the fleet; the server checks the same itself. */
export function fleetAccess(permissions: readonly string[]) {
  return {
    devices: permissions.includes('fleet.devices.manage'),
    software: permissions.includes('fleet.software.manage'),
  };
}

export const useFleetAccess = () => fleetAccess(useCurrentUser().permissions);
