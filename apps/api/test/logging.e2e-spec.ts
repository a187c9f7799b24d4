import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createLogger } from '../src/common/logger.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

describe('structured logs', () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    t = await createTestApp({}, createLogger('info', sink));
  });
  afterAll(() => t.close());

  it('logs each request as JSON with its request id, and never a password or token', async () => {
    const user = await t.createUser();
    const login = await request(t.http)
      .post('/api/v1/auth/login')
      .set('x-request-id', 'login-trace-1')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    await request(t.http)
      .get('/api/v1/auth/me')
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .set('cookie', `fo_refresh=${login.body.refreshToken}`)
      .expect(200);
    await request(t.http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: login.body.refreshToken })
      .expect(200);

    const entries = lines.map(
      (line) => JSON.parse(line) as { req?: { id: string; url: string }; res?: { statusCode: number } },
    );
    const loginEntry = entries.find((entry) => entry.req?.url === '/api/v1/auth/login');
    expect(loginEntry).toMatchObject({ req: { id: 'login-trace-1' }, res: { statusCode: 200 } });
    const everything = lines.join('\n');
    expect(everything).not.toContain(TEST_PASSWORD);
    expect(everything).not.toContain(login.body.accessToken);
    expect(everything).not.toContain(login.body.refreshToken);
  });
});
