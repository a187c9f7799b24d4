import { describe, expect, it, jest } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import type { Logger } from 'pino';
import { ConflictError, RuleViolationError, TooManyRequestsError } from './domain-errors.js';
import { ProblemFilter } from './problem.filter.js';

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
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => {
      sent.headers[name] = value;
    },
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(value: string) {
      sent.type = value;
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
    },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({
      getRequest: () => ({ originalUrl: '/api/v1/things?x=1' }),
      getResponse: () => response,
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
    [{ type: 'entity.too.large', limit: 10 }, 413, { title: 'Payload too large' }],
    [{ code: '23505' }, 409, { title: 'Conflict' }],
  ])('maps %o to %i', (exception, status, expected) => {
    const { sent } = answer(exception);
    expect(sent.status).toBe(status);
    expect(sent.body).toMatchObject({ status, instance: '/api/v1/things', ...expected });
  });

  it('sets Retry-After on 429', () => {
    expect(answer(new TooManyRequestsError('Slow down', 30)).sent.headers['Retry-After']).toBe('30');
  });
});
