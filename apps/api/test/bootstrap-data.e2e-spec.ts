import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_STATUSES } from '@factoryops/contracts';
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
    // The whole demo (instruments with their history, the maintenance plant, the laser shop) loads at start.
  }, 120_000);
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
      'configurator@demo.local',
      'maker@demo.local',
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

  it('brings a fleet: twenty devices of every type over the customers, software with package files', async () => {
    await t.app.get(DemoData).onApplicationBootstrap();
    const viewer = (await t.login({ email: 'viewer@demo.local' }, 'demo1234')).authorization;
    const types: { type: string; count: string; customers: string }[] = await t.dataSource.query(
      'SELECT type, count(*), count(DISTINCT customer_id) AS customers FROM fleet_devices GROUP BY type ORDER BY type',
    );
    expect(types.map((row) => [row.type, Number(row.count)])).toEqual([
      ['flow_meter', 4],
      ['humidity_sensor', 4],
      ['mask_tester', 4],
      ['pressure_sensor', 4],
      ['temperature_sensor', 4],
    ]);
    expect(types.every((row) => Number(row.customers) > 1)).toBe(true);
    const catalogue = await request(t.http)
      .get('/api/v1/fleet/software')
      .set('authorization', viewer)
      .expect(200);
    expect(catalogue.body.total).toBe(4);
    const firmware = catalogue.body.items.find(
      (item: { name: string }) => item.name === 'Mask Tester Firmware',
    );
    expect(firmware.latestStableVersion).toBe('2.10.0');
    const detail = await request(t.http)
      .get(`/api/v1/fleet/software/${firmware.id}`)
      .set('authorization', viewer)
      .expect(200);
    const [latest] = detail.body.versions;
    expect(latest.versionNumber).toBe('3.0.0-beta.2');
    const download = await request(t.http)
      .get(`/api/v1/fleet/software/${firmware.id}/versions/${latest.id}/package`)
      .set('authorization', viewer)
      .expect(200);
    expect(download.headers['x-checksum-sha256']).toBe(latest.package.sha256);
    expect(Number(download.headers['content-length'])).toBe(latest.package.size);
  });

  it('opens a believable laser shop: clients, projects in every status, a queue of 10, drawings, presets, operators', async () => {
    await t.app.get(DemoData).onApplicationBootstrap();
    const count = async (sql: string) => Number((await t.dataSource.query(sql))[0].count);
    expect(await count('SELECT count(*) FROM customers')).toBe(8);
    const statuses: { status: string; count: string }[] = await t.dataSource.query(
      'SELECT status, count(*) FROM production_projects GROUP BY status ORDER BY status',
    );
    expect(statuses.map((row) => row.status).sort()).toEqual([...PROJECT_STATUSES].sort());
    expect(statuses.reduce((sum, row) => sum + Number(row.count), 0)).toBe(25);
    const queue = await request(t.http)
      .get('/api/v1/production/queue?scope=active')
      .set('authorization', (await t.login({ email: 'operator@demo.local' }, 'demo1234')).authorization)
      .expect(200);
    expect(queue.body.items).toHaveLength(10);
    expect(queue.body.items.map((item: { position: number }) => item.position)).toEqual(
      [...queue.body.items.map((item: { position: number }) => item.position)].sort((a, b) => a - b),
    );
    const drawings: { product_id: string; kind: string; preview: string }[] = await t.dataSource.query(
      'SELECT product_id, kind, preview FROM production_design_files WHERE product_id IS NOT NULL',
    );
    expect(drawings).toHaveLength(await count('SELECT count(*) FROM production_products'));
    expect(drawings.every((file) => file.kind === 'dxf' && file.preview === 'svg')).toBe(true);
    const materials: { material: string }[] = await t.dataSource.query(
      'SELECT DISTINCT material FROM production_presets ORDER BY material',
    );
    expect(materials.map((row) => row.material)).toEqual(['Aluminium', 'Mild steel', 'Stainless steel']);
    const operators: { name: string; email: string | null }[] = await t.dataSource.query(
      'SELECT o.name, u.email FROM production_operators o LEFT JOIN users u ON u.id = o.user_id ORDER BY o.name',
    );
    expect(operators).toEqual([
      { name: 'Olga Operator', email: 'operator@demo.local' },
      { name: 'Sam Sheet', email: null },
    ]);
    const [runs] = await t.dataSource.query(
      'SELECT count(*)::int AS count, max(run_date) - min(run_date) AS days FROM production_laser_runs',
    );
    expect(runs.count).toBeGreaterThan(15);
    expect(runs.days).toBeGreaterThanOrEqual(25);
    const dashboard = await request(t.http)
      .get('/api/v1/production/dashboard')
      .set('authorization', (await t.login({ email: 'viewer@demo.local' }, 'demo1234')).authorization)
      .expect(200);
    expect(dashboard.body.counts).toMatchObject({ clients: 8, queueLength: 10 });
    const weekHours = dashboard.body.cutHoursThisWeek.flatMap((o: { days: { hours: number }[] }) => o.days);
    expect(weekHours.some((day: { hours: number }) => day.hours > 0)).toBe(true);
    const viewer = (await t.login({ email: 'viewer@demo.local' }, 'demo1234')).authorization;
    const documentStatuses = async (path: string) =>
      new Set(
        (await request(t.http).get(path).set('authorization', viewer).expect(200)).body.items.map(
          (document: { status: string }) => document.status,
        ),
      );
    expect(await documentStatuses('/api/v1/production/quotes?pageSize=100')).toEqual(
      new Set(['Draft', 'Sent', 'Accepted', 'Declined', 'Expired']),
    );
    expect(await documentStatuses('/api/v1/production/invoices?pageSize=100')).toEqual(
      new Set(['Draft', 'Sent', 'Paid', 'Overdue', 'Cancelled']),
    );
    await t.app.get(DemoData).onApplicationBootstrap();
    expect(await count('SELECT count(*) FROM production_projects')).toBe(25);
    expect(await count('SELECT count(*) FROM production_invoices')).toBe(6);
  }, 60_000);

  it('stocks the shop: sheets of every preset’s material, gases and parts, the runs’ sheets taken, two items low', async () => {
    const viewer = (await t.login({ email: 'viewer@demo.local' }, 'demo1234')).authorization;
    const [runs] = await t.dataSource.query(
      `SELECT count(*)::int AS count,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM production_inventory_transactions t
                                              WHERE t.laser_run_id = r.id AND t.type = 'Usage'
                                                AND t.quantity = -r.sheets))::int AS "takenFromStock"
         FROM production_laser_runs r`,
    );
    expect(runs.takenFromStock).toBe(runs.count);
    // Each item's stock is the sum of its transactions.
    const drift = await t.dataSource.query(
      `SELECT i.code FROM production_inventory_items i
        WHERE i.quantity_on_hand <> (SELECT sum(quantity) FROM production_inventory_transactions t WHERE t.item_id = i.id)`,
    );
    expect(drift).toEqual([]);
    const categories = await t.dataSource.query(
      'SELECT DISTINCT category FROM production_inventory_items ORDER BY category',
    );
    expect(categories.map((row: { category: string }) => row.category)).toEqual([
      'Consumable',
      'Raw Material',
      'Spare Part',
      'Tool',
    ]);
    const low = await request(t.http)
      .get('/api/v1/production/inventory/items?lowStock=true')
      .set('authorization', viewer)
      .expect(200);
    expect(low.body.items.map((item: { code: string }) => item.code)).toEqual(['GAS-O2', 'MS-5.0']);
    const valuation = await request(t.http)
      .get('/api/v1/production/inventory/valuation')
      .set('authorization', viewer)
      .expect(200);
    expect(valuation.body.unpriced).toBe(0);
    expect(Number(valuation.body.total)).toBeGreaterThan(100_000);
  });

  it('gives every report something to show for the current month, however early in it', async () => {
    const viewer = (await t.login({ email: 'viewer@demo.local' }, 'demo1234')).authorization;
    const report = async (name: string) =>
      (
        await request(t.http)
          .get(`/api/v1/production/reports/${name}`)
          .set('authorization', viewer)
          .expect(200)
      ).body;
    const production = await report('production');
    expect(production.totals.runs).toBeGreaterThan(0);
    expect(production.byOperator.length).toBeGreaterThan(0);
    expect((await report('efficiency')).byProject.length).toBeGreaterThan(0);
    const inventory = await report('inventory');
    expect(Number(inventory.movements.purchasedValue)).toBeGreaterThan(0);
    expect(Number(inventory.movements.usedValue)).toBeGreaterThan(0);
    expect(inventory.lowStock.length).toBe(2);
    expect(Number((await report('clients')).totals.revenue)).toBeGreaterThan(0);
  });

  it('shows the demo fleet JSON templates, of every type, once, the device types checked against theirs', async () => {
    const { DemoFleetTemplates } = await import('../src/modules/demo/demo-fleet-templates.js');
    await t.app.get(DemoFleetTemplates).load();
    const viewer = (await t.login({ email: 'viewer@demo.local' }, 'demo1234')).authorization;
    const templates = await request(t.http)
      .get('/api/v1/fleet/templates?pageSize=100')
      .set('authorization', viewer)
      .expect(200);
    expect(templates.body.total).toBe(9);
    expect(new Set(templates.body.items.map((item: { type: string }) => item.type))).toEqual(
      new Set(['test_flow', 'device_config', 'software_config', 'scenario']),
    );
    // The types with a demo configuration template have it, and their demo devices match it.
    const types = (
      await request(t.http).get('/api/v1/fleet/device-types').set('authorization', viewer).expect(200)
    ).body.items as { code: string; configTemplate: { name: string } | null }[];
    expect(
      Object.fromEntries(types.map((type) => [type.code, type.configTemplate?.name ?? null])),
    ).toMatchObject({
      mask_tester: 'Mask tester configuration',
      pressure_sensor: 'Pressure sensor configuration',
      humidity_sensor: 'Humidity sensor configuration',
      flow_meter: null,
    });
    const maker = (await t.login({ email: 'maker@demo.local' }, 'demo1234')).authorization;
    const devices = (
      await request(t.http).get('/api/v1/fleet/devices?pageSize=100').set('authorization', maker).expect(200)
    ).body.items as { id: string; version: number; configuration: object }[];
    for (const device of devices)
      await request(t.http)
        .patch(`/api/v1/fleet/devices/${device.id}`)
        .set('authorization', maker)
        .send({ configuration: device.configuration, version: device.version })
        .expect(200);
  });
});
