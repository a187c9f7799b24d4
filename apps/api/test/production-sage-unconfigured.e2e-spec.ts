import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './test-app.js';

/** Without SAGE_CLIENT_ID the accounting page is told so, and connecting is refused — nothing breaks. */
describe('production: Sage Accounting not configured', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.login(await t.createUser({ roles: ['admin'] }))).authorization;
  });
  afterAll(() => t.close());

  it('says it is not configured and refuses to connect', async () => {
    const sage = t.api(admin, '/api/v1/production/sage');
    expect((await sage.get('').expect(200)).body).toEqual({
      configured: false,
      connected: false,
      connectedAt: null,
      connectedBy: null,
      business: null,
      lastSync: null,
    });
    const refused = await sage.post('/connect').expect(409);
    expect(refused.body.detail).toMatch(/SAGE_CLIENT_ID/);
    await sage.post('/callback', { code: 'c', state: 's' }).expect(409);
    await sage.post('/syncs').expect(409);
  });
});
