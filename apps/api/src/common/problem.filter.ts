import { randomUUID } from 'node:crypto';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Problem } from '@factoryops/contracts';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { type DomainError, DomainError as DomainErrorBase } from './domain-errors.js';
import { requestContext } from './request-context.js';

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
  503: 'Service unavailable',
};

function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
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
      const { field } = error as DomainError & { field?: string };
      return problem(409, error.message, field ? { errors: [{ path: field, message: error.message }] } : {});
    }
    case 'too_large':
      return problem(413, error.message);
    case 'too_many_requests': {
      const { retryAfterSeconds } = error as DomainError & { retryAfterSeconds: number };
      return problem(429, error.message, { retryAfterSeconds });
    }
  }
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

function problemFromHttpLayer(exception: unknown): Problem | undefined {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'object' && response && 'message' in response
        ? String((response as { message: unknown }).message)
        : exception.message;
    return problem(status, message);
  }
  const parserError = exception as BodyParserError;
  if (parserError?.type === 'entity.parse.failed') return problem(400, 'The request body is not valid JSON');
  if (parserError?.type === 'entity.too.large') {
    return problem(413, `The request body is larger than the limit of ${parserError.limit} bytes`);
  }
  if (parserError?.type === 'encoding.unsupported' || parserError?.type === 'charset.unsupported') {
    return problem(415, 'The request body encoding is not supported');
  }
  if ((exception as { code?: string })?.code === '23505') {
    return problem(409, 'A record with the same unique value already exists');
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
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = this.toProblem(exception, request);
    if (response.headersSent) return;
    if (body.retryAfterSeconds) response.setHeader('Retry-After', String(body.retryAfterSeconds));
    response.status(body.status).type('application/problem+json').json(body);
  }

  private toProblem(exception: unknown, request: Request): Problem {
    const instance = request.originalUrl?.split('?')[0];
    if (exception instanceof DomainErrorBase) return { ...problemFromDomainError(exception), instance };
    const fromHttp = problemFromHttpLayer(exception);
    if (fromHttp) {
      if (fromHttp.status === 404 && fromHttp.detail?.startsWith('Cannot ')) {
        fromHttp.detail = `No route ${request.method} ${instance}`;
      }
      return { ...fromHttp, instance };
    }
    const errorId = randomUUID();
    this.logger.error(
      { err: exception, errorId, reqId: requestContext.current()?.requestId },
      'unhandled error',
    );
    return {
      ...problem(500, `Something went wrong on our side. Quote error id ${errorId} when reporting it.`),
      errorId,
      instance,
    };
  }
}
