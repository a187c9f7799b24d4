import { type OnModuleDestroy } from '@nestjs/common';
import { type OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import {
  LIVE_NAMESPACE,
  type LiveClientToServerEvents,
  type LiveReading,
  type LiveServerToClientEvents,
  type LiveSubscription,
} from '@factoryops/contracts';
import type { Namespace, Socket } from 'socket.io';
import { z } from 'zod';
import type { Principal } from '../../common/principal.js';
import { type DomainEvent, DomainEvents } from '../realtime/domain-events.js';
import { SocketAuthenticator } from '../realtime/socket-authenticator.js';

type LiveNamespace = Namespace<LiveClientToServerEvents, LiveServerToClientEvents>;
type LiveSocket = Socket<
  LiveClientToServerEvents,
  LiveServerToClientEvents,
  object,
  { principal: Principal }
>;

const SubscriptionSchema = z.strictObject({
  instrumentIds: z.array(z.uuid()).max(500).optional(),
  sensorIds: z.array(z.uuid()).max(1000).optional(),
});

const CommandSchema = z.union([
  z.strictObject({ command: z.enum(['connect', 'disconnect', 'reconnect']), instrumentId: z.uuid() }),
  z.strictObject({ command: z.literal('connect-all') }),
]);

const rooms = (subscription: LiveSubscription) => [
  ...(subscription.instrumentIds ?? []).map((id) => `instrument:${id}`),
  ...(subscription.sensorIds ?? []).map((id) => `sensor:${id}`),
];

/**
 * `/live`: readings, instrument states and anomalies, by instrument or sensor room. Subscribing needs
 * `measurements.view`; a new subscriber gets the latest reading of each sensor at once.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: false })
export class LiveGateway implements OnGatewayInit<LiveNamespace>, OnModuleDestroy {
  private namespace?: LiveNamespace;
  private unsubscribe?: () => void;
  private readonly latest = new Map<string, LiveReading>();

  constructor(
    private readonly authenticator: SocketAuthenticator,
    private readonly events: DomainEvents,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    this.namespace = namespace;
    namespace.use(this.authenticator.middleware());
    this.unsubscribe = this.events.subscribe((event) => this.broadcast(event));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  @SubscribeMessage('subscribe')
  subscribe(socket: LiveSocket, body: unknown): { ok: boolean; error?: string } {
    if (!socket.data.principal.permissions.includes('measurements.view')) {
      return { ok: false, error: 'You need the permission "measurements.view" to watch readings' };
    }
    const parsed = SubscriptionSchema.safeParse(body);
    if (!parsed.success) return { ok: false, error: 'Send { instrumentIds?: uuid[], sensorIds?: uuid[] }' };
    void socket.join(rooms(parsed.data));
    const instruments = new Set(parsed.data.instrumentIds ?? []);
    const sensors = new Set(parsed.data.sensorIds ?? []);
    for (const reading of this.latest.values()) {
      if (instruments.has(reading.instrumentId) || sensors.has(reading.sensorId))
        socket.emit('reading', reading);
    }
    return { ok: true };
  }

  @SubscribeMessage('command')
  command(socket: LiveSocket, body: unknown): { ok: boolean; error?: string } {
    if (!socket.data.principal.permissions.includes('instruments.operate')) {
      return { ok: false, error: 'You need the permission "instruments.operate" to do this' };
    }
    const parsed = CommandSchema.safeParse(body);
    if (!parsed.success)
      return { ok: false, error: 'Send { command, instrumentId } (no id for connect-all)' };
    this.events.publish({ type: 'instrument.command', ...parsed.data });
    return { ok: true };
  }

  @SubscribeMessage('unsubscribe')
  unsubscribeRooms(socket: LiveSocket, body: unknown): void {
    const parsed = SubscriptionSchema.safeParse(body);
    if (parsed.success) for (const room of rooms(parsed.data)) void socket.leave(room);
  }

  private broadcast(event: DomainEvent): void {
    const namespace = this.namespace;
    if (!namespace) return;
    switch (event.type) {
      case 'reading': {
        this.latest.set(event.reading.sensorId, event.reading);
        const rooms = [`instrument:${event.reading.instrumentId}`, `sensor:${event.reading.sensorId}`];
        // Most readings have no watcher: skip encoding a packet nobody would receive.
        if (rooms.some((room) => namespace.adapter.rooms.has(room)))
          namespace.to(rooms).emit('reading', event.reading);
        return;
      }
      case 'instrument.state':
        namespace.to(`instrument:${event.event.instrumentId}`).emit('instrument:state', event.event);
        return;
      case 'anomaly':
        namespace.to(`instrument:${event.event.instrumentId}`).emit('anomaly', event.event);
        return;
    }
  }
}
