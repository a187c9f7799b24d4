import { z } from 'zod';
import { isoDateTime, pageOf, pageQueryShape } from './common.js';

export const LOGIN_OUTCOMES = ['success', 'bad_credentials', 'inactive', 'locked', 'rate_limited'] as const;
export const LoginOutcomeSchema = z.enum(LOGIN_OUTCOMES);
export type LoginOutcome = z.infer<typeof LoginOutcomeSchema>;

export const LoginAttemptSchema = z.object({
  id: z.string(),
  at: isoDateTime,
  email: z.string(),
  userId: z.uuid().nullable(),
  address: z.string(),
  userAgent: z.string().nullable(),
  outcome: LoginOutcomeSchema,
});
export type LoginAttempt = z.infer<typeof LoginAttemptSchema>;

export const LoginAttemptQuerySchema = z.strictObject({
  ...pageQueryShape,
  email: z.string().trim().max(254).optional(),
  outcome: LoginOutcomeSchema.optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
});
export type LoginAttemptQuery = z.input<typeof LoginAttemptQuerySchema>;
export const LoginAttemptPageSchema = pageOf(LoginAttemptSchema);

/** Attempts per day and outcome, for the login history chart. */
export const LoginDailySchema = z.array(
  z.object({ day: z.string(), outcome: LoginOutcomeSchema, count: z.number().int() }),
);
export type LoginDaily = z.infer<typeof LoginDailySchema>;

export const LoginDailyQuerySchema = z.strictObject({
  days: z.coerce.number().int().min(1).max(90).default(30),
});
