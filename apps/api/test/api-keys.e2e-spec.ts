import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './test-app.js';

describe('API keys for machine clients', () => {
  let t: TestApp;
  let asAdmin: string;
  beforeAll(async () => {
    t = await createTestApp();
    asAdmin = (await t.login(await t.createUser({ roles: ['admin'] }))).authorization;
  });
  afterAll(() => t.close());

  it('shows the secret once, stores only a hash, and authenticates with its permissions only', async () => {
    const created = await request(t.http)
      .post('/api/v1/api-keys')
      .set('authorization', asAdmin)
      .send({ name: 'Line 3 PLC', permissions: ['measurements.view', 'maintenance.view'] })
      .expect(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^fo_[\w-]{8}_[\w-]{20,}$/);
    expect(secret.startsWith(created.body.prefix)).toBe(true);
    const stored = await t.dataSource.query('SELECT key_hash FROM api_keys WHERE id = $1', [created.body.id]);
    expect(stored[0].key_hash).not.toContain(secret.slice(12));

    const list = await request(t.http).get('/api/v1/api-keys').set('authorization', asAdmin).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(secret);
    expect(list.body.items[0]).toMatchObject({ name: 'Line 3 PLC', lastUsedAt: null, revokedAt: null });

    await request(t.http).get('/api/v1/roles').set('authorization', `Bearer ${secret}`).expect(200);
    await request(t.http).get('/api/v1/roles').set('x-api-key', secret).expect(200);
    const denied = await request(t.http).get('/api/v1/users').set('x-api-key', secret).expect(403);
    expect(denied.body.detail).toMatch(/users.manage/);
    await request(t.http).get('/api/v1/auth/me').set('x-api-key', secret).expect(403);

    const used = await request(t.http).get('/api/v1/api-keys').set('authorization', asAdmin).expect(200);
    expect(used.body.items[0].lastUsedAt).not.toBeNull();

    await request(t.http)
      .delete(`/api/v1/api-keys/${created.body.id}`)
      .set('authorization', asAdmin)
      .expect(204);
    await request(t.http).get('/api/v1/roles').set('x-api-key', secret).expect(401);
    const audit = await request(t.http)
      .get('/api/v1/audit')
      .query({ entityType: 'api_key' })
      .set('authorization', asAdmin)
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['revoke', 'create']);
  });

  it('rejects unknown permissions, unknown keys and non-admins', async () => {
    const bad = await request(t.http)
      .post('/api/v1/api-keys')
      .set('authorization', asAdmin)
      .send({ name: 'x', permissions: ['launch.rockets'] })
      .expect(400);
    expect(bad.body.errors[0].path).toBe('permissions.0');
    await request(t.http)
      .get('/api/v1/roles')
      .set('x-api-key', 'fo_abcdefgh_notarealkeynotarealkeynotareal')
      .expect(401);
    const manager = await t.login(await t.createUser({ roles: ['manager'] }));
    await request(t.http)
      .post('/api/v1/api-keys')
      .set('authorization', manager.authorization)
      .send({ name: 'x', permissions: ['fleet.view'] })
      .expect(403);
  });
});
