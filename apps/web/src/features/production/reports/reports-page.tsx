import type { Permission, ReportName, ReportRange } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { NavLink, useLocation, useParams } from 'react-router';
import { DateRangeFilter } from '../../../components/date-range-filter';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { formatCalendarDate } from '../../../lib/format';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { siteQuery } from '../../history/queries';
import { toWallClock } from '../../history/zoned-time';
import { useProductionAccess } from '../access';
import { PRODUCTION_PATHS } from '../paths';
import type { Reports } from './api';
import { ClientsReportView } from './clients-report-view';
import { EfficiencyReportView } from './efficiency-report-view';
import { InventoryReportView } from './inventory-report-view';
import { ProductionReportView } from './production-report-view';
import { REPORT_PERIODS, type ReportPeriod, periodOf, periodRange } from './report-period';
import { reportQuery, useReportCsvDownload } from './queries';
import './reports.css';

/** The reports as tabs, each for those who may read it: the clients' revenue only for those who see invoices. */
const TABS: { name: ReportName; label: string; permission: Permission }[] = [
  { name: 'production', label: 'Production', permission: 'production.reports.view' },
  { name: 'efficiency', label: 'Efficiency', permission: 'production.reports.view' },
  { name: 'inventory', label: 'Inventory', permission: 'production.reports.view' },
  { name: 'clients', label: 'Clients', permission: 'production.billing.view' },
];

const reportPath = (name: ReportName) => `${PRODUCTION_PATHS.reports}/${name}`;

function ReportBody({ name, report }: { name: ReportName; report: Reports[ReportName] }) {
  switch (name) {
    case 'production':
      return <ProductionReportView report={report as Reports['production']} />;
    case 'efficiency':
      return <EfficiencyReportView report={report as Reports['efficiency']} />;
    case 'inventory':
      return <InventoryReportView report={report as Reports['inventory']} />;
    case 'clients':
      return <ClientsReportView report={report as Reports['clients']} />;
  }
}

/**
 * The production reports (seed 002 module 9) over a range of days in the site's time zone, kept in the
 * address (`/production/reports/efficiency?from=…&to=…`); the current month when none is given. CSV
 * downloads for those who may export.
 */
export function ReportsPage() {
  const access = useProductionAccess();
  const tabs = TABS.filter((tab) => access.may(tab.permission));
  const { report: asked } = useParams();
  const name = (tabs.find((tab) => tab.name === asked) ?? tabs[0]).name;
  const { search } = useLocation();
  const { filters, setFilter, setFilters } = useUrlFilters({ from: '', to: '' });
  const report = useQuery(
    reportQuery(name, { from: filters.from || undefined, to: filters.to || undefined }),
  );
  const timeZone = useQuery(siteQuery).data?.timeZone;
  const today = timeZone ? toWallClock(Date.now(), timeZone).slice(0, 10) : null;
  const range: ReportRange | undefined = report.data?.range;
  const period = range && today ? periodOf(range, today) : 'custom';
  const download = useReportCsvDownload();

  const choosePeriod = (value: ReportPeriod | 'custom') => {
    if (value === 'custom' || !today) return;
    // This month is what the server covers by default: the address stays clean.
    setFilters(value === 'month' ? { from: '', to: '' } : periodRange(value, today));
  };

  return (
    <>
      <PageHeader
        title="Reports"
        description="Production, efficiency, stock and clients over a range of days (site time zone)."
        actions={
          access.may('production.reports.export') ? (
            <button
              type="button"
              className="button"
              disabled={!range || download.isPending}
              onClick={() => range && download.mutate({ name, range })}
            >
              {download.isPending ? 'Preparing…' : 'Download CSV'}
            </button>
          ) : null
        }
      />
      <nav className="tabs" aria-label="Reports">
        {tabs.map((tab) => (
          <NavLink
            key={tab.name}
            to={{ pathname: reportPath(tab.name), search }}
            className={() => (tab.name === name ? 'active' : '')}
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <div className="toolbar">
        <select
          aria-label="Period"
          value={period}
          onChange={(e) => choosePeriod(e.target.value as ReportPeriod)}
        >
          {Object.entries(REPORT_PERIODS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          <option value="custom" disabled>
            Custom
          </option>
        </select>
        <DateRangeFilter
          from={filters.from || range?.from || ''}
          to={filters.to || range?.to || ''}
          onChange={setFilter}
          errors={fieldErrorsOf(report.error)}
        />
      </div>
      <ErrorBanner error={formLevelError(report.error, ['from', 'to'])} />
      <ErrorBanner error={download.error} />
      {report.data && !report.error ? (
        <>
          <p className="muted small">
            {formatCalendarDate(report.data.range.from)} – {formatCalendarDate(report.data.range.to)}
          </p>
          <ReportBody name={name} report={report.data} />
        </>
      ) : report.isPending ? (
        <p className="muted">Loading…</p>
      ) : null}
    </>
  );
}
