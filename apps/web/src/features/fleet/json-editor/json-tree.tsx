import type { JsonValue } from '@factoryops/contracts';

/** `value` with the value at `path` replaced by `next` (a copy; `value` is not changed). */
function setAt(value: JsonValue, path: (string | number)[], next: JsonValue): JsonValue {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (Array.isArray(value))
    return value.map((item, index) => (index === head ? setAt(item, rest, next) : item));
  const object = value as Record<string, JsonValue>;
  return { ...object, [head]: setAt(object[head as string], rest, next) };
}

const pointerOf = (path: (string | number)[]) =>
  path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** A leaf: a string, number or boolean edited in place, keeping its type; `null` shown as is. */
function Leaf({
  value,
  label,
  onChange,
}: {
  value: JsonValue;
  label: string;
  onChange(next: JsonValue): void;
}) {
  if (typeof value === 'boolean')
    return (
      <input
        type="checkbox"
        aria-label={label}
        checked={value}
        onChange={(e) => onChange(e.target.checked)}
      />
    );
  if (typeof value === 'number')
    return (
      <input
        type="number"
        aria-label={label}
        value={value}
        onChange={(e) => {
          if (e.target.value !== '' && Number.isFinite(Number(e.target.value)))
            onChange(Number(e.target.value));
        }}
      />
    );
  if (typeof value === 'string')
    return <input type="text" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />;
  return <code>null</code>;
}

function Node({
  name,
  value,
  path,
  errors,
  onChange,
}: {
  name: string;
  value: JsonValue;
  path: (string | number)[];
  errors: Map<string, string[]>;
  onChange(path: (string | number)[], next: JsonValue): void;
}) {
  const pointer = pointerOf(path);
  const messages = errors.get(pointer) ?? [];
  const problems =
    messages.length > 0 ? <span className="json-tree__error">{messages.join('; ')}</span> : null;
  if (value !== null && typeof value === 'object') {
    const entries: [string | number, JsonValue][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    return (
      <li>
        <details open>
          <summary>
            <span className="json-tree__key">{name}</span>{' '}
            <span className="muted small">
              {Array.isArray(value) ? `[${value.length}]` : `{${entries.length}}`}
            </span>{' '}
            {problems}
          </summary>
          <ul className="json-tree__children">
            {entries.map(([key, item]) => (
              <Node
                key={key}
                name={String(key)}
                value={item}
                path={[...path, key]}
                errors={errors}
                onChange={onChange}
              />
            ))}
          </ul>
        </details>
      </li>
    );
  }
  return (
    <li className={messages.length > 0 ? 'json-tree__leaf json-tree__leaf--invalid' : 'json-tree__leaf'}>
      <span className="json-tree__key">{name}</span>
      <Leaf value={value} label={pointer || name} onChange={(next) => onChange(path, next)} />
      {problems}
    </li>
  );
}

/**
 * A JSON value as a tree: objects and arrays fold, strings, numbers and booleans are edited in place,
 * and the schema's messages show at the node they are about (by JSON pointer).
 */
export function JsonTree({
  value,
  errors,
  onChange,
}: {
  value: JsonValue;
  errors: Map<string, string[]>;
  onChange(next: JsonValue): void;
}) {
  return (
    <ul className="json-tree">
      <Node
        name="(root)"
        value={value}
        path={[]}
        errors={errors}
        onChange={(path, next) => onChange(setAt(value, path, next))}
      />
    </ul>
  );
}
