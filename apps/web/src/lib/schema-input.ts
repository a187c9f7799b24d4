/**
 * What a contracts schema accepts (zod's `z.input`), for the schemas the contracts export without a type
 * of their own: the SPA does not depend on zod, and a renamed field still breaks the build.
 */
export type SchemaInput<T extends { _zod: { input: unknown } }> = T['_zod']['input'];
