import type { Instrument, InstrumentStateEvent } from '@factoryops/contracts';
import { ErrorBanner } from '../../components/error-banner';
import { CONNECTION_STATE_LABELS } from '../instruments/connection-state';
import { useInstrumentCommand } from '../instruments/queries';

interface InstrumentPanelProps {
  instruments: Instrument[];
  liveStates: Record<string, InstrumentStateEvent>;
  canOperate: boolean;
}

/** Instruments with their connection state, and the commands for those allowed to operate them. */
export function InstrumentPanel({ instruments, liveStates, canOperate }: InstrumentPanelProps) {
  const command = useInstrumentCommand();
  return (
    <section className="card instrument-panel" aria-label="Instruments">
      <header className="instrument-panel__header">
        <h2>Instruments</h2>
        {canOperate ? (
          <button
            type="button"
            className="button button--small"
            disabled={command.isPending}
            onClick={() => command.mutate({ id: '', command: 'connect-all' })}
          >
            Connect all
          </button>
        ) : null}
      </header>
      <ErrorBanner error={command.error} />
      <ul className="instrument-list">
        {instruments.map((instrument) => {
          const live = liveStates[instrument.id];
          const state = live?.state ?? instrument.connection.state;
          const message = live ? live.message : instrument.connection.lastError;
          return (
            <li key={instrument.id} className="instrument-list__item">
              <div>
                <strong>{instrument.name}</strong>
                <span className="muted small">
                  {' '}
                  {instrument.model ? `${instrument.model} · ${instrument.serial}` : instrument.driver} ·{' '}
                  {instrument.host}:{instrument.port}
                </span>
                <div>
                  <span className={`badge badge--state-${state}`}>{CONNECTION_STATE_LABELS[state]}</span>
                  {state === 'error' && message ? <span className="small error-text"> {message}</span> : null}
                </div>
              </div>
              {canOperate && instrument.driver === 'fluke-1620a' && !instrument.retiredAt ? (
                <div className="instrument-list__actions">
                  {(['connect', 'reconnect', 'disconnect'] as const).map((name) => (
                    <button
                      key={name}
                      type="button"
                      className="button button--small"
                      disabled={command.isPending}
                      onClick={() => command.mutate({ id: instrument.id, command: name })}
                    >
                      {name[0].toUpperCase() + name.slice(1)}
                      <span className="visually-hidden"> {instrument.name}</span>
                    </button>
                  ))}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
