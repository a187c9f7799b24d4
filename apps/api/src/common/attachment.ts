/**
 * A `Content-Disposition` value that keeps a file's own name (RFC 6266): `filename*` in UTF-8 for
 * browsers, with a plain ASCII `filename` for the rest.
 */
export function dispositionOf(type: 'attachment' | 'inline', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
