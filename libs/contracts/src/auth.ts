import { z } from 'zod';
import { PERMISSION_CODES, ROLES } from './permissions.js';

export const RoleSchema = z.enum(ROLES);
export const PermissionSchema = z.enum(PERMISSION_CODES as [string, ...string[]]);

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address' }))
  .transform((email) => email.toLowerCase());

export const PASSWORD_MIN_LENGTH = 8;
/** At least 8 characters with a letter and a digit; at most 128 so hashing stays bounded. */
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(128, { message: 'Use at most 128 characters' })
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), {
    message: 'Use at least one letter and one digit',
  });

export const LoginInputSchema = z.strictObject({
  email: z.string().trim().min(1, { message: 'Enter your email' }).max(254),
  password: z.string().min(1, { message: 'Enter your password' }).max(128),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

export const MeSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  permissions: z.array(PermissionSchema),
  /** The laser operator this account is, active or not (the run form preselects it), if any. */
  operator: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type Me = z.infer<typeof MeSchema>;

export const TokenResponseSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().describe('Seconds until the access token expires'),
  refreshToken: z
    .string()
    .optional()
    .describe('Returned to API clients; browsers get it as an httpOnly cookie instead'),
  user: MeSchema,
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

/** API clients send the refresh token in the body; the SPA relies on the cookie. */
export const RefreshInputSchema = z.strictObject({ refreshToken: z.string().min(1).optional() });
export type RefreshInput = z.infer<typeof RefreshInputSchema>;

/** Header a browser sets so the API answers with a cookie instead of a refresh token in the body. */
export const BROWSER_CLIENT_HEADER = 'x-factoryops-client';
export const REFRESH_COOKIE = 'fo_refresh';
