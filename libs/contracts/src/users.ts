import { z } from 'zod';
import { EmailSchema, PasswordSchema, PermissionSchema, RoleSchema } from './auth.js';
import { ROLES } from './permissions.js';
import { isoDateTime, pageOf, pageQueryShape } from './common.js';

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  permissions: z.array(PermissionSchema),
  active: z.boolean(),
  lastLoginAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type User = z.infer<typeof UserSchema>;

const DisplayNameSchema = z.string().trim().min(1, { message: 'Enter a name' }).max(120);
const RolesSchema = z.array(RoleSchema).min(1, { message: 'Choose at least one role' }).max(ROLES.length);

export const CreateUserInputSchema = z.strictObject({
  email: EmailSchema,
  displayName: DisplayNameSchema,
  roles: RolesSchema,
  password: PasswordSchema,
});
export type CreateUserInput = z.infer<typeof CreateUserInputSchema>;

export const UpdateUserInputSchema = z.strictObject({
  displayName: DisplayNameSchema.optional(),
  roles: RolesSchema.optional(),
  active: z.boolean().optional(),
  version: z.number().int().optional().describe('Send the version you edited; a newer one answers 409'),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInputSchema>;

export const ResetPasswordInputSchema = z.strictObject({ password: PasswordSchema });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInputSchema>;

export const USER_SORTS = [
  'email',
  '-email',
  'displayName',
  '-displayName',
  'createdAt',
  '-createdAt',
  'lastLoginAt',
  '-lastLoginAt',
] as const;

export const UserListQuerySchema = z.strictObject({
  ...pageQueryShape,
  q: z.string().trim().max(120).optional(),
  role: RoleSchema.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  sort: z.enum(USER_SORTS).default('displayName'),
});
export type UserListQuery = z.input<typeof UserListQuerySchema>;

export const UserPageSchema = pageOf(UserSchema);
