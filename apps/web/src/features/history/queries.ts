import {
  EXPORT_ROWS_HEADER,
  type ExportQuery,
  type HistoryQuery,
  type ReadingPageQuery,
} from '@factoryops/contracts';
import { queryOptions, skipToken } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveFile } from '../../lib/save-file';
import { historyApi } from './api';
import { attachmentFileName, countCsvLines, csvRows, NO_LINES } from './csv-progress';

/** Stored readings only change as new ones arrive, which the short stale time of every query follows. */
export const historyKeys = {
  all: ['history'] as const,
  site: () => ['site'] as const,
  sensor: (sensorId: string, query: HistoryQuery | null) =>
    [...historyKeys.all, 'sensor', sensorId, query] as const,
  readings: (sensorId: string, query: ReadingPageQuery | null) =>
    [...historyKeys.all, 'readings', sensorId, query] as const,
};

/** The site's time zone changes with a deployment at the most. */
export const siteQuery = queryOptions({
  queryKey: historyKeys.site(),
  queryFn: historyApi.site,
  staleTime: Number.POSITIVE_INFINITY,
});

/**
 * One sensor's statistics and chart series over a range; `null` (no range yet) asks for nothing.
 * While another range loads, the sensor's last one stays on screen (never another sensor's).
 */
export const sensorHistoryQuery = (sensorId: string, query: HistoryQuery | null) =>
  queryOptions({
    queryKey: historyKeys.sensor(sensorId, query),
    queryFn: query ? () => historyApi.history(sensorId, query) : skipToken,
    placeholderData: (previous) => (previous?.sensorId === sensorId ? previous : undefined),
  });

/** A page of one sensor's stored readings; the page shown stays while the next loads. */
export const readingPageQuery = (sensorId: string, query: ReadingPageQuery | null) =>
  queryOptions({
    queryKey: historyKeys.readings(sensorId, query),
    queryFn: query ? () => historyApi.readings(sensorId, query) : skipToken,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === sensorId ? previous : undefined,
  });

export type CsvExportState =
  | { status: 'idle' }
  | { status: 'running'; received: number; expected: number | null }
  | { status: 'saved'; rows: number; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

const PROGRESS_EVERY_MS = 100;

/**
 * Streams a CSV export with the session's credentials, counting its rows as they arrive against the
 * number the server announces, then saves it. Cancelling (or leaving) stops the download.
 */
export function useCsvExport() {
  const [state, setState] = useState<CsvExportState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(async (query: ExportQuery) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'running', received: 0, expected: null });
    try {
      const response = await historyApi.exportCsv(query, controller.signal);
      const announced = Number.parseInt(response.headers.get(EXPORT_ROWS_HEADER) ?? '', 10);
      const expected = Number.isNaN(announced) ? null : announced;
      setState({ status: 'running', received: 0, expected });
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let count = NO_LINES;
      let shownAt = 0;
      const reader = response.body?.getReader();
      for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
        chunks.push(part.value);
        count = countCsvLines(count, part.value);
        if (Date.now() - shownAt >= PROGRESS_EVERY_MS) {
          shownAt = Date.now();
          setState({ status: 'running', received: csvRows(count), expected });
        }
      }
      const fileName = attachmentFileName(response.headers.get('content-disposition'), 'readings.csv');
      saveFile(new Blob(chunks, { type: 'text/csv' }), fileName);
      setState({ status: 'saved', rows: csvRows(count, true), fileName });
    } catch (error) {
      setState(controller.signal.aborted ? { status: 'cancelled' } : { status: 'failed', error });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }, []);

  const cancel = useCallback(() => running.current?.abort(), []);
  return { state, start, cancel };
}
