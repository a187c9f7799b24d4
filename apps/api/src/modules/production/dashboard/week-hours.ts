import type { OperatorWeekHours } from '@factoryops/contracts';

/** Minutes an operator cut on a day (`day` null for an operator who cut nothing that week). */
export interface OperatorDayMinutes {
  operatorId: string;
  name: string;
  day: string | null;
  minutes: number;
}

/**
 * Each operator's hours on each day of `week`, in the order the operators first appear: every day is
 * there, 0 when they did not cut, hours with 2 decimals.
 */
export function weekHours(rows: readonly OperatorDayMinutes[], week: readonly string[]): OperatorWeekHours[] {
  const operators = new Map<string, { name: string; minutes: Map<string, number> }>();
  for (const row of rows) {
    const operator = operators.get(row.operatorId) ?? { name: row.name, minutes: new Map() };
    operators.set(row.operatorId, operator);
    if (row.day !== null) operator.minutes.set(row.day, (operator.minutes.get(row.day) ?? 0) + row.minutes);
  }
  return [...operators].map(([operatorId, { name, minutes }]) => ({
    operatorId,
    name,
    days: week.map((date) => ({ date, hours: Math.round(((minutes.get(date) ?? 0) * 100) / 60) / 100 })),
  }));
}
