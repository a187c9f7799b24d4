import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../../config/app-config.js';
import type { UserPrincipal } from '../../common/principal.js';
import { type AccessPayload, AuthService } from './auth.service.js';

/** passport-jwt verifies signature and expiry; the session and the user are then checked in the database. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, made once: given a string, jsonwebtoken would parse the key on every request.
      // passport-jwt hands it to jsonwebtoken, which takes KeyObjects; its typings only list strings.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: 'factoryops',
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessPayload): Promise<UserPrincipal> {
    return this.auth.principalFor(payload);
  }
}
