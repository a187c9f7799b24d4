import { useQuery } from '@tanstack/react-query';
import { formatMoney } from '../../lib/money';
import { siteQuery } from '../history/queries';

/** Writes amounts (decimal strings) in the site's currency (`GET /site`); "—" for none. */
export function useMoney(): (amount: string | null) => string {
  const currency = useQuery(siteQuery).data?.currency;
  return (amount) => (amount === null ? '—' : currency ? formatMoney(amount, currency) : amount);
}
