import { useSearchParams } from 'react-router';

/**
 * Filters of a list kept in the address (`?teamId=…&type=…`), so a filtered view survives a reload
 * and can be shared; the same shape as `useListFilters`. Changing a filter goes back to the first page.
 */
export function useUrlFilters<F extends Record<string, string>>(defaults: F) {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    Object.entries(defaults).map(([key, fallback]) => [key, params.get(key) ?? fallback]),
  ) as F;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value && value !== defaults[key]) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  const setFilter = <K extends keyof F & string>(key: K, value: F[K]) => update({ [key]: value });
  /** Several filters at once (one navigation, so none of them is lost). */
  const setFilters = (changes: Partial<F>) => update(changes as Record<string, string>);
  const setPage = (value: number) => update({ page: value > 1 ? String(value) : '' });
  return { filters, setFilter, setFilters, page, setPage };
}
