import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  BROWSER_CLIENT_HEADER,
  type LoginInput,
  LoginInputSchema,
  type Me,
  MeSchema,
  REFRESH_COOKIE,
  type RefreshInput,
  RefreshInputSchema,
  type RoleMatrix,
  RoleMatrixSchema,
  type TokenResponse,
  TokenResponseSchema,
} from '@factoryops/contracts';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Answer } from '../../common/answer.decorator.js';
import { Authenticated, CurrentUser, Public, RateLimited } from '../../common/auth.decorators.js';
import { UnauthenticatedError } from '../../common/domain-errors.js';
import type { UserPrincipal } from '../../common/principal.js';
import { AppConfig } from '../../config/app-config.js';
import { AuthService, type IssuedTokens } from './auth.service.js';
import type { ClientMeta } from './login-attempts.service.js';
import { roleMatrix } from './role-matrix.js';

const COOKIE_PATH = '/api/v1/auth';

function clientMeta(request: Request): ClientMeta {
  return {
    address: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
  };
}

/** The refresh token the browser holds as a cookie (cookies are parsed here only, not on every request). */
function refreshCookie(request: Request): string | undefined {
  const header = request.headers.cookie;
  return header ? request.server.parseCookie(header)[REFRESH_COOKIE] : undefined;
}

function isBrowser(request: Request): boolean {
  return request.headers[BROWSER_CLIENT_HEADER] === 'web';
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @RateLimited()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: TokenResponseSchema })
  @ApiTooManyRequestsResponse({ description: 'Account locked or address rate limited' })
  async login(
    @Body({ schema: LoginInputSchema }) input: LoginInput,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenResponse> {
    return this.answer(await this.auth.login(input, clientMeta(request)), request, response);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: TokenResponseSchema })
  async refresh(
    @Body({ schema: RefreshInputSchema }) input: RefreshInput,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenResponse> {
    const token = input.refreshToken ?? refreshCookie(request);
    if (!token) throw new UnauthenticatedError('No refresh token: sign in again');
    try {
      return this.answer(await this.auth.refresh(token), request, response);
    } catch (error) {
      response.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; the session is revoked' })
  async logout(
    @Body({ schema: RefreshInputSchema }) input: RefreshInput,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const token = input.refreshToken ?? refreshCookie(request);
    const bearer = request.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const fromAccess = bearer ? await this.auth.verifyAccessToken(bearer).catch(() => undefined) : undefined;
    await this.auth.logout(token, fromAccess?.sessionId);
    response.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }

  @Authenticated()
  @Get('me')
  @Answer(MeSchema)
  me(@CurrentUser() user: UserPrincipal): Promise<Me> {
    return this.auth.me(user);
  }

  private answer(issued: IssuedTokens, request: Request, response: Response): TokenResponse {
    const body: TokenResponse = {
      accessToken: issued.accessToken,
      tokenType: 'Bearer',
      expiresIn: issued.expiresIn,
      user: issued.user,
    };
    if (!isBrowser(request)) return { ...body, refreshToken: issued.refreshToken };
    const seconds = this.config.env.REFRESH_TOKEN_TTL_DAYS * 86_400;
    response.setCookie(REFRESH_COOKIE, issued.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      path: COOKIE_PATH,
      maxAge: seconds,
      expires: new Date(Date.now() + seconds * 1000),
    });
    return body;
  }
}

@ApiTags('auth')
@Controller('roles')
export class RolesController {
  @Authenticated()
  @Get()
  @ApiOkResponse({ standardSchema: RoleMatrixSchema })
  matrix(): RoleMatrix {
    return roleMatrix();
  }
}
