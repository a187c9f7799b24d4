/** Pure rule: when does a run of failed sign-ins lock an account or slow an address down. */
export interface ThrottleLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  windowMs: number;
}

export type ThrottleDecision =
  | { allowed: true }
  | { allowed: false; outcome: 'locked' | 'rate_limited'; retryAfterSeconds: number };

/**
 * `accountFailures` and `addressFailures` are the times of recent failures, newest first.
 * A limit of N is reached when there are N failures inside the window; it lifts when the N-th
 * newest of them leaves the window.
 */
export function decideThrottle(
  accountFailures: Date[],
  addressFailures: Date[],
  now: Date,
  limits: ThrottleLimits,
): ThrottleDecision {
  const check = (failures: Date[], max: number) => {
    const inWindow = failures.filter((at) => now.getTime() - at.getTime() < limits.windowMs);
    if (inWindow.length < max) return undefined;
    const liftsAt = inWindow[max - 1].getTime() + limits.windowMs;
    return Math.max(1, Math.ceil((liftsAt - now.getTime()) / 1000));
  };
  const account = check(accountFailures, limits.maxFailuresPerAccount);
  if (account !== undefined) return { allowed: false, outcome: 'locked', retryAfterSeconds: account };
  const address = check(addressFailures, limits.maxFailuresPerAddress);
  if (address !== undefined) return { allowed: false, outcome: 'rate_limited', retryAfterSeconds: address };
  return { allowed: true };
}
