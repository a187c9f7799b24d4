import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { createTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
  });
  afterAll(() => t.close());

  it('signs in, returns the user with effective permissions, and /auth/me agrees', async () => {
    const user = await t.createUser({ roles: ['technician', 'operator'] });
    const login = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: user.email.toUpperCase(), password: TEST_PASSWORD })
      .expect(200);
    expect(login.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { id: user.id, roles: ['technician', 'operator'] },
    });
    expect(login.body.refreshToken).toEqual(expect.any(String));
    expect(login.body.user.permissions).toEqual(
      expect.arrayContaining(['calibration.manage', 'production.run.record']),
    );
    const me = await request(t.http)
      .get('/api/v1/auth/me')
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    expect(me.body).toEqual(login.body.user);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const user = await t.createUser();
    const wrong = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'nope-nope-1' })
      .expect(401);
    const unknown = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: 'ghost@test.local', password: 'nope-nope-1' })
      .expect(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.body.detail).toBe('Email or password is incorrect');
    expect({ ...unknown.body, instance: undefined }).toEqual({ ...wrong.body, instance: undefined });
  });

  it('refuses an inactive user', async () => {
    const user = await t.createUser({ active: false });
    const response = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(401);
    expect(response.body.detail).toMatch(/deactivated/);
  });

  it.each([
    ['missing', undefined],
    ['forged', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.c2lnbmF0dXJl'],
    ['garbage', 'Bearer not-a-token'],
  ])('rejects a %s token with 401', async (_name, header) => {
    const call = request(t.http).get('/api/v1/auth/me');
    if (header) call.set('authorization', header);
    const response = await call.expect(401);
    expect(response.body.status).toBe(401);
  });

  it('rejects an expired token with 401', async () => {
    const user = await t.createUser();
    const { accessToken } = await t.login(user);
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(900);
    const expired = await t.app
      .get(JwtService)
      .signAsync({ sub: claims.sub, sid: claims.sid }, { expiresIn: -10 });
    const response = await request(t.http)
      .get('/api/v1/auth/me')
      .set('authorization', `Bearer ${expired}`)
      .expect(401);
    expect(response.body.detail).toMatch(/expired/);
  });

  it('rotates refresh tokens, and reusing a spent one revokes the whole session', async () => {
    const user = await t.createUser();
    const first = await t.login(user);
    const second = await request(t.http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    const third = await request(t.http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: second.body.refreshToken })
      .expect(200);

    const reuse = await request(t.http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(401);
    expect(reuse.body.detail).toMatch(/used elsewhere/);
    // The family is gone: the newest refresh token and its access token no longer work.
    await request(t.http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: third.body.refreshToken })
      .expect(401);
    await request(t.http)
      .get('/api/v1/auth/me')
      .set('authorization', `Bearer ${third.body.accessToken}`)
      .expect(401);
    // Another session of the same user is untouched.
    const other = await t.login(user);
    await request(t.http).get('/api/v1/auth/me').set('authorization', other.authorization).expect(200);
  });

  it('gives browsers the refresh token only as an httpOnly SameSite=strict cookie', async () => {
    const user = await t.createUser();
    const agent = request.agent(t.http);
    const login = await agent
      .post('/api/v1/auth/login')
      .set('x-factoryops-client', 'web')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    expect(login.body.refreshToken).toBeUndefined();
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/fo_refresh=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    const refreshed = await agent
      .post('/api/v1/auth/refresh')
      .set('x-factoryops-client', 'web')
      .send({})
      .expect(200);
    expect(refreshed.body.user.id).toBe(user.id);
    await agent.post('/api/v1/auth/logout').set('x-factoryops-client', 'web').send({}).expect(204);
    await agent.post('/api/v1/auth/refresh').set('x-factoryops-client', 'web').send({}).expect(401);
  });

  it('logout revokes the session behind the access token', async () => {
    const user = await t.createUser();
    const session = await t.login(user);
    await request(t.http)
      .post('/api/v1/auth/logout')
      .set('authorization', session.authorization)
      .send({})
      .expect(204);
    await request(t.http).get('/api/v1/auth/me').set('authorization', session.authorization).expect(401);
    await request(t.http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(401);
  });

  it('locks an account after repeated failures without revealing whether it exists', async () => {
    const user = await t.createUser();
    for (let i = 0; i < 3; i += 1) {
      await request(t.http)
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: 'wrong-pass-1' })
        .expect(401);
      await request(t.http)
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@test.local', password: 'wrong-pass-1' })
        .expect(401);
    }
    const locked = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(429);
    const lockedGhost = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@test.local', password: 'x' })
      .expect(429);
    expect(locked.body.detail).toMatch(/locked/);
    expect(lockedGhost.body.detail).toBe(locked.body.detail);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.body.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('records every attempt for admins, and hides the history from others', async () => {
    const admin = await t.createUser({ roles: ['admin'] });
    const viewer = await t.createUser();
    const adminSession = await t.login(admin);
    await request(t.http)
      .post('/api/v1/auth/login')
      .set('user-agent', 'shopfloor-tablet')
      .send({ email: viewer.email, password: 'bad-pass-1' })
      .expect(401);
    const history = await request(t.http)
      .get('/api/v1/login-attempts')
      .query({ email: viewer.email })
      .set('authorization', adminSession.authorization)
      .expect(200);
    expect(history.body.items[0]).toMatchObject({
      email: viewer.email,
      outcome: 'bad_credentials',
      userAgent: 'shopfloor-tablet',
      userId: viewer.id,
    });
    expect(history.body.items[0].address).toMatch(/127\.0\.0\.1/);
    const daily = await request(t.http)
      .get('/api/v1/login-attempts/daily?days=7')
      .set('authorization', adminSession.authorization)
      .expect(200);
    expect(daily.body.find((row: { outcome: string }) => row.outcome === 'success').count).toBeGreaterThan(0);
    const viewerSession = await t.login(viewer);
    const denied = await request(t.http)
      .get('/api/v1/login-attempts')
      .set('authorization', viewerSession.authorization)
      .expect(403);
    expect(denied.body.detail).toMatch(/logins.view/);
  });
});
