import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { OpsGateway } from './ops.gateway.js';
import { SocketAuthenticator } from './socket-authenticator.js';

@Module({
  imports: [AuthModule],
  providers: [OpsGateway, SocketAuthenticator],
  exports: [SocketAuthenticator],
})
export class RealtimeModule {}
