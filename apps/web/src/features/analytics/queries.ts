import type { AnalyticsQuery } from '@factoryops/contracts';
import { keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import { analyticsApi } from './api';

export const analyticsKeys = {
  all: ['analytics'] as const,
  range: (query: AnalyticsQuery | null) => [...analyticsKeys.all, query] as const,
};

/**
 * The analytics of chosen sensors over a range; `null` (nothing chosen, no range yet) asks for nothing.
 * The server reads every reading of the range, so a long one takes seconds: the last result stays on
 * screen while the next is computed, a call no longer wanted is cancelled, and a result is kept for a
 * minute (the figures of a past range change only as late readings arrive).
 */
export const analyticsQuery = (query: AnalyticsQuery | null) =>
  queryOptions({
    queryKey: analyticsKeys.range(query),
    queryFn: query ? ({ signal }) => analyticsApi.analytics(query, signal) : skipToken,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
