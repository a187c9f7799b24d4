import type { Alarm, AlarmKind, AlarmLevel, AlarmState, Quantity } from '@factoryops/contracts';
import { valueText } from '../history/figures';
import type { Tone } from '../maintenance/tones';

/** The states in words, for filters and sentences. */
export const STATE_LABELS: Record<AlarmState, string> = {
  active: 'Active',
  acknowledged: 'Acknowledged',
  cleared: 'Cleared, unacknowledged',
  closed: 'Closed',
};

/** The states on a badge, short; a cleared alarm gets an "Unacknowledged" badge beside it. */
export const STATE_BADGE_LABELS: Record<AlarmState, string> = {
  active: 'Active',
  acknowledged: 'Acknowledged',
  cleared: 'Cleared',
  closed: 'Closed',
};

/** Active is loud (solid red); cleared but unacknowledged still asks for attention; acknowledged is calm. */
export const STATE_TONES: Record<AlarmState, Tone> = {
  active: 'critical',
  cleared: 'warn',
  acknowledged: 'info',
  closed: 'muted',
};

export const LEVEL_LABELS: Record<AlarmLevel, string> = { warning: 'Warning', alarm: 'Alarm' };
export const LEVEL_TONES: Record<AlarmLevel, Tone> = { warning: 'warn', alarm: 'danger' };

export const KIND_LABELS: Record<AlarmKind, string> = {
  temperature: 'Temperature',
  humidity: 'Humidity',
  communication: 'Communication loss',
  calibration: 'Calibration due',
};

/** Whether someone still has to acknowledge it: active, or cleared without anyone having taken it on. */
export function needsAcknowledgement(alarm: Pick<Alarm, 'state'>): boolean {
  return alarm.state === 'active' || alarm.state === 'cleared';
}

const STATE_ORDER: Record<AlarmState, number> = { active: 0, cleared: 1, acknowledged: 2, closed: 3 };
const LEVEL_ORDER: Record<AlarmLevel, number> = { alarm: 0, warning: 1 };

/** The alarm list's order: active, then cleared-unacknowledged, then acknowledged; alarms before warnings; newest first. */
export function byUrgency(a: Alarm, b: Alarm): number {
  return (
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    Date.parse(b.raisedAt) - Date.parse(a.raisedAt)
  );
}

const quantityOf = (kind: AlarmKind): Quantity | null =>
  kind === 'temperature' || kind === 'humidity' ? kind : null;

/** The worst value while it lasted, with its unit ("27.40 °C"); a dash for alarms without values. */
export function worstText(alarm: Pick<Alarm, 'kind' | 'worst'>): string {
  const quantity = quantityOf(alarm.kind);
  return quantity && alarm.worst ? valueText(quantity, alarm.worst.value) : '—';
}

/** The value that raised it, with its unit; null for alarms without values. */
export function raisedValueText(alarm: Pick<Alarm, 'kind' | 'raisedValue'>): string | null {
  const quantity = quantityOf(alarm.kind);
  return quantity && alarm.raisedValue !== null ? valueText(quantity, alarm.raisedValue) : null;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** What the badge and the dashboard say: "2 active alarms", "No active alarms". */
export function activeCountText(active: number): string {
  return active === 0 ? 'No active alarms' : `${plural(active, 'active alarm')}`;
}

/** The open alarms by state, for a line under the heading: "2 active · 1 cleared, unacknowledged · 3 acknowledged". */
export function openCountsText(counts: { active: number; acknowledged: number; cleared: number }): string {
  const parts = [
    counts.active ? `${counts.active} active` : null,
    counts.cleared ? `${counts.cleared} cleared, unacknowledged` : null,
    counts.acknowledged ? `${counts.acknowledged} acknowledged` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'No open alarms';
}
