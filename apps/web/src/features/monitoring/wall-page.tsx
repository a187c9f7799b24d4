import type { Instrument } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, apiRequest } from '../../lib/api-client';
import { useNow } from '../../lib/use-now';
import { sensorStatus } from './sensor-status';
import { useLiveReadings } from './use-live-readings';

/** The key travels in the URL fragment (`/wall#key=…`), which browsers never send to a server. */
function kioskKey(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('key');
}

/**
 * Full-screen wall display: every active sensor as a large tile, sorted by location, no navigation.
 * It signs in with its link's watch-only key and recovers by itself (the socket reconnects; the list
 * is reloaded every minute).
 */
export function WallPage() {
  const [key] = useState(kioskKey);
  const now = useNow(1000);
  const instruments = useQuery({
    queryKey: ['wall', key],
    queryFn: () => apiRequest<{ items: Instrument[] }>('/instruments', { apiKey: key ?? undefined }),
    enabled: Boolean(key),
    refetchInterval: 60_000,
    retry: (count, error) => !(error instanceof ApiError && error.status === 401) && count < 3,
  });
  const active = (instruments.data?.items ?? []).filter((i) => i.enabled && !i.retiredAt);
  const live = useLiveReadings(
    active.map((i) => i.id),
    key,
  );

  if (!key || (instruments.error instanceof ApiError && instruments.error.status === 401)) {
    return (
      <main className="wall wall--message">
        <h1>This wall display link is not valid</h1>
        <p>
          It may have been revoked. Ask a manager for a new link (Monitoring → Instruments → Wall displays).
        </p>
      </main>
    );
  }

  const tiles = active
    .flatMap((instrument) =>
      instrument.sensors
        .filter((sensor) => sensor.active)
        .map((sensor) => ({ sensor, instrument, location: sensor.location || instrument.location })),
    )
    .sort((a, b) => a.location.localeCompare(b.location) || a.sensor.name.localeCompare(b.sensor.name));

  return (
    <main className="wall">
      <header className="wall__header">
        <span>FactoryOps · live climate</span>
        <span>{new Date(now).toLocaleTimeString()}</span>
      </header>
      <div className="wall__grid">
        {tiles.map(({ sensor, instrument, location }) => {
          const reading = live.latest[sensor.id];
          const status = sensorStatus(reading, sensor.limits, now, instrument.pollIntervalSeconds * 3000);
          return (
            <section key={sensor.id} className={`wall-tile wall-tile--${status}`} aria-label={sensor.name}>
              <h2>{sensor.name}</h2>
              <p className="wall-tile__location">{location}</p>
              <p className="wall-tile__values">
                <span>
                  {reading ? reading.temperature.toFixed(1) : '—'}
                  <small> °C</small>
                </span>
                <span>
                  {reading ? reading.humidity.toFixed(0) : '—'}
                  <small> %RH</small>
                </span>
              </p>
            </section>
          );
        })}
      </div>
      {live.connected ? null : <p className="wall__offline">Reconnecting to the live feed…</p>}
    </main>
  );
}
