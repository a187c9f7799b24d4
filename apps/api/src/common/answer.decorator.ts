import { applyDecorators } from '@nestjs/common';
import { RouteSchema } from '@nestjs/platform-fastify';
import { ApiOkResponse } from '@nestjs/swagger';
import { z } from 'zod';

type JsonSchema = { [keyword: string]: unknown };

const SCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const SCHEMA_MAPS = ['properties', 'definitions', '$defs'];

/**
 * A JSON Schema as Fastify's serializer (fast-json-stringify) reads it: it writes by type and checks
 * nothing, so patterns go, and a nullable (`anyOf` of a type and null) becomes a list of types, which it
 * writes without trying each branch.
 */
export function serializerSchema(schema: JsonSchema): JsonSchema {
  const { $schema: _, pattern: __, ...rest } = schema;
  const branches = rest.anyOf as JsonSchema[] | undefined;
  const value = branches?.length === 2 ? branches.find((branch) => branch.type !== 'null') : undefined;
  if (value && branches?.some((branch) => branch.type === 'null') && typeof value.type === 'string') {
    const { anyOf: ___, ...annotations } = rest;
    return serializerSchema({ ...annotations, ...value, type: [value.type, 'null'] });
  }
  const result: JsonSchema = {};
  for (const [keyword, inner] of Object.entries(rest)) {
    if (SCHEMA_LISTS.includes(keyword)) result[keyword] = (inner as JsonSchema[]).map(serializerSchema);
    else if (SCHEMA_MAPS.includes(keyword))
      result[keyword] = Object.fromEntries(
        Object.entries(inner as Record<string, JsonSchema>).map(([name, sub]) => [
          name,
          serializerSchema(sub),
        ]),
      );
    else if ((keyword === 'items' || keyword === 'additionalProperties') && typeof inner === 'object')
      result[keyword] = serializerSchema(inner as JsonSchema);
    else result[keyword] = inner;
  }
  return result;
}

/**
 * The route answers 200 with `schema` (a contract): documented in the OpenAPI document, and serialised
 * by Fastify from the schema's JSON Schema rather than by `JSON.stringify` — for the hot endpoints.
 */
export function Answer(schema: z.ZodType) {
  const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'output', unrepresentable: 'any' });
  return applyDecorators(
    ApiOkResponse({ standardSchema: schema }),
    RouteSchema({ response: { 200: serializerSchema(json as JsonSchema) } }),
  );
}
