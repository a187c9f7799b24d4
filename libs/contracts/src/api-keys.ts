import { z } from 'zod';
import { PermissionSchema } from './auth.js';
import { isoDateTime } from './common.js';

export const API_KEY_KINDS = ['machine', 'kiosk'] as const;
export type ApiKeyKind = (typeof API_KEY_KINDS)[number];

export const ApiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(API_KEY_KINDS),
  prefix: z.string().describe('The first characters of the key, to recognise it'),
  permissions: z.array(PermissionSchema),
  createdAt: isoDateTime,
  createdBy: z.string().nullable(),
  lastUsedAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
  expiresAt: isoDateTime.nullable(),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;

export const CreateApiKeyInputSchema = z.strictObject({
  name: z.string().trim().min(1, { message: 'Enter a name' }).max(120),
  permissions: z.array(PermissionSchema).min(1, { message: 'Choose at least one permission' }),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
export type CreateApiKeyInput = z.infer<typeof CreateApiKeyInputSchema>;

export const CreatedApiKeySchema = ApiKeySchema.extend({
  secret: z.string().describe('The whole key. Shown once: it is stored only as a hash'),
});
export type CreatedApiKey = z.infer<typeof CreatedApiKeySchema>;

export const ApiKeyListSchema = z.object({ items: z.array(ApiKeySchema), total: z.number().int() });

/** Machine clients send the key as `Authorization: Bearer <key>` or in this header. */
export const API_KEY_HEADER = 'x-api-key';
export const API_KEY_PREFIX = 'fo_';

/** A wall display's link: a key that may only watch readings, created by a manager, revocable. */
export const CreateKioskLinkInputSchema = z.strictObject({
  name: z.string().trim().min(1, { message: 'Enter a name, e.g. the room of the screen' }).max(120),
});
export type CreateKioskLinkInput = z.infer<typeof CreateKioskLinkInputSchema>;
