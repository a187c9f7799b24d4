import { LOGIN_OUTCOMES, type LoginDaily, type LoginOutcome } from '@factoryops/contracts';

export const OUTCOME_LABELS: Record<LoginOutcome, string> = {
  success: 'Signed in',
  bad_credentials: 'Wrong email or password',
  inactive: 'Deactivated account',
  locked: 'Account locked',
  rate_limited: 'Address rate limited',
};

export const OUTCOME_COLORS: Record<LoginOutcome, string> = {
  success: '#2f855a',
  bad_credentials: '#d69e2e',
  inactive: '#718096',
  locked: '#c53030',
  rate_limited: '#805ad5',
};

/** One series per outcome over every day of the range (days without attempts count 0). */
export function dailySeries(rows: LoginDaily, days: number, today = new Date()) {
  const dates = Array.from({ length: days }, (_, i) => {
    const day = new Date(
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1 - i)),
    );
    return day.toISOString().slice(0, 10);
  });
  const counts = new Map(rows.map((row) => [`${row.day}|${row.outcome}`, row.count]));
  return {
    dates,
    series: LOGIN_OUTCOMES.map((outcome) => ({
      name: OUTCOME_LABELS[outcome],
      color: OUTCOME_COLORS[outcome],
      data: dates.map((date) => counts.get(`${date}|${outcome}`) ?? 0),
    })),
  };
}
