import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Device, DeviceType, FleetCustomer, Page, Role } from '@factoryops/contracts';
import { createTestApp, type TestApp } from './test-app.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Fleet: customers' devices — unique numbers, types, status, customer, configuration; the new roles. */
describe('fleet: devices', () => {
  let t: TestApp;
  let admin: string;
  let maker: string;
  let configurator: string;
  let technician: string;
  let viewer: string;
  let operator: string;
  let acme: { id: string; name: string };
  let zenith: { id: string; name: string };

  const api = (authorization: string) => t.api(authorization, '/api/v1/fleet');
  const newDevice = async (body: object, by = maker) =>
    (await api(by).post('/devices', body).expect(201)).body as Device;
  const list = async (query: string) =>
    (await api(viewer).get(`/devices?${query}`).expect(200)).body as Page<Device>;

  beforeAll(async () => {
    t = await createTestApp();
    const login = async (roles: Role[]) => (await t.login(await t.createUser({ roles }))).authorization;
    admin = await login(['admin']);
    maker = await login(['maker']);
    configurator = await login(['configurator']);
    technician = await login(['technician']);
    viewer = await login(['viewer']);
    operator = await login(['operator']);
    const client = (name: string) =>
      t.api(admin, '/api/v1/production').post('/clients', { name }).expect(201);
    acme = (await client('Acme Safety')).body;
    zenith = (await client('Zenith Labs')).body;
  });

  afterAll(() => t.close());

  it('creates a device with its type, customer and configuration, and shows it with their names', async () => {
    const created = await newDevice({
      deviceNumber: 'MT-2024-001',
      type: 'mask_tester',
      kind: 'FFP2 bench',
      serialNumber: 'SN-77120',
      customerId: acme.id,
      configuration: { test_pressure: 100, calibration_enabled: true, channels: [1, 2] },
      notes: 'Bench 3',
    });
    expect(created).toMatchObject({
      deviceNumber: 'MT-2024-001',
      type: 'mask_tester',
      typeLabel: 'Mask tester',
      status: 'active',
      customerId: acme.id,
      customerName: 'Acme Safety',
      configuration: { test_pressure: 100, calibration_enabled: true, channels: [1, 2] },
      version: 1,
    });
    expect((await api(viewer).get(`/devices/${created.id}`).expect(200)).body).toEqual(created);
    const audit = await t.dataSource.query(
      "SELECT action, changes FROM audit_entries WHERE entity_type = 'fleet_device' AND entity_id = $1",
      [created.id],
    );
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'create',
        changes: expect.objectContaining({ deviceNumber: { from: null, to: 'MT-2024-001' } }),
      }),
    ]);
  });

  it('refuses a device number already used with 409 naming the field', async () => {
    await newDevice({ deviceNumber: 'PS-100', type: 'pressure_sensor' });
    const answer = await api(maker)
      .post('/devices', { deviceNumber: 'PS-100', type: 'flow_meter' })
      .expect(409);
    expect(answer.body).toMatchObject({ status: 409, errors: [{ path: 'deviceNumber' }] });
  });

  it('lets exactly one of several concurrent creations of one number through; the others get 409', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        api(maker).post('/devices', { deviceNumber: 'FM-RACE-1', type: 'flow_meter', kind: `try ${index}` }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect((await list('q=FM-RACE-1')).total).toBe(1);
  });

  it('refuses an unknown type, an unknown customer, a bad status and a non-object configuration with 400', async () => {
    const refused = async (body: object, path: string) => {
      const answer = await api(maker).post('/devices', {
        deviceNumber: 'BAD-1',
        type: 'flow_meter',
        ...body,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ path })]);
    };
    await refused({ type: 'toaster' }, 'type');
    await refused({ customerId: UNKNOWN }, 'customerId');
    await refused({ status: 'broken' }, 'status');
    await refused({ configuration: [1, 2] }, 'configuration');
    await refused({ deviceNumber: 'has space' }, 'deviceNumber');
    expect((await list('q=BAD-1')).total).toBe(0);
  });

  it('filters by type, status, customer and search, and pages', async () => {
    for (const [index, type] of ['temperature_sensor', 'temperature_sensor', 'humidity_sensor'].entries())
      await newDevice({
        deviceNumber: `ENV-${index}`,
        type,
        customerId: zenith.id,
        status: index === 1 ? 'maintenance' : 'active',
        serialNumber: `ZX-${index}`,
      });
    expect((await list('type=temperature_sensor')).items.map((d) => d.deviceNumber)).toEqual([
      'ENV-0',
      'ENV-1',
    ]);
    expect((await list('status=maintenance')).items.map((d) => d.deviceNumber)).toEqual(['ENV-1']);
    expect((await list(`customerId=${zenith.id}`)).total).toBe(3);
    expect((await list('q=zx-2')).items.map((d) => d.deviceNumber)).toEqual(['ENV-2']);
    const firstPage = await list(`customerId=${zenith.id}&pageSize=2&sort=-deviceNumber`);
    expect(firstPage).toMatchObject({
      total: 3,
      items: [{ deviceNumber: 'ENV-2' }, { deviceNumber: 'ENV-1' }],
    });
    expect(
      (await list(`customerId=${zenith.id}&pageSize=2&page=2`)).items.map((d) => d.deviceNumber),
    ).toEqual(['ENV-2']);
    const byCustomer = await list('sort=-customer&pageSize=200');
    const names = byCustomer.items.map((device) => device.customerName);
    expect(names.filter((name) => name !== null)).toEqual(
      [...names.filter((name) => name !== null)].sort().reverse(),
    );
    const bad = await api(viewer).get('/devices?status=lost').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'status' })]);
  });

  it('edits with the version read, refuses a stale one with 409, and audits what changed', async () => {
    const device = await newDevice({ deviceNumber: 'HS-EDIT', type: 'humidity_sensor' });
    const edited = (
      await api(technician)
        .patch(`/devices/${device.id}`, {
          status: 'maintenance',
          customerId: acme.id,
          version: device.version,
        })
        .expect(200)
    ).body as Device;
    expect(edited).toMatchObject({ status: 'maintenance', customerName: 'Acme Safety', version: 2 });
    const stale = await api(maker).patch(`/devices/${device.id}`, { notes: 'late', version: device.version });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toEqual([expect.objectContaining({ path: 'version' })]);
    expect((await api(viewer).get(`/devices/${device.id}`).expect(200)).body.notes).toBe('');
    const [update] = await t.dataSource.query(
      "SELECT changes FROM audit_entries WHERE entity_id = $1 AND action = 'update'",
      [device.id],
    );
    expect(update.changes).toEqual({
      status: { from: 'active', to: 'maintenance' },
      customerId: { from: null, to: acme.id },
    });
    await api(maker).patch(`/devices/${device.id}`, { deviceNumber: 'PS-100' }).expect(409);
  });

  it('deletes a device; 404 after', async () => {
    const device = await newDevice({ deviceNumber: 'GONE-1', type: 'flow_meter' });
    await api(maker).delete(`/devices/${device.id}`).expect(204);
    await api(viewer).get(`/devices/${device.id}`).expect(404);
  });

  it('keeps a device when its customer goes, without a customer', async () => {
    const doomed = (
      await t.api(admin, '/api/v1/production').post('/clients', { name: 'Short Lived' }).expect(201)
    ).body;
    const device = await newDevice({ deviceNumber: 'ORPHAN-1', type: 'flow_meter', customerId: doomed.id });
    await t.api(admin, '/api/v1/production').delete(`/clients/${doomed.id}`).expect(204);
    expect((await api(viewer).get(`/devices/${device.id}`).expect(200)).body).toMatchObject({
      customerId: null,
      customerName: null,
    });
  });

  it('lists the seeded types with their counts, and adds a type of the site', async () => {
    const types = (await api(viewer).get('/device-types').expect(200)).body.items as DeviceType[];
    expect(types.map((type) => type.code).sort()).toEqual([
      'flow_meter',
      'humidity_sensor',
      'mask_tester',
      'pressure_sensor',
      'temperature_sensor',
    ]);
    expect(types.find((type) => type.code === 'temperature_sensor')?.devices).toBe(2);
    await api(maker).post('/device-types', { code: 'gas_detector', label: 'Gas detector' }).expect(201);
    const again = await api(maker)
      .post('/device-types', { code: 'gas_detector', label: 'Again' })
      .expect(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ path: 'code' })]);
    await newDevice({ deviceNumber: 'GD-1', type: 'gas_detector' });
  });

  it('lists the customers devices may belong to, with their device counts', async () => {
    const customers = (await api(maker).get('/customers').expect(200)).body.items as FleetCustomer[];
    expect(customers).toEqual(expect.arrayContaining([{ id: zenith.id, name: 'Zenith Labs', devices: 3 }]));
  });

  it('lets makers and technicians manage devices, configurators and viewers only read, operators not even that', async () => {
    await api(admin).post('/devices', { deviceNumber: 'ROLE-A', type: 'flow_meter' }).expect(201);
    await api(technician).post('/devices', { deviceNumber: 'ROLE-T', type: 'flow_meter' }).expect(201);
    for (const who of [configurator, viewer, operator])
      await api(who).post('/devices', { deviceNumber: 'ROLE-X', type: 'flow_meter' }).expect(403);
    await api(configurator).get('/devices').expect(200);
    await api(configurator).post('/device-types', { code: 'x_type', label: 'X' }).expect(403);
    await api(operator).get('/devices').expect(403);
    await api(operator).get('/device-types').expect(403);
    await api(viewer).delete(`/devices/${UNKNOWN}`).expect(403);
    await api(maker).delete(`/devices/${UNKNOWN}`).expect(404);
  });

  it("checks a configuration against its type's device_config template once the type names one", async () => {
    const template = (
      await api(admin)
        .post('/templates', {
          name: 'Flow meter configuration',
          type: 'device_config',
          category: 'flow_meter',
          schema: {
            type: 'object',
            required: ['range_l_min'],
            properties: {
              range_l_min: { type: 'number', minimum: 1 },
              output: { enum: ['4-20mA', 'pulse'] },
            },
          },
          defaults: { range_l_min: 100 },
        })
        .expect(201)
    ).body;
    const flow = { type: 'flow_meter', kind: 'Turbine DN25', status: 'active' };
    // Before the type names it, any object goes.
    const before = await newDevice({ ...flow, deviceNumber: 'FM-CFG-1', configuration: { anything: true } });
    const typed = (
      await api(maker).patch('/device-types/flow_meter', { configTemplateId: template.id }).expect(200)
    ).body as DeviceType;
    expect(typed.configTemplate).toEqual({ id: template.id, name: 'Flow meter configuration' });
    const refused = await api(maker)
      .post('/devices', {
        ...flow,
        deviceNumber: 'FM-CFG-2',
        configuration: { range_l_min: 0, output: 'radio' },
      })
      .expect(400);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'configuration', pointer: '/range_l_min', message: 'must be >= 1' }),
        expect.objectContaining({ path: 'configuration', pointer: '/output' }),
      ]),
    );
    await newDevice({
      ...flow,
      deviceNumber: 'FM-CFG-3',
      configuration: { range_l_min: 250, output: 'pulse' },
    });
    // A device not configured yet (an empty configuration) is taken.
    await newDevice({ ...flow, deviceNumber: 'FM-CFG-4', configuration: {} });
    // A device stored before is checked when next saved.
    await api(maker)
      .patch(`/devices/${before.id}`, { notes: 'checked', version: before.version })
      .expect(400);
    // Only a device_config template may be named; null lets any object go again.
    const flowTemplate = (
      await api(admin)
        .post('/templates', {
          name: 'Not a config',
          type: 'test_flow',
          schema: { type: 'object' },
          defaults: {},
        })
        .expect(201)
    ).body;
    const wrong = await api(maker)
      .patch('/device-types/flow_meter', { configTemplateId: flowTemplate.id })
      .expect(400);
    expect(wrong.body.errors).toEqual([
      { path: 'configTemplateId', message: expect.stringContaining('test_flow') },
    ]);
    await api(configurator).patch('/device-types/flow_meter', { configTemplateId: null }).expect(403);
    await api(maker).patch('/device-types/flow_meter', { configTemplateId: null }).expect(200);
    await api(maker)
      .patch(`/devices/${before.id}`, { notes: 'checked', version: before.version })
      .expect(200);
    await api(maker).patch('/device-types/no_such_type', { label: 'X' }).expect(404);
  });
});
