import { z } from 'zod';
import { isoDateTime, pageOf, pageQueryShape } from './common.js';

// ── Sage Business Cloud Accounting (seed module 10): connection, business, syncs and their calls ──

/** The business of the connection that syncs read and write (Sage's `X-Business`). */
export const SageBusinessSchema = z.object({
  id: z.string(),
  name: z.string(),
});
export type SageBusiness = z.infer<typeof SageBusinessSchema>;

/** `POST /production/sage/connect`: where to send the browser to authorize the app. */
export const SageAuthorizationSchema = z.object({ authorizeUrl: z.url() });
export type SageAuthorization = z.infer<typeof SageAuthorizationSchema>;

/** What Sage hands the callback page (`?code=…&state=…`), posted on by it. */
export const SageCallbackInputSchema = z.strictObject({
  code: z.string().min(1, { message: 'The authorization code is missing' }).max(2000),
  state: z.string().min(1, { message: 'The state is missing' }).max(200),
});
export type SageCallbackInput = z.infer<typeof SageCallbackInputSchema>;

export const SageBusinessListSchema = z.object({ items: z.array(SageBusinessSchema) });
export type SageBusinessList = z.infer<typeof SageBusinessListSchema>;

export const ChooseSageBusinessInputSchema = z.strictObject({
  businessId: z.string().min(1, { message: 'Choose a business' }).max(200),
});
export type ChooseSageBusinessInput = z.infer<typeof ChooseSageBusinessInputSchema>;

// ── Syncs ─────────────────────────────────────────────────────────────────────────────────────────

/** How a Sage contact found its client: already linked, same email, same name (ignoring case), or new. */
export const SAGE_CONTACT_OUTCOMES = ['linked', 'email', 'name', 'created'] as const;
export const SageContactOutcomeSchema = z.enum(SAGE_CONTACT_OUTCOMES);
export type SageContactOutcome = z.infer<typeof SageContactOutcomeSchema>;

export const SageContactResultSchema = z.object({
  sageId: z.string(),
  sageName: z.string(),
  clientId: z.uuid(),
  clientCode: z.string(),
  clientName: z.string(),
  outcome: SageContactOutcomeSchema,
});
export type SageContactResult = z.infer<typeof SageContactResultSchema>;

/**
 * What happened to one invoice: `created` in Sage now, `found` (created by an earlier try that died
 * before linking, found by its reference) or `linked` (synced before); `paid` when Sage says it is paid
 * and it was marked so here.
 */
export const SAGE_INVOICE_OUTCOMES = ['created', 'found', 'linked'] as const;
export const SageInvoiceResultSchema = z.object({
  invoiceId: z.uuid(),
  number: z.string(),
  sageId: z.string(),
  outcome: z.enum(SAGE_INVOICE_OUTCOMES),
  /** Sage's status id (`UNPAID`, `PART_PAID`, `PAID`, `VOID`…). */
  sageStatus: z.string(),
  paid: z.boolean(),
});
export type SageInvoiceResult = z.infer<typeof SageInvoiceResultSchema>;

export const SageSyncResultSchema = z.object({
  contacts: z.array(SageContactResultSchema),
  /** Clients of synced invoices that Sage had no contact for: created there. */
  contactsCreatedInSage: z.array(
    z.object({ clientId: z.uuid(), clientCode: z.string(), sageId: z.string() }),
  ),
  invoices: z.array(SageInvoiceResultSchema),
});
export type SageSyncResult = z.infer<typeof SageSyncResultSchema>;

export const SAGE_SYNC_STATES = ['queued', 'running', 'done', 'failed'] as const;

/** A sync: a background job with its progress (steps done of total) and, when done, what it did. */
export const SageSyncSchema = z.object({
  id: z.uuid(),
  state: z.enum(SAGE_SYNC_STATES),
  done: z.number().int(),
  total: z.number().int(),
  requestedBy: z.string(),
  error: z.string().nullable(),
  result: SageSyncResultSchema.nullable(),
  /** HTTP calls made to Sage (the calls themselves: `production.sage.log.view`). */
  calls: z.number().int(),
  createdAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
});
export type SageSync = z.infer<typeof SageSyncSchema>;
export const SageSyncPageSchema = pageOf(SageSyncSchema);
export const SageSyncListQuerySchema = z.strictObject({ ...pageQueryShape });

/**
 * `GET /production/sage`: whether the site has Sage credentials (`SAGE_CLIENT_ID`), whether it is
 * connected, to which business, and the latest sync.
 */
export const SageStatusSchema = z.object({
  configured: z.boolean(),
  connected: z.boolean(),
  connectedAt: isoDateTime.nullable(),
  connectedBy: z.string().nullable(),
  business: SageBusinessSchema.nullable(),
  lastSync: SageSyncSchema.nullable(),
});
export type SageStatus = z.infer<typeof SageStatusSchema>;

/** One HTTP call a sync made to Sage (its OAuth server included), each attempt on its own. */
export const SageSyncCallSchema = z.object({
  id: z.uuid(),
  method: z.string(),
  /** The path and query, without the host. */
  path: z.string(),
  /** HTTP status, or null when no answer came (network error, time-out). */
  status: z.number().int().nullable(),
  durationMs: z.number().int(),
  /** 1 for the first try of a request, 2… for its retries. */
  attempt: z.number().int(),
  error: z.string().nullable(),
  at: isoDateTime,
});
export type SageSyncCall = z.infer<typeof SageSyncCallSchema>;
export const SageSyncCallPageSchema = pageOf(SageSyncCallSchema);

/**
 * `production:sage` on `/ops`, to those with `production.sage.manage`: the connection changed
 * (`syncId` null) or a sync moved on (its state and progress, pushed as it goes).
 */
export interface SageChangedEvent {
  syncId: string | null;
  state: SageSync['state'] | null;
  done: number;
  total: number;
  at: string;
}
