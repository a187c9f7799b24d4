import { z } from 'zod';

/** RFC 9457 problem details, as every API error is returned. */
export const FieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  /** For a field holding JSON checked against a JSON Schema: the JSON pointer of the bad value in it (`/steps/0/action`; `` for the whole). */
  pointer: z.string().optional(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(FieldErrorSchema).optional(),
  errorId: z.string().optional(),
  retryAfterSeconds: z.number().int().optional(),
  /** With a 409 for a stale queue order: the order as it is now. */
  currentOrder: z.array(z.string()).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const IdParamsSchema = z.strictObject({ id: z.uuid() });

export const PAGE_SIZE_MAX = 200;

/** Paging shared by every list endpoint: `page` starts at 1. */
export const pageQueryShape = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(25),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}
export type Page<T> = { items: T[]; total: number };

export const isoDateTime = z.iso.datetime({ offset: true });

/** A calendar day, `YYYY-MM-DD`. */
export const isoDate = z.iso.date();

// A missing field says so plainly, in the API's errors and in the SPA's forms alike.
z.config({ customError: (issue) => (issue.input === undefined ? 'Required' : undefined) });
