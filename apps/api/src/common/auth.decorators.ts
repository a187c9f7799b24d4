import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '@factoryops/contracts';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PermissionDeniedError } from './domain-errors.js';
import type { Principal, UserPrincipal } from './principal.js';

export const IS_PUBLIC = 'factoryops:public';
export const REQUIRED_PERMISSION = 'factoryops:permission';

/** Open to anyone: no token needed (login, refresh, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Limits how often one address may call the route (`RATE_LIMIT_PER_MINUTE`, answered 429 with
 * Retry-After past it): for public endpoints that a script could hammer, such as sign-in.
 */
export const RateLimited = () => RouteConfig({ rateLimit: {} });

/**
 * Requires a signed-in user or an API key, and the permission when one is named.
 * Every route is authenticated unless marked `@Public()`; this decorator says what it needs.
 */
export function Authenticated(options: { permission?: Permission } = {}) {
  return applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, options.permission),
    ApiBearerAuth(),
    ApiSecurity('apiKey'),
    ApiUnauthorizedResponse({ description: 'No valid access token or API key' }),
    ...(options.permission
      ? [ApiForbiddenResponse({ description: `Needs the permission ${options.permission}` })]
      : []),
  );
}

export interface AuthenticatedRequest {
  principal?: Principal;
}

/** The signed-in user; machine clients (API keys) are refused. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): UserPrincipal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (principal?.kind !== 'user')
    throw new PermissionDeniedError('This endpoint is for signed-in users, not API keys');
  return principal;
});

/** Whoever is calling: a signed-in user or a machine client (API key). */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new PermissionDeniedError('Sign in or use an API key');
  return principal;
});
