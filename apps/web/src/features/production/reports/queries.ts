import type { ReportName, ReportRange, ReportRangeQuery } from '@factoryops/contracts';
import { queryOptions, useMutation } from '@tanstack/react-query';
import { saveFile } from '../../../lib/save-file';
import { productionKeys } from '../queries';
import { reportsApi } from './api';

/** Under `production`: a run, a transaction or an invoice anywhere refetches the report shown. */
const reportKeys = {
  one: (name: ReportName, range: ReportRangeQuery) => [...productionKeys.all, 'report', name, range] as const,
};

export const reportQuery = <N extends ReportName>(name: N, range: ReportRangeQuery) =>
  queryOptions({
    queryKey: reportKeys.one(name, range),
    queryFn: () => reportsApi.get(name, range),
    // While another range loads, the same report's figures stay (another report's never would fit).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === name ? previous : undefined,
  });

/** The file the server names the CSV (its Content-Disposition), for the browser's download. */
export const reportFileName = (name: ReportName, range: ReportRange) =>
  `${name}-report_${range.from}_${range.to}.csv`;

/** Saves a report as the server writes it in CSV; reading changes nothing, so nothing is refetched. */
export const useReportCsvDownload = () =>
  useMutation({
    mutationFn: async ({ name, range }: { name: ReportName; range: ReportRange }) =>
      saveFile(await reportsApi.csv(name, range), reportFileName(name, range)),
  });
