import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '../../config/app-config.js';
import { ProductionModule } from '../production/production.module.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysService } from './api-keys.service.js';
import { AuthController, RolesController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { AuthenticationGuard } from './authentication.guard.js';
import { InitialAdmin } from './initial-admin.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LoginAttemptsController } from './login-attempts.controller.js';
import { LoginAttemptsService } from './login-attempts.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [
    // The operator an account is, for `GET /auth/me` and the sign-in answers.
    ProductionModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.jwtSecret)),
        signOptions: { algorithm: 'HS256', issuer: 'factoryops' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'factoryops' },
      }),
    }),
  ],
  controllers: [AuthController, RolesController, UsersController, ApiKeysController, LoginAttemptsController],
  providers: [
    AuthService,
    UsersService,
    ApiKeysService,
    LoginAttemptsService,
    JwtStrategy,
    InitialAdmin,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
  ],
  exports: [AuthService, UsersService, ApiKeysService],
})
export class AuthModule {}
