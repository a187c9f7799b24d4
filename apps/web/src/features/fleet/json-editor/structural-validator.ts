import { type Schema, Validator } from '@cfworker/json-schema';
import type { RJSFSchema, ValidatorType } from '@rjsf/utils';

/** `schema` with the definitions of the root beside it, so that its `$ref`s resolve on their own. */
function withRootDefinitions(schema: RJSFSchema, rootSchema: RJSFSchema): Schema {
  const root = rootSchema as Schema;
  return { ...(schema as Schema), $defs: root.$defs, definitions: root.definitions } as Schema;
}

/**
 * The validator rjsf asks while it renders — which `oneOf`/`anyOf` option a value matches, which branch
 * of an `if` applies — answered by @cfworker/json-schema (draft 2020-12, interpreted, so allowed by the
 * SPA's Content Security Policy, which forbids the code ajv generates). It reports no messages: those
 * come from the API's ajv (`useSchemaCheck`), so the form says exactly what saving would refuse.
 */
export const structuralValidator: ValidatorType = {
  validateFormData: () => ({ errors: [], errorSchema: {} }),
  isValid: (schema, formData, rootSchema) =>
    new Validator(withRootDefinitions(schema, rootSchema), '2020-12').validate(formData).valid,
  rawValidation: (schema, formData) => {
    const result = new Validator(schema as Schema, '2020-12').validate(formData);
    return { errors: result.valid ? undefined : (result.errors as never), validationError: undefined };
  },
};
