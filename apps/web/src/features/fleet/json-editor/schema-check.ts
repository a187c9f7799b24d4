import type { JsonSchemaCheck, JsonSchemaDocument, JsonValue } from '@factoryops/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ApiError } from '../../../lib/api-client';
import { useDebounced } from '../../../lib/use-debounced';
import { templatesApi } from '../api';
import { fleetKeys } from '../queries';

/** Where a value breaks its schema, and the schema's message. */
export type Violation = JsonSchemaCheck['violations'][number];

export interface SchemaCheck {
  /** What is wrong with the value last checked (none when it is valid). */
  violations: Violation[];
  /** ajv's message when the schema itself does not compile. */
  schemaError?: string;
  /** The value typed last is not checked yet. */
  checking: boolean;
}

/**
 * Checks a value against its schema with the API's ajv (`POST /fleet/templates/check`) while one types,
 * a moment after the typing stops, so the editor shows exactly what saving would refuse. (ajv compiles
 * schemas to code, which the SPA's Content Security Policy rightly forbids in the browser.)
 */
export function useSchemaCheck(schema: JsonSchemaDocument, value: JsonValue): SchemaCheck {
  const subject = useDebounced({ schema, value }, 250);
  const check = useQuery({
    queryKey: [...fleetKeys.all, 'schema-check', JSON.stringify(subject)],
    queryFn: () => templatesApi.check(subject),
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const schemaError =
    check.error instanceof ApiError ? (check.error.fieldErrors.schema ?? check.error.message) : undefined;
  const violations = schemaError ? undefined : check.data?.violations;
  const checking = subject.schema !== schema || subject.value !== value || check.isFetching;
  // The same object while nothing changed, for effects that depend on it.
  return useMemo(
    () => ({ violations: violations ?? [], schemaError, checking }),
    [violations, schemaError, checking],
  );
}
