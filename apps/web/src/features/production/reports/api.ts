import type {
  ClientsReport,
  EfficiencyReport,
  InventoryReport,
  ProductionReport,
  ReportName,
  ReportRangeQuery,
} from '@factoryops/contracts';
import { apiBlob, apiRequest } from '../../../lib/api-client';

const REPORTS = '/production/reports';

/** What each report answers, by name. */
export interface Reports {
  production: ProductionReport;
  efficiency: EfficiencyReport;
  inventory: InventoryReport;
  clients: ClientsReport;
}

export const reportsApi = {
  /** A report over the range (the server's current month for a missing end). */
  get: <N extends ReportName>(name: N, range: ReportRangeQuery) =>
    apiRequest<Reports[N]>(`${REPORTS}/${name}`, { query: range }),
  /** The same report as CSV: one line per figure, its group first (managers and admins). */
  csv: (name: ReportName, range: ReportRangeQuery) => apiBlob(`${REPORTS}/${name}.csv`, { query: range }),
};
