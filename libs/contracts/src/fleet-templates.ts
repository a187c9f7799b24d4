import { z } from 'zod';
import { isoDateTime, pageOf, pageQueryShape } from './common.js';

// ── JSON templates of the fleet (issue 16, seed 003 `json_templates`) ─────────────────────────────

/** What a template describes: a test flow, a device's or a software's configuration, a test scenario. */
export const JSON_TEMPLATE_TYPES = ['test_flow', 'device_config', 'software_config', 'scenario'] as const;
export type JsonTemplateType = (typeof JSON_TEMPLATE_TYPES)[number];
export const JsonTemplateTypeSchema = z.enum(JSON_TEMPLATE_TYPES);

export const JSON_TEMPLATE_TYPE_LABELS: Record<JsonTemplateType, string> = {
  test_flow: 'Test flow',
  device_config: 'Device configuration',
  software_config: 'Software configuration',
  scenario: 'Test scenario',
};

/** Any JSON value (an object, array, string, number, boolean or null). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValueSchema: z.ZodType<JsonValue, JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(JsonValueSchema),
    z.record(z.string(), JsonValueSchema),
  ]),
);

/**
 * A JSON Schema (draft 2020-12): an object or a boolean. Whether it compiles is checked by the API with
 * ajv, which answers 400 naming `schema` with ajv's message.
 */
export const JsonSchemaDocumentSchema = z.union([z.boolean(), z.record(z.string(), JsonValueSchema)]);
export type JsonSchemaDocument = z.infer<typeof JsonSchemaDocumentSchema>;

export const JsonTemplateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: JsonTemplateTypeSchema,
  /** What it is for, e.g. a device type: `mask_tester`, `pressure_sensor` (free text, may be empty). */
  category: z.string(),
  schema: JsonSchemaDocumentSchema,
  /** Valid against `schema` (checked when saved). */
  defaults: JsonValueSchema,
  description: z.string(),
  active: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type JsonTemplate = z.infer<typeof JsonTemplateSchema>;
export const JsonTemplatePageSchema = pageOf(JsonTemplateSchema);

const text = (max: number) => z.string().trim().max(max);
const templateName = text(200).min(1, { message: 'Name the template' });

export const CreateJsonTemplateInputSchema = z.strictObject({
  name: templateName,
  type: JsonTemplateTypeSchema,
  category: text(100).default(''),
  schema: JsonSchemaDocumentSchema,
  defaults: JsonValueSchema,
  description: text(2000).default(''),
  active: z.boolean().default(true),
});
export type CreateJsonTemplateInput = z.input<typeof CreateJsonTemplateInputSchema>;

/** A schema and its defaults are checked together: change the schema, give defaults that fit it. */
export const UpdateJsonTemplateInputSchema = z.strictObject({
  name: templateName.optional(),
  type: JsonTemplateTypeSchema.optional(),
  category: text(100).optional(),
  schema: JsonSchemaDocumentSchema.optional(),
  defaults: JsonValueSchema.optional(),
  description: text(2000).optional(),
  active: z.boolean().optional(),
  version: z.number().int().optional(),
});
export type UpdateJsonTemplateInput = z.infer<typeof UpdateJsonTemplateInputSchema>;

export const JSON_TEMPLATE_SORTS = ['name', '-name', 'type', 'category', '-updatedAt'] as const;

export const JsonTemplateListQuerySchema = z.strictObject({
  ...pageQueryShape,
  type: JsonTemplateTypeSchema.optional(),
  /** The category, whatever its case. */
  category: z.string().trim().max(100).optional(),
  active: z.enum(['true', 'false']).optional(),
  /** Part of the name, category or description. */
  q: z.string().trim().max(200).optional(),
  sort: z.enum(JSON_TEMPLATE_SORTS).default('name'),
});
export type JsonTemplateListQuery = z.input<typeof JsonTemplateListQuerySchema>;

/**
 * Where a JSON Schema error (ajv's `ErrorObject`) is, as a JSON pointer into the value checked: the
 * property a `required`, `dependentRequired` or `additionalProperties` error is about, else the error's
 * own `instancePath`. The API and the SPA's editor point at the same place.
 */
export function schemaErrorPointer(error: { instancePath: string; params: object }): string {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const property = params.missingProperty ?? params.additionalProperty;
  if (property === undefined) return error.instancePath;
  return `${error.instancePath}/${property.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** A value to check against a JSON Schema, as the editors do while one types (nothing is saved). */
export const JsonSchemaCheckInputSchema = z.strictObject({
  schema: JsonSchemaDocumentSchema,
  value: JsonValueSchema,
});
export type JsonSchemaCheckInput = z.input<typeof JsonSchemaCheckInputSchema>;

/** What is wrong with the value: each error's JSON pointer and the schema's message (none when valid). */
export const JsonSchemaCheckSchema = z.object({
  violations: z.array(z.object({ pointer: z.string(), message: z.string() })),
});
export type JsonSchemaCheck = z.infer<typeof JsonSchemaCheckSchema>;
