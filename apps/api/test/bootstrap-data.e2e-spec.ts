import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DemoData } from '../src/modules/demo/demo-data.js';
import { createTestApp, type TestApp } from './test-app.js';

describe('first start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      ADMIN_EMAIL: 'Boss@Plant.Example',
      ADMIN_PASSWORD: 'first-admin-1',
      FACTORYOPS_DEMO: 'true',
    });
  });
  afterAll(() => t.close());

  it('creates the administrator from ADMIN_EMAIL / ADMIN_PASSWORD on an empty database', async () => {
    const session = await t.login({ email: 'boss@plant.example' }, 'first-admin-1');
    const me = await request(t.http)
      .get('/api/v1/auth/me')
      .set('authorization', session.authorization)
      .expect(200);
    expect(me.body.roles).toEqual(['admin']);
  });

  it('loads the demo users and simulated instruments once: loading again adds nothing', async () => {
    await t.app.get(DemoData).onApplicationBootstrap();
    const rows: { email: string; roles: string[] }[] = await t.dataSource.query(
      "SELECT email, roles FROM users WHERE email LIKE '%@demo.local' ORDER BY email",
    );
    expect(rows.map((row) => row.email)).toEqual([
      'admin@demo.local',
      'manager@demo.local',
      'operator@demo.local',
      'repair@demo.local',
      'tech@demo.local',
      'viewer@demo.local',
    ]);
    await t.login({ email: 'tech@demo.local' }, 'demo1234');
    const instruments: { name: string; port: number }[] = await t.dataSource.query(
      'SELECT name, port FROM instruments ORDER BY port',
    );
    expect(instruments).toEqual([
      { name: 'Calibration lab', port: 10001 },
      { name: 'Warehouse', port: 10002 },
    ]);
  });
});
