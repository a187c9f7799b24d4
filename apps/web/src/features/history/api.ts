import type {
  ExportQuery,
  History,
  HistoryQuery,
  Page,
  ReadingPageQuery,
  ReadingRow,
  Site,
} from '@factoryops/contracts';
import { apiRequest, apiResponse } from '../../lib/api-client';

export const historyApi = {
  site: () => apiRequest<Site>('/site'),
  history: (sensorId: string, query: HistoryQuery) =>
    apiRequest<History>(`/sensors/${sensorId}/history`, { query }),
  readings: (sensorId: string, query: ReadingPageQuery) =>
    apiRequest<Page<ReadingRow>>(`/sensors/${sensorId}/readings`, { query }),
  /** The readings of several sensors as CSV, for the caller to stream; the row count is in `X-Export-Rows`. */
  exportCsv: (query: ExportQuery, signal: AbortSignal) =>
    apiResponse('/readings/export.csv', { query, signal }),
};
