import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { OpsGateway } from './ops.gateway.js';

@Module({ imports: [AuthModule], providers: [OpsGateway] })
export class RealtimeModule {}
