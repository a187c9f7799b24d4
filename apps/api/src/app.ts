import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_KEY_HEADER } from '@factoryops/contracts';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module.js';
import { ContractValidationPipe } from './common/contract-validation.pipe.js';
import { PinoNestLogger } from './common/logger.js';
import { ProblemFilter } from './common/problem.filter.js';
import { requestContext } from './common/request-context.js';
import type { AppConfig } from './config/app-config.js';

export const API_PREFIX = 'api/v1';

function requestIdOf(request: Request): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

/** Builds the whole HTTP application (not yet listening): API, docs, sockets and the SPA. */
export async function createApp(config: AppConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  const env = config.env;
  app.set('trust proxy', env.TRUST_PROXY);
  app.disable('x-powered-by');
  // API answers are not revalidated by ETag; hashing every body would cost each request.
  app.set('etag', false);

  app.use((request: Request, response: Response, next: NextFunction) => {
    const requestId = requestIdOf(request);
    response.setHeader('X-Request-Id', requestId);
    requestContext.run({ requestId }, next);
  });
  // Request logs (info, warn for 4xx, error for 5xx) cost a child logger and listeners per request:
  // skipped when the level drops them all. Unexpected errors are logged by the problem filter anyway.
  if (logger.isLevelEnabled('warn')) {
    app.use(
      pinoHttp({
        logger,
        genReqId: () => requestContext.current()?.requestId ?? randomUUID(),
        autoLogging: { ignore: (request) => request.url === '/api/v1/health' },
        customLogLevel: (_request, response, error) =>
          error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
        serializers: {
          req: (request: { id: string; method: string; url: string }) => ({
            id: request.id,
            method: request.method,
            url: request.url?.split('?')[0],
          }),
          res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
        },
      }),
    );
  }
  app.use(
    helmet({
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
    }),
  );
  // Only the session endpoints read cookies (the refresh token).
  app.use(`/${API_PREFIX}/auth`, cookieParser());
  app.useBodyParser('json', { limit: env.BODY_LIMIT });
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

  serveSpa(app, env.WEB_DIST);
  return app;
}

/** The built SPA: static files, and index.html for any other GET outside /api and /socket.io. */
function serveSpa(app: NestExpressApplication, webDist: string): void {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return;
  const assets = express.static(webDist, { index: false, maxAge: '1h', setHeaders: noCacheForHtml });
  app.use((request: Request, response: Response, next: NextFunction) => {
    // API and socket requests go straight on, without a look at the disk.
    if (request.method !== 'GET' || /^\/(api|socket\.io)(\/|$)/.test(request.path)) return next();
    assets(request, response, () => sendIndex(request, response, next));
  });
  const sendIndex = (request: Request, response: Response, next: NextFunction) => {
    if (!request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  };
}

function noCacheForHtml(response: Response, file: string): void {
  if (file.endsWith('.html')) response.setHeader('Cache-Control', 'no-cache');
  else if (file.includes(`${path.sep}assets${path.sep}`))
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
