import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_KEY_HEADER } from '@factoryops/contracts';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { ContractValidationPipe } from './common/contract-validation.pipe.js';
import { PinoNestLogger, RequestLogController } from './common/logger.js';
import { ProblemFilter, problem } from './common/problem.filter.js';
import { TooManyRequestsError } from './common/domain-errors.js';
import { requestContext } from './common/request-context.js';
import type { AppConfig } from './config/app-config.js';

export const API_PREFIX = 'api/v1';

/** The caller's `X-Request-Id` when it looks like one, else a new id: one id per request, in logs and answers. */
function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

/** `512kb`, `2mb` (validated by the environment schema) in bytes. */
function bytesOf(size: string): number {
  const amount = Number.parseInt(size, 10);
  return size.toLowerCase().endsWith('mb') ? amount * 1024 * 1024 : amount * 1024;
}

/**
 * Helmet's security headers for `options`, worked out once: they do not depend on the request.
 * (@fastify/helmet builds helmet's middleware anew for every request, CSP parsing included.)
 */
function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader: (name: string, value: string | number) => {
      headers[name] = String(value);
    },
    removeHeader: () => undefined,
  };
  helmet(options)({} as IncomingMessage, collector as unknown as ServerResponse, () => undefined);
  return headers;
}

/** Builds the whole HTTP application (not yet listening): API, docs, sockets and the SPA. */
export async function createApp(config: AppConfig, logger: Logger): Promise<NestFastifyApplication> {
  const env = config.env;
  const bodyLimit = bytesOf(env.BODY_LIMIT);
  const security = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: env.NODE_ENV === 'production',
  });
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new RequestLogController(logger),
    genReqId: requestIdOf,
    // Requests log through the app's logger itself (their line carries the request id): no child per request.
    childLoggerFactory: (root: FastifyBaseLogger) => root,
    requestIdHeader: false,
    trustProxy: env.TRUST_PROXY,
    bodyLimit,
    // Paths match as they did on Express: with or without a trailing slash, in any case, and a long
    // path parameter still reaches its route (and is refused there, naming the field).
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: false, maxParamLength: 1000 },
    // A path that does not decode (`/users/%E0%A4%A`) is refused before routing: as a problem too.
    frameworkErrors: (_error: Error, request: FastifyRequest, reply: FastifyReply) =>
      reply
        .code(400)
        .headers(security)
        .type('application/problem+json')
        .send({
          ...problem(400, 'The address is not valid: part of its path does not decode'),
          instance: request.url.split('?')[0],
        }),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    // Bodies are read as JSON only (below), as before: a form or other type is 415, never half-parsed.
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.decorate('appEnv', env);
  // JSON bodies as before: an empty one (a DELETE that names its type anyway) is no body, not an error.
  const json = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (request, body, done) =>
    body.length === 0
      ? done(null, undefined)
      : json(request as FastifyRequest, body as unknown as string, done),
  );

  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(security).header('X-Request-Id', request.id);
    done();
  });
  // After the body is read, so that what the handler awaits (audit, logs) sees the request's id and caller.
  fastify.addHook('preHandler', (request, _reply, done) => {
    requestContext.run({ requestId: request.id }, done);
  });
  // Cookies are parsed only where they are read: the session endpoints (the refresh token).
  await app.register(fastifyCookie, { hook: false });
  // Limits per address for the routes that opt in (`@RateLimited`); everything else pays nothing.
  await app.register(fastifyRateLimit, {
    global: false,
    max: env.RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) =>
      new TooManyRequestsError(
        'Too many requests from this address: wait a moment and try again',
        Math.max(1, Math.ceil(context.ttl / 1000)),
      ),
  });
  if (env.CORS_ORIGINS) {
    app.enableCors({ origin: env.CORS_ORIGINS.split(',').map((origin) => origin.trim()), credentials: true });
  }
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(new ContractValidationPipe());
  app.useGlobalFilters(new ProblemFilter(logger));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('FactoryOps API')
      .setDescription('Operations platform for factories and labs. Errors are RFC 9457 problem+json.')
      .setVersion('1')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: API_KEY_HEADER }, 'apiKey')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  await serveSpa(app, env.WEB_DIST);
  return app;
}

/**
 * The built SPA: its files (hashed assets cached for good, index.html revalidated), and index.html for
 * any other GET outside /api and /socket.io that asks for HTML (deep links into the app).
 */
async function serveSpa(app: NestFastifyApplication, webDist: string): Promise<void> {
  if (!existsSync(path.join(webDist, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root: webDist,
    index: false,
    // Routes for the files present at start (a build is immutable): no look at the disk per request.
    wildcard: false,
    maxAge: '1h',
    setHeaders: (reply, file) => {
      if (file.endsWith('.html')) reply.header('Cache-Control', 'no-cache');
      else if (file.includes(`${path.sep}assets${path.sep}`))
        reply.header('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request: FastifyRequest, reply: FastifyReply) => {
      const accept = request.headers.accept ?? '*/*';
      if (/^\/(api|socket\.io)(\/|$)/.test(request.url) || !/text\/html|\*\/\*/.test(accept)) {
        return reply.callNotFound();
      }
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    });
}
