import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { poolOf } from '../src/database/pg-pool.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

describe('user administration', () => {
  let t: TestApp;
  let admin: { id: string; email: string };
  let asAdmin: string;
  let asManager: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.createUser({ roles: ['admin'], displayName: 'Zed Admin' });
    asAdmin = (await t.login(admin)).authorization;
    asManager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
  });
  afterAll(() => t.close());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    email: `new-${Math.random().toString(36).slice(2, 8)}@test.local`,
    displayName: 'New Person',
    roles: ['operator'],
    password: 'good-pass-1',
    ...overrides,
  });

  it('creates a user who can then sign in, and audits it in the same transaction', async () => {
    const input = newUser({ email: 'Mixed.Case@Test.Local' });
    const created = await request(t.http)
      .post('/api/v1/users')
      .set('authorization', asAdmin)
      .send(input)
      .expect(201);
    expect(created.body).toMatchObject({
      email: 'mixed.case@test.local',
      roles: ['operator'],
      active: true,
      version: 1,
    });
    expect(created.body.passwordHash).toBeUndefined();
    await t.login({ email: 'mixed.case@test.local' }, 'good-pass-1');
    const audit = await request(t.http)
      .get('/api/v1/audit')
      .query({ entityId: created.body.id })
      .set('authorization', asAdmin)
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      action: 'create',
      entityType: 'user',
      actorId: admin.id,
      actorName: 'Zed Admin',
    });
    expect(audit.body.items[0].changes.email).toEqual({ from: null, to: 'mixed.case@test.local' });
    expect(JSON.stringify(audit.body.items[0].changes)).not.toMatch(/good-pass-1|argon2/);
  });

  it('refuses a duplicate email, whatever its case, with 409 on the email field', async () => {
    const input = newUser();
    await request(t.http).post('/api/v1/users').set('authorization', asAdmin).send(input).expect(201);
    const again = await request(t.http)
      .post('/api/v1/users')
      .set('authorization', asAdmin)
      .send({ ...input, email: input.email.toUpperCase() })
      .expect(409);
    expect(again.body.errors).toEqual([{ path: 'email', message: 'A user with this email already exists' }]);
  });

  it('names each bad field: weak password, wrong type, unknown field', async () => {
    const response = await request(t.http)
      .post('/api/v1/users')
      .set('authorization', asAdmin)
      .send(newUser({ password: 'abcdefgh', roles: 'admin', shoeSize: 44 }))
      .expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'password', message: 'Use at least one letter and one digit' },
        { path: 'roles', message: expect.stringMatching(/array/) },
        { path: 'shoeSize', message: 'Unknown field' },
      ]),
    );
  });

  it('lists with search, filters and paging', async () => {
    for (const name of ['Paging Alpha', 'Paging Beta', 'Paging Gamma']) {
      await request(t.http)
        .post('/api/v1/users')
        .set('authorization', asAdmin)
        .send(newUser({ displayName: name }))
        .expect(201);
    }
    const page = await request(t.http)
      .get('/api/v1/users')
      .query({ q: 'paging', pageSize: 2, page: 2, sort: 'displayName' })
      .set('authorization', asAdmin)
      .expect(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((u: { displayName: string }) => u.displayName)).toEqual(['Paging Gamma']);
    const bad = await request(t.http)
      .get('/api/v1/users')
      .query({ pageSize: 5000, sort: 'password' })
      .set('authorization', asAdmin)
      .expect(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['pageSize', 'sort']);
  });

  /** The text of every statement prepared on the API's pooled connections (all checked out at once). */
  async function preparedStatements(): Promise<string[]> {
    const pool = poolOf(t.dataSource);
    const clients = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
    try {
      const results = await Promise.all(
        clients.map((client) =>
          client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements'),
        ),
      );
      return results.flatMap((result) => result.rows.map((row) => row.statement));
    } finally {
      for (const client of clients) client.release();
    }
  }

  it('runs the list as one prepared statement per filter shape, whatever the page', async () => {
    for (const [page, pageSize] of [
      [1, 2],
      [2, 3],
      [1, 50],
    ]) {
      await request(t.http)
        .get('/api/v1/users')
        .query({ role: 'operator', page, pageSize, sort: '-lastLoginAt' })
        .set('authorization', asAdmin)
        .expect(200);
    }
    const lists = new Set(
      (await preparedStatements()).filter(
        (text) => text.includes('FROM "users"') && text.includes('ANY(') && /last_login_at"? DESC/.test(text),
      ),
    );
    expect(lists.size).toBe(1);
    expect([...lists][0]).toMatch(/ LIMIT \$\d+ OFFSET \$\d+$/);
  });

  it('lets a manager manage non-admins but not admins or the admin role', async () => {
    const created = await request(t.http)
      .post('/api/v1/users')
      .set('authorization', asManager)
      .send(newUser())
      .expect(201);
    await request(t.http)
      .post('/api/v1/users')
      .set('authorization', asManager)
      .send(newUser({ roles: ['admin'] }))
      .expect(403);
    await request(t.http)
      .patch(`/api/v1/users/${created.body.id}`)
      .set('authorization', asManager)
      .send({ roles: ['admin'] })
      .expect(403);
    await request(t.http)
      .patch(`/api/v1/users/${admin.id}`)
      .set('authorization', asManager)
      .send({ displayName: 'Hacked' })
      .expect(403);
  });

  it('keeps viewers out of user administration', async () => {
    const viewer = await t.login(await t.createUser({ roles: ['viewer'] }));
    const response = await request(t.http)
      .get('/api/v1/users')
      .set('authorization', viewer.authorization)
      .expect(403);
    expect(response.body.detail).toMatch(/users.manage/);
  });

  it('never demotes or deactivates the last active admin', async () => {
    const fresh = await createTestApp();
    try {
      const only = await fresh.createUser({ roles: ['admin'] });
      const session = await fresh.login(only);
      const demote = await request(fresh.http)
        .patch(`/api/v1/users/${only.id}`)
        .set('authorization', session.authorization)
        .send({ roles: ['manager'] })
        .expect(400);
      expect(demote.body.detail).toMatch(/last active administrator/);
      expect(demote.body.errors[0].path).toBe('roles');
      await request(fresh.http)
        .patch(`/api/v1/users/${only.id}`)
        .set('authorization', session.authorization)
        .send({ active: false })
        .expect(400);
      const second = await fresh.createUser({ roles: ['admin'] });
      await request(fresh.http)
        .patch(`/api/v1/users/${second.id}`)
        .set('authorization', session.authorization)
        .send({ active: false })
        .expect(200);
      await request(fresh.http)
        .patch(`/api/v1/users/${only.id}`)
        .set('authorization', session.authorization)
        .send({ roles: ['viewer'] })
        .expect(400);
    } finally {
      await fresh.close();
    }
  });

  it('answers 409 to an edit of a stale version', async () => {
    const created = await request(t.http)
      .post('/api/v1/users')
      .set('authorization', asAdmin)
      .send(newUser())
      .expect(201);
    const url = `/api/v1/users/${created.body.id}`;
    const first = await request(t.http)
      .patch(url)
      .set('authorization', asAdmin)
      .send({ displayName: 'First', version: 1 })
      .expect(200);
    expect(first.body.version).toBe(2);
    const second = await request(t.http)
      .patch(url)
      .set('authorization', asAdmin)
      .send({ displayName: 'Second', version: 1 })
      .expect(409);
    expect(second.body.detail).toMatch(/changed this user meanwhile/);
  });

  it('deactivating a user ends their sessions; reactivating lets them back in', async () => {
    const user = await t.createUser();
    const session = await t.login(user);
    await request(t.http)
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', asAdmin)
      .send({ active: false })
      .expect(200);
    await request(t.http).get('/api/v1/auth/me').set('authorization', session.authorization).expect(401);
    await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(401);
    await request(t.http)
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', asAdmin)
      .send({ active: true })
      .expect(200);
    await t.login(user);
  });

  it('resets a password and revokes sessions', async () => {
    const user = await t.createUser();
    const session = await t.login(user);
    await request(t.http)
      .post(`/api/v1/users/${user.id}/password`)
      .set('authorization', asAdmin)
      .send({ password: 'short' })
      .expect(400);
    await request(t.http)
      .post(`/api/v1/users/${user.id}/password`)
      .set('authorization', asAdmin)
      .send({ password: 'brand-new-2' })
      .expect(204);
    await request(t.http).get('/api/v1/auth/me').set('authorization', session.authorization).expect(401);
    await t.login(user, 'brand-new-2');
    const again = await t.login(user, 'brand-new-2');
    await request(t.http)
      .delete(`/api/v1/users/${user.id}/sessions`)
      .set('authorization', asAdmin)
      .expect(204);
    await request(t.http).get('/api/v1/auth/me').set('authorization', again.authorization).expect(401);
    const audit = await request(t.http)
      .get('/api/v1/audit')
      .query({ entityId: user.id })
      .set('authorization', asAdmin)
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'sessions_revoke',
      'password_reset',
      'create',
    ]);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    await request(t.http)
      .get('/api/v1/users/6b720581-148b-4312-a9c2-0f83e442e5dd')
      .set('authorization', asAdmin)
      .expect(404);
    const bad = await request(t.http)
      .get('/api/v1/users/not-a-uuid')
      .set('authorization', asAdmin)
      .expect(400);
    expect(bad.body.errors[0].path).toBe('id');
  });
});
