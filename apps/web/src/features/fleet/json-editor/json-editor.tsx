import type { FieldError, JsonSchemaDocument, JsonValue } from '@factoryops/contracts';
// The component itself, not the package's index, which also exports a test helper needing rjsf's ajv validator.
import Form from '@rjsf/core/lib/components/Form.js';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { Component, type ReactNode, useEffect, useState } from 'react';
import { errorSchemaOf } from './error-schema';
import { JsonTree } from './json-tree';
import { type SchemaCheck, useSchemaCheck, type Violation } from './schema-check';
import { structuralValidator } from './structural-validator';
import './json-editor.css';

/** The editor is a part of the page's form: no submit button of its own. */
const UI_SCHEMA: UiSchema = { 'ui:submitButtonOptions': { norender: true } };

type Mode = 'form' | 'tree' | 'json';
const MODES: [Mode, string][] = [
  ['form', 'Form'],
  ['tree', 'Tree'],
  ['json', 'JSON'],
];

/** Keeps a schema rjsf cannot render (an odd but valid one) from taking the page down: the other views stay. */
class FormBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The raw JSON, kept as typed until it parses (then it is the value). */
function RawJson({
  value,
  label,
  onChange,
}: {
  value: JsonValue;
  label: string;
  onChange(next: JsonValue): void;
}) {
  const [text, setText] = useState(() => JSON.stringify(value, null, 2));
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => {
    setText((current) => {
      try {
        return JSON.stringify(JSON.parse(current)) === JSON.stringify(value)
          ? current
          : JSON.stringify(value, null, 2);
      } catch {
        return current;
      }
    });
  }, [value]);
  return (
    <div className={`field${parseError ? ' field--invalid' : ''}`}>
      <textarea
        className="json-editor__raw"
        aria-label={`${label} (JSON)`}
        spellCheck={false}
        rows={Math.min(24, Math.max(6, text.split('\n').length + 1))}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          try {
            onChange(JSON.parse(e.target.value) as JsonValue);
            setParseError(null);
          } catch (error) {
            setParseError(`Not valid JSON: ${(error as Error).message}`);
          }
        }}
      />
      {parseError ? (
        <p className="field__error" role="alert">
          {parseError}
        </p>
      ) : null}
    </div>
  );
}

export interface JsonEditorProps {
  /** What the value is, for labels ("Default values", "Contact info"). */
  label: string;
  /** The JSON Schema the value must match (draft 2020-12); may be one being written, and not compile yet. */
  schema: JsonSchemaDocument;
  value: JsonValue;
  onChange(value: JsonValue): void;
  /** The check of the value against the schema, whenever it moves on (for the page to refuse to save). */
  onCheck?(check: SchemaCheck): void;
  /** The server's refusals of this value (`errors` of a 400 for this field, with their pointers). */
  serverErrors?: FieldError[];
}

/**
 * A JSON value edited against its JSON Schema, three ways: a form rendered from the schema (rjsf), a tree,
 * and the raw JSON. An invalid value is shown with the schema's message at its field (in the form and the
 * tree) and reported to `onChange`, so the page can refuse to save it. For template defaults, customer
 * contact info, configuration values and test flows alike.
 */
export function JsonEditor({ label, schema, value, onChange, onCheck, serverErrors = [] }: JsonEditorProps) {
  const check = useSchemaCheck(schema, value);
  const [mode, setMode] = useState<Mode>('form');
  useEffect(() => onCheck?.(check), [check, onCheck]);
  const shown: Violation[] = [
    ...check.violations,
    ...serverErrors.map((error) => ({ pointer: error.pointer ?? '', message: error.message })),
  ];
  const byPointer = new Map<string, string[]>();
  for (const { pointer, message } of shown)
    byPointer.set(pointer, [...(byPointer.get(pointer) ?? []), message]);
  const formUsable = check.schemaError === undefined && typeof schema === 'object';
  const current: Mode = mode === 'form' && !formUsable ? 'json' : mode;
  const listed = current === 'form' ? shown.filter((violation) => violation.pointer === '') : shown;
  const raw = <RawJson value={value} label={label} onChange={onChange} />;

  return (
    <fieldset className="json-editor">
      <legend>{label}</legend>
      <fieldset className="json-editor__modes" aria-label={`${label}: view`}>
        {MODES.map(([key, text]) => (
          <button
            key={key}
            type="button"
            className={`button button--small${current === key ? ' button--primary' : ''}`}
            aria-pressed={current === key}
            disabled={key === 'form' && !formUsable}
            onClick={() => setMode(key)}
          >
            {text}
          </button>
        ))}
      </fieldset>
      {check.schemaError ? (
        <p className="field__error" role="alert">
          The schema does not compile, so nothing can be checked against it: {check.schemaError}
        </p>
      ) : null}
      {current === 'form' ? (
        <FormBoundary fallback={raw}>
          <Form
            tagName="div"
            schema={schema as RJSFSchema}
            uiSchema={UI_SCHEMA}
            formData={value}
            validator={structuralValidator}
            showErrorList={false}
            noHtml5Validate
            extraErrors={errorSchemaOf(shown)}
            onChange={(event) => onChange((event.formData ?? null) as JsonValue)}
          />
        </FormBoundary>
      ) : current === 'tree' ? (
        <JsonTree value={value} errors={byPointer} onChange={onChange} />
      ) : (
        raw
      )}
      {listed.length > 0 ? (
        <ul className="json-editor__violations" role="alert">
          {listed.map(({ pointer, message }) => (
            <li key={`${pointer} ${message}`}>
              <code>{pointer || '/'}</code> {message}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
