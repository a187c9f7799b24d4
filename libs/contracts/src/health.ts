import { z } from 'zod';

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({ status: z.enum(['up', 'down']), latencyMs: z.number().nullable() }),
});
export type Health = z.infer<typeof HealthSchema>;

export const RoleMatrixSchema = z.object({
  roles: z.array(z.object({ code: z.string(), label: z.string() })),
  permissions: z.array(z.object({ code: z.string(), description: z.string() })),
  grants: z.record(z.string(), z.array(z.string())),
});
export type RoleMatrix = z.infer<typeof RoleMatrixSchema>;
