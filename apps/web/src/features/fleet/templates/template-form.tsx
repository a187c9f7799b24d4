import {
  JSON_TEMPLATE_TYPE_LABELS,
  JSON_TEMPLATE_TYPES,
  type JsonSchemaDocument,
  type JsonTemplate,
  type JsonTemplateType,
  type JsonValue,
} from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { Field, SelectField, TextAreaField } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';
import { ApiError } from '../../../lib/api-client';
import { JsonEditor } from '../json-editor/json-editor';
import type { SchemaCheck } from '../json-editor/schema-check';
import { useCreateTemplate, useUpdateTemplate } from '../queries';

const FIELDS = ['name', 'type', 'category', 'description', 'schema', 'defaults', 'active'];
const NEW_SCHEMA: JsonSchemaDocument = { type: 'object', properties: {} };

/** The schema as typed, parsed when it is JSON (the last one that parsed stays in use meanwhile). */
function parseSchema(text: string): { schema?: JsonSchemaDocument; error?: string } {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (
      typeof parsed === 'boolean' ||
      (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
    )
      return { schema: parsed as JsonSchemaDocument };
    return { error: 'A JSON Schema is an object (or true or false)' };
  } catch (error) {
    return { error: `Not valid JSON: ${(error as Error).message}` };
  }
}

/**
 * A template's name, type and category, its JSON Schema (raw JSON) and its default values, edited in the
 * schema-driven editor against the schema being written: defaults that do not match it are refused here
 * with the schema's message at the field, and by the server all the same.
 */
export function TemplateForm({ template, onDone }: { template?: JsonTemplate; onDone(): void }) {
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const saving = template ? update : create;
  const [values, setValues] = useState({
    name: template?.name ?? '',
    type: template?.type ?? ('device_config' as JsonTemplateType),
    category: template?.category ?? '',
    description: template?.description ?? '',
    active: template?.active ?? true,
  });
  const [schemaText, setSchemaText] = useState(() => JSON.stringify(template?.schema ?? NEW_SCHEMA, null, 2));
  const [schema, setSchema] = useState<JsonSchemaDocument>(template?.schema ?? NEW_SCHEMA);
  const [defaults, setDefaults] = useState<JsonValue>(template?.defaults ?? {});
  const [check, setCheck] = useState<SchemaCheck>({ violations: [], checking: false });
  const [refusal, setRefusal] = useState<string | null>(null);
  const schemaParse = parseSchema(schemaText);
  const errors = fieldErrorsOf(saving.error);
  const serverErrors =
    saving.error instanceof ApiError ? saving.error.errors.filter((e) => e.path === 'defaults') : [];
  const set = (changes: Partial<typeof values>) => setValues((current) => ({ ...current, ...changes }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (schemaParse.error) return setRefusal(`The schema is not saved: ${schemaParse.error}`);
    const [violation] = check.checking ? [] : check.violations;
    if (violation)
      return setRefusal(
        `The default values do not match the schema: ${violation.pointer || '/'} ${violation.message}`,
      );
    setRefusal(null);
    const input = { ...values, schema, defaults };
    if (template)
      update.mutate(
        { id: template.id, input: { ...input, version: template.version } },
        { onSuccess: onDone },
      );
    else create.mutate(input, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      {refusal ? (
        <div className="banner banner--error" role="alert">
          {refusal}
        </div>
      ) : null}
      <div className="form__row">
        <Field
          label="Name"
          value={values.name}
          error={errors.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <SelectField
          label="Type"
          value={values.type}
          error={errors.type}
          onChange={(e) => set({ type: e.target.value as JsonTemplateType })}
        >
          {JSON_TEMPLATE_TYPES.map((type) => (
            <option key={type} value={type}>
              {JSON_TEMPLATE_TYPE_LABELS[type]}
            </option>
          ))}
        </SelectField>
        <Field
          label="Category"
          value={values.category}
          error={errors.category}
          hint="What it is for, e.g. mask_tester"
          onChange={(e) => set({ category: e.target.value })}
        />
      </div>
      <Field
        label="Description"
        value={values.description}
        error={errors.description}
        onChange={(e) => set({ description: e.target.value })}
      />
      <TextAreaField
        label="JSON Schema (draft 2020-12)"
        className="json-editor__raw"
        spellCheck={false}
        rows={12}
        value={schemaText}
        error={schemaParse.error ?? errors.schema}
        onChange={(e) => {
          setSchemaText(e.target.value);
          const parsed = parseSchema(e.target.value);
          if (parsed.schema !== undefined) setSchema(parsed.schema);
        }}
      />
      <JsonEditor
        label="Default values"
        schema={schema}
        value={defaults}
        serverErrors={serverErrors}
        onChange={setDefaults}
        onCheck={setCheck}
      />
      <label className="check">
        <input type="checkbox" checked={values.active} onChange={(e) => set({ active: e.target.checked })} />{' '}
        Active
      </label>
      <FormActions
        submitLabel={template ? 'Save template' : 'Add template'}
        pending={saving.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
