import {
  type AnomalyEvent,
  type InstrumentStateEvent,
  LIVE_NAMESPACE,
  type LiveClientToServerEvents,
  type LiveReading,
  type LiveServerToClientEvents,
} from '@factoryops/contracts';
import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';

type LiveSocket = Socket<LiveServerToClientEvents, LiveClientToServerEvents>;

export interface LiveState {
  latest: Record<string, LiveReading>;
  /** Live points per sensor since the page opened, appended to the stored ones for sparklines. */
  points: Record<string, { time: string; temperature: number; humidity: number }[]>;
  states: Record<string, InstrumentStateEvent>;
  notices: (AnomalyEvent | InstrumentStateEvent)[];
  connected: boolean;
}

const EMPTY: LiveState = { latest: {}, points: {}, states: {}, notices: [], connected: false };
const KEEP_POINTS_MS = 30 * 60_000;

/**
 * Watches the given instruments on `/live` with `token` (a session's access token or a wall display's
 * key): readings, connection states and anomalies. The socket reconnects by itself and resubscribes;
 * the server then sends the latest reading of every sensor at once.
 */
export function useLiveReadings(instrumentIds: string[], token: string | null): LiveState {
  const [live, setLive] = useState<LiveState>(EMPTY);
  const key = instrumentIds.join(',');

  useEffect(() => {
    if (!token || !key) return;
    const socket: LiveSocket = io(LIVE_NAMESPACE, { auth: { token }, transports: ['websocket'] });
    const subscribe = () => void socket.emitWithAck('subscribe', { instrumentIds: key.split(',') });
    socket.on('connect', () => {
      setLive((current) => ({ ...current, connected: true }));
      subscribe();
    });
    socket.on('disconnect', () => setLive((current) => ({ ...current, connected: false })));
    socket.on('reading', (reading) =>
      setLive((current) => {
        const cutoff = Date.now() - KEEP_POINTS_MS;
        const previous = (current.points[reading.sensorId] ?? []).filter((p) => Date.parse(p.time) >= cutoff);
        const duplicate = previous.at(-1)?.time === reading.time;
        return {
          ...current,
          latest: { ...current.latest, [reading.sensorId]: reading },
          points: {
            ...current.points,
            [reading.sensorId]: duplicate
              ? previous
              : [
                  ...previous,
                  { time: reading.time, temperature: reading.temperature, humidity: reading.humidity },
                ],
          },
        };
      }),
    );
    socket.on('instrument:state', (event) =>
      setLive((current) => ({
        ...current,
        states: { ...current.states, [event.instrumentId]: event },
        // Every change worth telling (not the passing "connecting"), shown as a toast for a while.
        notices:
          event.state === 'connecting' || current.states[event.instrumentId]?.state === event.state
            ? current.notices
            : [...current.notices.slice(-9), event],
      })),
    );
    socket.on('anomaly', (event) =>
      setLive((current) => ({ ...current, notices: [...current.notices.slice(-4), event] })),
    );
    return () => {
      socket.disconnect();
    };
  }, [token, key]);

  return live;
}
