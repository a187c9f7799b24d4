import { useQuery } from '@tanstack/react-query';
import { useAuth, useCurrentUser } from '../../app/auth-session';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { useNow } from '../../lib/use-now';
import { ActiveAlarmsNotice } from '../alarms/active-alarms-notice';
import { CalibrationDueNotice } from '../calibration/calibration-due-notice';
import { InstrumentPanel } from './instrument-panel';
import { instrumentListQuery } from '../instruments/queries';
import { recentReadingsQuery } from './queries';
import { SensorCard } from './sensor-card';
import { Toasts } from './toasts';
import { type LiveState, useLiveReadings } from './use-live-readings';

const SPARKLINE_MINUTES = 30;

function describe(notice: LiveState['notices'][number]): string {
  if ('kind' in notice) return notice.message;
  if (notice.state === 'error') return `connection error — ${notice.message}`;
  return notice.state === 'connected' ? 'connected' : 'disconnected';
}

/** Live monitoring: instruments with their connection state, and one card per sensor. */
export function DashboardPage() {
  const user = useCurrentUser();
  const { state: session } = useAuth();
  const instruments = useQuery(instrumentListQuery);
  const recent = useQuery(recentReadingsQuery(SPARKLINE_MINUTES));
  const active = (instruments.data?.items ?? []).filter((instrument) => !instrument.retiredAt);
  const live = useLiveReadings(
    active.map((instrument) => instrument.id),
    session.status === 'signed-in' ? session.accessToken : null,
  );
  const now = useNow(1000);

  const stored = new Map((recent.data?.items ?? []).map((series) => [series.sensorId, series.points]));
  const cards = active.flatMap((instrument) =>
    instrument.sensors.filter((sensor) => sensor.active).map((sensor) => ({ sensor, instrument })),
  );

  return (
    <>
      <PageHeader
        title="Monitoring"
        description={`Live temperature and humidity${live.connected ? '' : ' — reconnecting to the live feed…'}`}
      />
      <ErrorBanner error={instruments.error} />
      <ActiveAlarmsNotice />
      <CalibrationDueNotice />
      <Toasts
        now={now}
        notices={live.notices.map((notice) => ({
          id: `${notice.instrumentId}-${notice.at}`,
          at: notice.at,
          tone: 'kind' in notice || notice.state === 'error' ? 'warning' : 'info',
          text: `${active.find((i) => i.id === notice.instrumentId)?.name ?? 'Instrument'}: ${describe(notice)}`,
        }))}
      />
      <div className="monitoring">
        <InstrumentPanel
          instruments={active}
          liveStates={live.states}
          canOperate={user.permissions.includes('instruments.operate')}
        />
        <div className="sensor-grid">
          {cards.map(({ sensor, instrument }) => {
            const latest = live.latest[sensor.id];
            const points = [...(stored.get(sensor.id) ?? []), ...(live.points[sensor.id] ?? [])];
            return (
              <SensorCard
                key={sensor.id}
                sensor={sensor}
                instrumentName={instrument.name}
                reading={latest}
                points={points}
                now={now}
                staleAfterMs={instrument.pollIntervalSeconds * 3000}
              />
            );
          })}
          {instruments.data && cards.length === 0 ? (
            <div className="empty-state">
              <h2>No instruments yet</h2>
              <p>Instruments added by a manager appear here with their live readings.</p>
            </div>
          ) : null}
        </div>
      </div>
    </>
  );
}
