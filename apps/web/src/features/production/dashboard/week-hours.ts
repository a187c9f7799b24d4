import type { OperatorWeekHours } from '@factoryops/contracts';

/**
 * This week's cut hours as a stacked bar chart draws them: one series per operator (in the order
 * given), one category per day, Monday first; hours rounded to a tenth.
 */
export function weekHoursSeries(operators: OperatorWeekHours[]) {
  const days = operators[0]?.days.map((day) => day.date) ?? [];
  return {
    days,
    series: operators.map((operator) => ({
      name: operator.name,
      data: days.map((date) => {
        const hours = operator.days.find((day) => day.date === date)?.hours ?? 0;
        return Math.round(hours * 10) / 10;
      }),
    })),
    total: Math.round(operators.flatMap((o) => o.days).reduce((sum, day) => sum + day.hours, 0) * 10) / 10,
  };
}
