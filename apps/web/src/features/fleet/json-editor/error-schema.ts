import type { ErrorSchema } from '@rjsf/utils';
import type { Violation } from './schema-check';

/** Messages by JSON pointer, as rjsf's ErrorSchema (`{ steps: { 1: { action: { __errors: […] } } } }`). */
export function errorSchemaOf(violations: Violation[]): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const { pointer, message } of violations) {
    let node = root;
    for (const part of pointer.split('/').slice(1)) {
      const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node.__errors = [...((node.__errors as string[]) ?? []), message];
  }
  return root as ErrorSchema;
}
