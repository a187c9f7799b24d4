import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { type OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import {
  OPS_NAMESPACE,
  type OpsClientToServerEvents,
  type OpsServerToClientEvents,
} from '@factoryops/contracts';
import type { Namespace, Socket } from 'socket.io';
import type { Principal } from '../../common/principal.js';
import { type DomainEvent, DomainEvents } from './domain-events.js';
import { SocketAuthenticator } from './socket-authenticator.js';

type OpsNamespace = Namespace<OpsClientToServerEvents, OpsServerToClientEvents>;
type OpsSocket = Socket<OpsClientToServerEvents, OpsServerToClientEvents, object, { principal: Principal }>;

const ADMIN_ROOM = 'admins';
const ADMIN_PERMISSIONS = ['users.manage', 'apikeys.manage', 'audit.view', 'logins.view'];
const MAINTENANCE_ROOM = 'maintenance';
const MEASUREMENTS_ROOM = 'measurements';
const PRODUCTION_ROOM = 'production';
const SAGE_ROOM = 'production-sage';
const FLEET_ROOM = 'fleet';

/**
 * `/ops`: operational notices. The handshake must carry an access token or API key
 * (`auth: { token }`); anything else is refused before the connection opens.
 */
@WebSocketGateway({ namespace: OPS_NAMESPACE, cors: false })
export class OpsGateway implements OnGatewayInit<OpsNamespace>, OnModuleDestroy {
  private readonly logger = new Logger('OpsGateway');
  private namespace?: OpsNamespace;
  private unsubscribe?: () => void;

  constructor(
    private readonly authenticator: SocketAuthenticator,
    private readonly events: DomainEvents,
  ) {}

  afterInit(namespace: OpsNamespace): void {
    this.namespace = namespace;
    namespace.use(this.authenticator.middleware());
    namespace.on('connection', (socket: OpsSocket) => this.join(socket));
    this.unsubscribe = this.events.subscribe((event) => this.broadcast(event));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  @SubscribeMessage('ping')
  ping(socket: OpsSocket): { at: string; userId: string } {
    return { at: new Date().toISOString(), userId: socket.data.principal.id };
  }

  private join(socket: OpsSocket): void {
    const principal = socket.data.principal;
    if (principal.kind === 'user') {
      void socket.join([`user:${principal.id}`, `session:${principal.sessionId}`]);
    }
    if (principal.permissions.some((code) => ADMIN_PERMISSIONS.includes(code))) void socket.join(ADMIN_ROOM);
    if (principal.permissions.includes('maintenance.view')) void socket.join(MAINTENANCE_ROOM);
    if (principal.permissions.includes('measurements.view')) void socket.join(MEASUREMENTS_ROOM);
    if (principal.permissions.includes('production.view')) void socket.join(PRODUCTION_ROOM);
    if (principal.permissions.includes('production.sage.manage')) void socket.join(SAGE_ROOM);
    if (principal.permissions.includes('fleet.view')) void socket.join(FLEET_ROOM);
  }

  private broadcast(event: DomainEvent): void {
    const namespace = this.namespace;
    if (!namespace) return;
    switch (event.type) {
      case 'entity.changed':
        namespace.to(ADMIN_ROOM).emit('entity:changed', event.payload);
        return;
      case 'calibration.changed':
        namespace.to(MEASUREMENTS_ROOM).emit('calibration:changed', event.payload);
        return;
      case 'alarm.changed':
        namespace.to(MEASUREMENTS_ROOM).emit('alarm:changed', event.payload);
        return;
      case 'maintenance.changed':
        namespace.to(MAINTENANCE_ROOM).emit('maintenance:changed', event.payload);
        return;
      case 'production.queue.changed':
        namespace.to(PRODUCTION_ROOM).emit('production:queue', event.payload);
        return;
      case 'production.run.changed':
        namespace.to(PRODUCTION_ROOM).emit('production:runs', event.payload);
        return;
      case 'production.changed':
        namespace.to(PRODUCTION_ROOM).emit('production:changed', event.payload);
        return;
      case 'production.sage.changed':
        namespace.to(SAGE_ROOM).emit('production:sage', event.payload);
        return;
      case 'fleet.changed':
        namespace.to(FLEET_ROOM).emit('fleet:changed', event.payload);
        return;
      case 'session.revoked': {
        const rooms =
          event.sessionIds === 'all'
            ? [`user:${event.userId}`]
            : event.sessionIds.map((id) => `session:${id}`);
        namespace.to(rooms).emit('session:revoked', { reason: event.reason });
        namespace.in(rooms).disconnectSockets(true);
        this.logger.debug(`Disconnected sockets of ${rooms.join(', ')}: ${event.reason}`);
        return;
      }
    }
  }
}
