import { randomUUID } from 'node:crypto';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Problem } from '@factoryops/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { type DomainError, DomainError as DomainErrorBase } from './domain-errors.js';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
};

/** A problem of `status`, titled by it. */
export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  const title = TITLES[status] ?? 'Error';
  return {
    type: `https://factoryops.dev/problems/${title.toLowerCase().replaceAll(' ', '-')}`,
    title,
    status,
    detail,
    ...extra,
  };
}

/** Maps a domain error to problem details; the switch is exhaustive over the error kinds. */
export function problemFromDomainError(error: DomainError): Problem {
  switch (error.kind) {
    case 'validation': {
      const { errors } = error as DomainError & { errors: Problem['errors'] };
      return problem(400, error.message, { errors });
    }
    case 'rule': {
      const { field } = error as DomainError & { field?: string };
      return problem(400, error.message, field ? { errors: [{ path: field, message: error.message }] } : {});
    }
    case 'unauthenticated':
      return problem(401, error.message);
    case 'forbidden':
      return problem(403, error.message);
    case 'not_found':
      return problem(404, error.message);
    case 'conflict': {
      const { field, currentOrder } = error as DomainError & { field?: string; currentOrder?: string[] };
      return problem(409, error.message, {
        ...(field ? { errors: [{ path: field, message: error.message }] } : {}),
        ...(currentOrder ? { currentOrder } : {}),
      });
    }
    case 'too_large':
      return problem(413, error.message);
    case 'too_many_requests': {
      const { retryAfterSeconds } = error as DomainError & { retryAfterSeconds: number };
      return problem(429, error.message, { retryAfterSeconds });
    }
    case 'upstream':
      return problem(502, error.message);
  }
}

/** Fastify's own refusals of a request body, which Nest hands over wrapped in an HttpException. */
const BODY_PROBLEMS: Record<string, (error: { message: string }, bodyLimit: number) => Problem> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => problem(400, 'The request body is not valid JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => problem(400, 'The request body is empty: send a JSON object'),
  FST_ERR_CTP_BODY_TOO_LARGE: (_, bodyLimit) =>
    problem(413, `The request body is larger than the limit of ${bodyLimit} bytes`),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    problem(
      415,
      'Send the request body as JSON (application/json), or as multipart/form-data to upload a file',
    ),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    problem(400, 'The request body does not match its Content-Length'),
};

function problemFromHttpLayer(exception: unknown, bodyLimit: number): Problem | undefined {
  if (exception instanceof HttpException) {
    const cause = exception.cause as { code?: string; message: string } | undefined;
    const fromBody = cause?.code ? BODY_PROBLEMS[cause.code] : undefined;
    if (fromBody) return fromBody(cause as { message: string }, bodyLimit);
    // JSON.parse's own error, thrown by the body parser with a 400 status.
    if (cause instanceof SyntaxError) return problem(400, 'The request body is not valid JSON');
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'object' && response && 'message' in response
        ? String((response as { message: unknown }).message)
        : exception.message;
    return problem(status, message);
  }
  if ((exception as { code?: string })?.code === '23505') {
    return problem(409, 'A record with the same unique value already exists');
  }
  // A deadlock or serialization failure: PostgreSQL undid the whole transaction, so trying again is safe.
  if (['40P01', '40001'].includes((exception as { code?: string })?.code ?? '')) {
    return problem(409, 'Someone else changed the same records at the same moment: try again');
  }
  if ((exception as { code?: string })?.code === '23503') {
    return problem(
      409,
      'It is still referred to, or refers to something removed meanwhile: reload and try again',
    );
  }
  return undefined;
}

/** The one translator from anything thrown to RFC 9457 problem+json. Never a stack trace. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = this.toProblem(exception, request);
    if (reply.sent || reply.raw.headersSent) return;
    if (body.retryAfterSeconds) reply.header('Retry-After', String(body.retryAfterSeconds));
    reply.status(body.status).type('application/problem+json').send(body);
  }

  private toProblem(exception: unknown, request: FastifyRequest): Problem {
    const instance = request.originalUrl.split('?')[0];
    if (exception instanceof DomainErrorBase) return { ...problemFromDomainError(exception), instance };
    const fromHttp = problemFromHttpLayer(exception, request.server.initialConfig.bodyLimit ?? 0);
    if (fromHttp) {
      if (fromHttp.status === 404 && fromHttp.detail?.startsWith('Cannot ')) {
        fromHttp.detail = `No route ${request.method} ${instance}`;
      }
      return { ...fromHttp, instance };
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId, reqId: request.id }, 'unhandled error');
    return {
      ...problem(500, `Something went wrong on our side. Quote error id ${errorId} when reporting it.`),
      errorId,
      instance,
    };
  }
}
