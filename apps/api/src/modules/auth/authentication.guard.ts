import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { API_KEY_HEADER, API_KEY_PREFIX, type Permission } from '@factoryops/contracts';
import type { Request } from 'express';
import { type AuthenticatedRequest, IS_PUBLIC, REQUIRED_PERMISSION } from '../../common/auth.decorators.js';
import { DomainError, PermissionDeniedError, UnauthenticatedError } from '../../common/domain-errors.js';
import type { Principal } from '../../common/principal.js';
import { requestContext } from '../../common/request-context.js';
import { ApiKeysService } from './api-keys.service.js';

/** passport-jwt through Nest's AuthGuard, reporting failures as our own 401. */
@Injectable()
class JwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<T>(error: unknown, user: T, info: unknown): T {
    if (error instanceof DomainError) throw error;
    if (error || !user) {
      const expired = (info as { name?: string } | undefined)?.name === 'TokenExpiredError';
      throw new UnauthenticatedError(expired ? 'The access token has expired' : 'The access token is invalid');
    }
    return user;
  }
}

/**
 * The global guard: every route needs a user's access token or an API key unless it is `@Public()`,
 * and the permission named by `@Authenticated({ permission })`.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly jwtGuard = new JwtAuthGuard();

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest & { user?: Principal }>();
    const principal = await this.authenticate(context, request);
    request.principal = principal;
    requestContext.setPrincipal(principal);

    const needed = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (needed && !principal.permissions.includes(needed)) {
      throw new PermissionDeniedError(`You need the permission "${needed}" to do this`);
    }
    return true;
  }

  private async authenticate(context: ExecutionContext, request: Request & { user?: Principal }): Promise<Principal> {
    const bearer = request.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const apiKey = request.headers[API_KEY_HEADER];
    if (typeof apiKey === 'string') return this.apiKeys.authenticate(apiKey);
    if (bearer?.startsWith(API_KEY_PREFIX)) return this.apiKeys.authenticate(bearer);
    if (!bearer) throw new UnauthenticatedError('Sign in, or send an access token or API key');
    await this.jwtGuard.canActivate(context);
    return request.user as Principal;
  }
}
