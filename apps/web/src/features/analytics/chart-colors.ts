import type { Quantity } from '@factoryops/contracts';

/** The colour of each quantity in every analytics chart, and of time beyond a limit. */
export const QUANTITY_COLORS: Record<Quantity, string> = { temperature: '#d9480f', humidity: '#1769aa' };
/** Darker, for a line drawn over a band of the quantity's colour. */
export const QUANTITY_LINE_COLORS: Record<Quantity, string> = { temperature: '#8f3208', humidity: '#0b3f69' };
export const EITHER_COLOR = '#495057';
export const OUTSIDE_COLOR = '#c92a2a';
export const LIMIT_COLOR = '#c92a2a';
