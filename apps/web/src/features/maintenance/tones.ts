import type { MachineStatus, RequestStatus, Severity } from '@factoryops/contracts';

export type Tone = 'ok' | 'info' | 'warn' | 'danger' | 'critical' | 'muted';

/** Machine statuses, request statuses and severities share no word, so one table colours them all. */
export const TONES: Record<MachineStatus | RequestStatus | Severity, Tone> = {
  OK: 'ok',
  Warning: 'warn',
  Fault: 'danger',
  Scrapped: 'muted',
  New: 'info',
  'In Progress': 'warn',
  Repaired: 'ok',
  Scrap: 'muted',
  Low: 'muted',
  Medium: 'info',
  High: 'warn',
  Critical: 'critical',
};

/** Chart colours of the tones, matching the badges' ink. */
const TONE_COLORS: Record<Tone, string> = {
  ok: '#2f855a',
  info: '#1769aa',
  warn: '#d69e2e',
  danger: '#d92d20',
  critical: '#912018',
  muted: '#98a2b3',
};

export const toneColor = (tone: Tone): string => TONE_COLORS[tone];
export const colorOf = (value: keyof typeof TONES): string => toneColor(TONES[value]);
