import { Injectable } from '@nestjs/common';
import { API_KEY_PREFIX } from '@factoryops/contracts';
import type { Principal } from '../../common/principal.js';
import { ApiKeysService } from '../auth/api-keys.service.js';
import { AuthService } from '../auth/auth.service.js';

/** The Socket.IO handshake carries the same credentials as REST: `auth: { token }`, a JWT or an API key. */
@Injectable()
export class SocketAuthenticator {
  constructor(
    private readonly auth: AuthService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async authenticate(handshakeAuth: unknown): Promise<Principal> {
    const token = (handshakeAuth as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || token.length === 0) throw new Error('Authentication required');
    return token.startsWith(API_KEY_PREFIX)
      ? this.apiKeys.authenticate(token)
      : this.auth.verifyAccessToken(token);
  }

  /** Socket.IO middleware that refuses the connection before it opens when authentication fails. */
  middleware() {
    return (
      socket: { handshake: { auth: unknown }; data: { principal?: Principal } },
      next: (error?: Error) => void,
    ) => {
      this.authenticate(socket.handshake.auth)
        .then((principal) => {
          socket.data.principal = principal;
          next();
        })
        .catch((error: Error) => next(Object.assign(new Error(error.message), { data: { status: 401 } })));
    };
  }
}
