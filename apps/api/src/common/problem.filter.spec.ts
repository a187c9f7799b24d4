import { describe, expect, it, jest } from '@jest/globals';
import { type ArgumentsHost, HttpException } from '@nestjs/common';
import type { Logger } from 'pino';
import { ConflictError, RuleViolationError, TooManyRequestsError } from './domain-errors.js';
import { ProblemFilter } from './problem.filter.js';

/** A body Fastify refused, as Nest's adapter hands it to the filters. */
function fastifyRefusal(code: string, statusCode: number): HttpException {
  const cause = Object.assign(new Error(`Fastify says ${code}`), { code, statusCode });
  return new HttpException(cause.message, statusCode, { cause });
}

function answer(exception: unknown) {
  const error = jest.fn();
  const filter = new ProblemFilter({ error } as unknown as Logger);
  const sent: {
    status?: number;
    type?: string;
    body?: Record<string, unknown>;
    headers: Record<string, string>;
  } = {
    headers: {},
  };
  const reply = {
    sent: false,
    raw: { headersSent: false },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return this;
    },
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(value: string) {
      sent.type = value;
      return this;
    },
    send(body: Record<string, unknown>) {
      sent.body = body;
    },
  };
  const request = {
    originalUrl: '/api/v1/things?x=1',
    id: 'req-1',
    server: { initialConfig: { bodyLimit: 1024 } },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({
      getRequest: () => request,
      getResponse: () => reply,
    }),
  } as unknown as ArgumentsHost;
  filter.catch(exception, host);
  return { sent, error };
}

describe('ProblemFilter', () => {
  it('hides an unexpected error behind a 500 with an error id that is also logged', () => {
    const { sent, error } = answer(new Error('secret internals at /srv/app.js:12'));
    expect(sent.status).toBe(500);
    expect(sent.type).toBe('application/problem+json');
    expect(JSON.stringify(sent.body)).not.toMatch(/secret internals|app\.js/);
    const errorId = sent.body?.errorId as string;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(String(sent.body?.detail)).toContain(errorId);
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ errorId }), 'unhandled error');
  });

  it.each([
    [new ConflictError('Taken', 'email'), 409, { errors: [{ path: 'email', message: 'Taken' }] }],
    [
      new RuleViolationError('Last admin', 'roles'),
      400,
      { errors: [{ path: 'roles', message: 'Last admin' }] },
    ],
    [new TooManyRequestsError('Slow down', 30), 429, { retryAfterSeconds: 30 }],
    [
      fastifyRefusal('FST_ERR_CTP_BODY_TOO_LARGE', 413),
      413,
      { title: 'Payload too large', detail: 'The request body is larger than the limit of 1024 bytes' },
    ],
    [
      fastifyRefusal('FST_ERR_CTP_INVALID_JSON_BODY', 400),
      400,
      { detail: 'The request body is not valid JSON' },
    ],
    [{ code: '23505' }, 409, { title: 'Conflict' }],
    [{ code: '40P01' }, 409, { detail: expect.stringMatching(/at the same moment: try again/) }],
    [{ code: '40001' }, 409, { detail: expect.stringMatching(/at the same moment: try again/) }],
  ])('maps %o to %i', (exception, status, expected) => {
    const { sent } = answer(exception);
    expect(sent.status).toBe(status);
    expect(sent.body).toMatchObject({ status, instance: '/api/v1/things', ...expected });
  });

  it('sets Retry-After on 429', () => {
    expect(answer(new TooManyRequestsError('Slow down', 30)).sent.headers['Retry-After']).toBe('30');
  });
});
