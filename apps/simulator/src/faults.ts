/** What a simulated instrument can be told to do wrong, at run time. */
export const FAULT_MODES = [
  'none',
  /** The port refuses connections (nothing listens). */
  'refuse',
  /** Connections are dropped: open ones at once, new ones after their first command. */
  'drop',
  /** Commands are read but never answered. */
  'hang',
  /** Queries are answered with junk. */
  'garbage',
  /** `READ?` always says there is no new reading (state 0). */
  'state0',
  /** `READ?` reports 0 for both quantities, as seen when a connection went bad. */
  'zeros',
  /** Answers come late (see `slowReplyMs`). */
  'slow',
  /** The instrument's clock is hours off (until someone sets it). */
  'clock-off',
] as const;

export type FaultMode = (typeof FAULT_MODES)[number];

export function isFaultMode(value: string): value is FaultMode {
  return (FAULT_MODES as readonly string[]).includes(value);
}
