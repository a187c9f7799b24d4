import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root: this file is apps/api/{src,dist}/config. */
export const REPO_ROOT = path.resolve(here, '../../../..');

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data')),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    FACTORYOPS_DEMO: flag.default(false),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(8).optional(),
    JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    /** Requests a minute one address may make to a rate-limited public endpoint (sign-in). */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(100),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    CORS_ORIGINS: z.string().optional(),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/i, { message: 'must look like 512kb or 1mb' })
      .default('2mb'),
    TRUST_PROXY: flag.default(false),
    INSTRUMENT_POLLING: flag.default(true),
    /** How often a process tries to take over instruments whose owner went away. */
    INSTRUMENT_CLAIM_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** Readings kept in memory while the database is unreachable; beyond, they spill to DATA_DIR/spool. */
    INGEST_MEMORY_ROWS: z.coerce.number().int().min(1).default(100_000),
    /** Problem reports one address may send through the public request portal per 15 minutes. */
    PORTAL_REPORT_LIMIT: z.coerce.number().int().min(1).default(5),
    /** Public base URL printed in machine QR labels (default: the URL the label was requested on). */
    PUBLIC_URL: z.url().optional(),
    /** The largest design file (DXF, PDF, LightBurn, image) a project or product takes, in MB. */
    UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(2048).default(50),
    /** Days the shop does not cut (`2025-12-25,2026-01-01`): a POP's queue item is scheduled past them. */
    PRODUCTION_HOLIDAYS: z
      .string()
      .default('')
      .refine(
        (value) => value === '' || value.split(',').every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day.trim())),
        {
          message: 'must be a comma-separated list of YYYY-MM-DD days',
        },
      ),
    /** When the daily low-stock mail goes to the managers, on the site's clock (`HH:MM`). */
    LOW_STOCK_DIGEST_AT: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time of day such as 07:00' })
      .default('07:00'),
    /** The currency of the shop's prices, quotes and invoices (ISO 4217; the seed's prices are in rand). */
    SITE_CURRENCY: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 currency code such as ZAR' })
      .default('ZAR'),
    /** The VAT rate on quotes and invoices, in percent (0–100, at most 2 decimals). */
    VAT_RATE: z
      .string()
      .regex(/^\d{1,3}(\.\d{1,2})?$/, { message: 'must be a percentage such as 15 or 7.5' })
      .refine((value) => Number(value) <= 100, { message: 'must be at most 100' })
      .default('15'),
    /** The site's IANA time zone: day boundaries, date ranges and exported times use it. */
    SITE_TIME_ZONE: z
      .string()
      .default(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
      .refine(isTimeZone, { message: 'must be an IANA time zone such as Europe/Paris' }),

    /** An OpenAI-compatible endpoint (…/v1) that may rewrite the analytics summary; optional. */
    SUMMARY_LLM_URL: z.url().optional(),
    SUMMARY_LLM_API_KEY: z.string().optional(),
    SUMMARY_LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
    SUMMARY_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /** How often communication loss, calibration due dates and escalations are checked. */
    ALARM_CHECK_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    /** Outgoing mail: smtp://user:pass@host:port (smtps:// for TLS). Unset: mail waits in the outbox. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('FactoryOps <factoryops@localhost>'),

    /** Sage Business Cloud Accounting: the app's OAuth client (unset: the accounting page says it is not configured). */
    SAGE_CLIENT_ID: z.string().optional(),
    SAGE_CLIENT_SECRET: z.string().optional(),
    SAGE_AUTH_URL: z.url().default('https://www.sageone.com/oauth2/auth/central?filter=apiv3.1'),
    SAGE_TOKEN_URL: z.url().default('https://oauth.accounting.sage.com/token'),
    SAGE_REVOKE_URL: z.url().default('https://oauth.accounting.sage.com/revoke'),
    SAGE_API_URL: z.url().default('https://api.accounting.sage.com/v3.1'),
    /** Where Sage sends the browser back (default: `<PUBLIC_URL or the app's address>/production/accounting/callback`). */
    SAGE_REDIRECT_URL: z.url().optional(),
    /** Tries of one Sage request answered 429 or 5xx (or no answer) before the sync gives up. */
    SAGE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(5),
    /** The first wait before retrying a 5xx, doubled each retry. */
    SAGE_BACKOFF_MS: z.coerce.number().int().min(1).max(60_000).default(500),

    /** Demo mode registers two simulated instruments on 127.0.0.1 at this port and the next. */
    DEMO_SIMULATOR_BASE_PORT: z.coerce.number().int().min(1).max(65534).default(10001),
    WEB_DIST: z.string().default(path.join(REPO_ROOT, 'apps/web/dist')),
  })
  .refine((env) => Boolean(env.ADMIN_EMAIL) === Boolean(env.ADMIN_PASSWORD), {
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together',
    path: ['ADMIN_PASSWORD'],
  })
  .refine((env) => Boolean(env.SAGE_CLIENT_ID) === Boolean(env.SAGE_CLIENT_SECRET), {
    message: 'SAGE_CLIENT_ID and SAGE_CLIENT_SECRET go together',
    path: ['SAGE_CLIENT_SECRET'],
  });

export type Env = z.infer<typeof EnvSchema>;

export class InvalidConfigError extends Error {}

/** Validates the environment; a bad value fails with a message naming the variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new InvalidConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
