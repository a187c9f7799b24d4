/**
 * The sort after a click on a column header: ascending first, then descending, as the API spells it
 * (`name`, `-name`); a key the list cannot sort by leaves the sort as it is.
 */
export function nextSort<S extends string>(current: S, key: string, sorts: readonly S[]): S {
  const next = current === key ? `-${key}` : key;
  return sorts.find((sort) => sort === next) ?? current;
}
