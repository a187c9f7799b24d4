import { Injectable } from '@nestjs/common';
import { type FieldError, schemaErrorPointer } from '@factoryops/contracts';
import ajv2020 from 'ajv/dist/2020.js';
import type { AnySchema, ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { ValidationError } from '../../../common/domain-errors.js';

/** A value that breaks its schema: where (a JSON pointer into the value, `` for the whole) and why. */
export interface SchemaViolation {
  pointer: string;
  message: string;
}

/** A compiled schema, kept under a key that changes whenever the schema may have (a template's id and version). */
interface Compiled {
  key: string;
  validate: ValidateFunction;
}

/**
 * JSON Schema (draft 2020-12, with the formats of ajv-formats) compiled by ajv, for every fleet value that
 * has a schema: a template's defaults, a device's configuration, a scenario's test flow. Strict: a schema
 * with an unknown keyword or format is refused, as a typo would otherwise check nothing.
 *
 * - `compile(schema, field)` answers the validate function, or throws a 400 naming `field` with ajv's
 *   message when the schema does not compile.
 * - `violations(schema, value, cacheKey?)` answers what is wrong with `value` (empty when it is valid).
 * - `assertValid(schema, value, field, cacheKey?)` throws a 400 naming `field`, each error with its JSON
 *   pointer (`pointer`) and the schema's message.
 *
 * With a `cacheKey` (use `${template.id}@${template.version}`, as TemplateValidation does), the compiled
 * schema is kept and reused until a newer key arrives for the same id.
 */
@Injectable()
export class JsonSchemaValidator {
  private readonly ajv = ajvFormats.default(
    new ajv2020.default({
      allErrors: true,
      strict: true,
      strictTypes: false,
      strictTuples: false,
      logger: false,
    }),
  );
  private readonly compiled = new Map<string, Compiled>();

  compile(schema: AnySchema, field = 'schema'): ValidateFunction {
    try {
      return this.ajv.compile(schema);
    } catch (error) {
      throw new ValidationError(
        [{ path: field, message: (error as Error).message }],
        'The JSON Schema is invalid',
      );
    } finally {
      // Forget the schema's `$id`, so that another template may use the same one.
      if (typeof schema === 'object') this.ajv.removeSchema(schema);
    }
  }

  violations(schema: AnySchema, value: unknown, cacheKey?: string): SchemaViolation[] {
    const validate = this.validatorFor(schema, cacheKey);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => ({
      pointer: schemaErrorPointer(error),
      message: error.message ?? `fails "${error.keyword}"`,
    }));
  }

  assertValid(schema: AnySchema, value: unknown, field: string, cacheKey?: string): void {
    const violations = this.violations(schema, value, cacheKey);
    if (violations.length > 0) throw schemaViolationError(field, violations);
  }

  private validatorFor(schema: AnySchema, cacheKey?: string): ValidateFunction {
    if (!cacheKey) return this.compile(schema);
    const id = cacheKey.slice(0, cacheKey.lastIndexOf('@'));
    const cached = this.compiled.get(id);
    if (cached?.key === cacheKey) return cached.validate;
    const validate = this.compile(schema);
    this.compiled.set(id, { key: cacheKey, validate });
    return validate;
  }
}

/** The 400 for a value that breaks its schema: one error per violation, naming `field` and the pointer. */
export function schemaViolationError(field: string, violations: SchemaViolation[]): ValidationError {
  const errors: FieldError[] = violations.map(({ pointer, message }) => ({ path: field, pointer, message }));
  const [first] = violations;
  return new ValidationError(errors, `${field}${first.pointer} does not match the schema: ${first.message}`);
}
