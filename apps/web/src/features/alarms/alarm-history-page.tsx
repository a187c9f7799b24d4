import { ALARM_KINDS, ALARM_STATES, type Alarm, type AlarmListQuery } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type Column, DataTable } from '../../components/data-table';
import { DateRangeFilter, dayRangeQuery } from '../../components/date-range-filter';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useNow } from '../../lib/use-now';
import { useUrlFilters } from '../../lib/use-url-filters';
import { SensorSelect } from '../calibration/sensor-select';
import { AlarmBadges } from './alarm-badges';
import { alarmColumns } from './alarm-columns';
import { KIND_LABELS, STATE_LABELS } from './alarm-labels';
import { AlarmTabs } from './alarm-tabs';
import { alarmsPerDay, chartDays } from './alarms-per-day';
import { AlarmsPerDayChart } from './alarms-per-day-chart';
import { alarmListQuery, recentAlarmsQuery } from './queries';
import './alarms.css';

const PAGE_SIZE = 25;

type StateFilter = NonNullable<AlarmListQuery['state']>;
type KindFilter = NonNullable<AlarmListQuery['kind']> | '';

/** Every alarm, closed ones too, with who acknowledged it and why, when it cleared and when it escalated. */
export function AlarmHistoryPage() {
  const { filters, setFilter, page, setPage } = useUrlFilters({
    state: 'all' as StateFilter,
    sensorId: '',
    kind: '' as KindFilter,
    from: '',
    to: '',
  });
  const query = {
    state: filters.state,
    sensorId: filters.sensorId || undefined,
    kind: filters.kind || undefined,
  };
  const alarms = useQuery(
    alarmListQuery({ ...query, ...dayRangeQuery(filters.from, filters.to), page, pageSize: PAGE_SIZE }),
  );
  const days = chartDays(filters.from, filters.to);
  const recent = useQuery(recentAlarmsQuery({ ...query, ...dayRangeQuery(days[0], days[days.length - 1]) }));
  const now = useNow(30_000);

  const { alarm, raised, worst, duration, acknowledged, escalated } = alarmColumns(now);
  const columns: Column<Alarm>[] = [
    raised,
    { header: 'Severity', cell: (a) => <AlarmBadges alarm={a} /> },
    alarm,
    { ...worst, secondary: true },
    duration,
    acknowledged,
    { ...escalated, secondary: true },
  ];
  const filtered = filters.state !== 'all' || filters.sensorId || filters.kind || filters.from || filters.to;

  return (
    <div className="alarms-page">
      <PageHeader
        title="Alarm history"
        description="Every alarm: when it was raised and cleared, who acknowledged it and why, and when it escalated."
      />
      <AlarmTabs />
      {recent.data ? (
        <AlarmsPerDayChart
          series={alarmsPerDay(recent.data.items, days)}
          complete={recent.data.complete}
          total={recent.data.total}
          counted={recent.data.items.length}
        />
      ) : null}
      <div className="toolbar">
        <select
          aria-label="State"
          value={filters.state}
          onChange={(e) => setFilter('state', e.target.value as StateFilter)}
        >
          <option value="all">All states</option>
          <option value="open">Open (not closed)</option>
          {ALARM_STATES.map((state) => (
            <option key={state} value={state}>
              {STATE_LABELS[state]}
            </option>
          ))}
        </select>
        <SensorSelect
          label="Sensor"
          emptyLabel="All sensors"
          value={filters.sensorId}
          onChange={(id) => setFilter('sensorId', id)}
        />
        <select
          aria-label="Kind"
          value={filters.kind}
          onChange={(e) => setFilter('kind', e.target.value as KindFilter)}
        >
          <option value="">All kinds</option>
          {ALARM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <DateRangeFilter
          from={filters.from}
          to={filters.to}
          onChange={setFilter}
          errors={fieldErrorsOf(alarms.error)}
        />
      </div>
      <ErrorBanner error={formLevelError(alarms.error, ['from', 'to']) ?? recent.error} />
      <DataTable
        columns={columns}
        rows={alarms.data?.items}
        rowKey={(a) => a.id}
        empty={filtered ? 'No alarms match.' : 'No alarms yet.'}
      />
      {alarms.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={alarms.data.total} onPage={setPage} />
      ) : null}
    </div>
  );
}
