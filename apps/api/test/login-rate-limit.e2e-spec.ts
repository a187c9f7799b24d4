import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

/** Sign-in takes a limited number of requests a minute from one address, whatever their outcome. */
describe('sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 problem+json with Retry-After past the limit, and limits nothing else', async () => {
    const user = await t.createUser();
    const signIn = (password: string) =>
      request(t.http).post('/api/v1/auth/login').send({ email: user.email, password });
    const first = await signIn(TEST_PASSWORD).expect(200);
    expect(first.headers['x-ratelimit-limit']).toBe('3');
    expect(first.headers['x-ratelimit-remaining']).toBe('2');
    await signIn('wrong-password-1').expect(401);
    await signIn(TEST_PASSWORD).expect(200);

    const refused = await signIn(TEST_PASSWORD).expect(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      status: 429,
      title: 'Too many requests',
      instance: '/api/v1/auth/login',
    });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.retryAfterSeconds).toBe(retryAfter);

    // Other endpoints, the signed-in session included, are not limited.
    const authorization = `Bearer ${first.body.accessToken}`;
    for (let i = 0; i < 5; i += 1) {
      await request(t.http).get('/api/v1/auth/me').set('authorization', authorization).expect(200);
    }
    await request(t.http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.body.refreshToken })
      .expect(200);
  });
});
