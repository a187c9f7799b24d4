import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { API_KEY_HEADER, API_KEY_PREFIX, type Permission } from '@factoryops/contracts';
import type { FastifyRequest as Request } from 'fastify';
import { type AuthenticatedRequest, IS_PUBLIC, REQUIRED_PERMISSION } from '../../common/auth.decorators.js';
import { PermissionDeniedError, UnauthenticatedError } from '../../common/domain-errors.js';
import type { Principal } from '../../common/principal.js';
import { requestContext } from '../../common/request-context.js';
import { ApiKeysService } from './api-keys.service.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { VerifiedTokens } from './verified-tokens.js';

/**
 * Runs this app's passport-jwt strategy on the request. The instance is used directly rather than
 * through passport's process-wide registry, so two apps in one process never share a strategy.
 */
function authenticateWith(strategy: JwtStrategy, request: Request): Promise<Principal> {
  return new Promise((resolve, reject) => {
    const attempt = Object.create(strategy) as JwtStrategy & {
      success(user: Principal): void;
      fail(info: unknown): void;
      error(error: unknown): void;
      authenticate(request: Request, options: object): void;
    };
    attempt.success = resolve;
    attempt.error = reject;
    attempt.fail = (info) => {
      const expired = (info as { name?: string } | undefined)?.name === 'TokenExpiredError';
      reject(
        new UnauthenticatedError(expired ? 'The access token has expired' : 'The access token is invalid'),
      );
    };
    attempt.authenticate(request, {});
  });
}

/**
 * The global guard: every route needs a user's access token or an API key unless it is `@Public()`,
 * and the permission named by `@Authenticated({ permission })`.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly verifiedTokens = new VerifiedTokens();

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly jwtStrategy: JwtStrategy,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    request.principal = principal;
    requestContext.setPrincipal(principal);

    const needed = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (needed && !principal.permissions.includes(needed)) {
      throw new PermissionDeniedError(`You need the permission "${needed}" to do this`);
    }
    return true;
  }

  private async authenticate(request: Request): Promise<Principal> {
    const bearer = request.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const apiKey = request.headers[API_KEY_HEADER];
    if (typeof apiKey === 'string') return this.apiKeys.authenticate(apiKey);
    if (bearer?.startsWith(API_KEY_PREFIX)) return this.apiKeys.authenticate(bearer);
    if (!bearer) throw new UnauthenticatedError('Sign in, or send an access token or API key');
    const verified = this.verifiedTokens.get(bearer);
    if (verified) return this.auth.principalFor(verified);
    const principal = await authenticateWith(this.jwtStrategy, request);
    this.verifiedTokens.remember(bearer);
    return principal;
  }
}
