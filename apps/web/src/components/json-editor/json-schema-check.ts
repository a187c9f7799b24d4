import { type JsonSchemaDocument, schemaErrorPointer } from '@factoryops/contracts';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** A value's breach of its schema: the JSON pointer of the bad value and the schema's message. */
export interface Violation {
  pointer: string;
  message: string;
}

export type CompiledSchema =
  | { validate: ValidateFunction; error?: undefined }
  | { validate?: undefined; error: string };

const ajv = addFormats(
  new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictTuples: false, logger: false }),
);

/**
 * Compiles a JSON Schema as the API does (ajv, draft 2020-12, ajv-formats, strict), so the editor refuses
 * what the server would: the validate function, or ajv's message when the schema does not compile.
 */
export function compileSchema(schema: JsonSchemaDocument): CompiledSchema {
  try {
    return { validate: ajv.compile(schema) };
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    if (typeof schema === 'object') ajv.removeSchema(schema);
  }
}

/** What is wrong with `value` against a compiled schema (nothing when it is valid). */
export function violationsOf(validate: ValidateFunction, value: unknown): Violation[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => ({
    pointer: schemaErrorPointer(error),
    message: error.message ?? `fails "${error.keyword}"`,
  }));
}
