import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { FieldError } from '@factoryops/contracts';
import { z } from 'zod';
import { ValidationError } from './domain-errors.js';

const LOCATION: Record<string, string> = { body: 'body', query: 'query', param: 'path' };

/** Turns zod issues into one error per field; an unknown key becomes an error on that key. */
export function fieldErrors(issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: 'Unknown field' }));
    }
    return [{ path: base, message: issue.message }];
  });
}

/**
 * Validates every `@Body({ schema })`, `@Query({ schema })` and `@Param(..., { schema })` against its
 * contract schema, and hands the parsed (coerced, defaulted) value to the handler.
 */
@Injectable()
export class ContractValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const schema = metadata.schema;
    if (!(schema instanceof z.ZodType)) return value;
    const input = metadata.type === 'body' && value === undefined ? {} : value;
    const result = await schema.safeParseAsync(input);
    if (result.success) return result.data;
    const where = LOCATION[metadata.type] ?? metadata.type;
    const errors = fieldErrors(result.error.issues).map((error) => ({
      ...error,
      path: error.path || (metadata.data ?? where),
    }));
    throw new ValidationError(errors, `The request ${where} has invalid fields`);
  }
}
