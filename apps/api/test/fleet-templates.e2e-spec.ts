import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { FleetChangedEvent, JsonTemplate, Page, Problem, Role } from '@factoryops/contracts';
import request from 'supertest';
import { DEMO_TEMPLATES } from '../src/modules/demo/demo-fleet-templates.js';
import { TemplateValidation } from '../src/modules/fleet/templates/template-validation.service.js';
import { createTestApp, type TestApp } from './test-app.js';

const NONE = '00000000-0000-4000-8000-000000000000';

/** A pressure test flow: numbered steps, each an action with its parameters. */
const PRESSURE_FLOW = {
  type: 'object',
  required: ['steps'],
  additionalProperties: false,
  properties: {
    steps: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/step' },
    },
  },
  $defs: {
    step: {
      type: 'object',
      required: ['step', 'action'],
      properties: {
        step: { type: 'integer', minimum: 1 },
        action: { enum: ['initialize', 'calibrate', 'test', 'measure'] },
        params: { type: 'object' },
      },
    },
  },
};

/** Fleet, JSON templates: schemas compiled by ajv (draft 2020-12), defaults checked against them, CRUD. */
describe('fleet: JSON templates', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let viewer: string;
  let viewerToken: string;
  let names = 0;

  const api = (authorization: string) => t.api(authorization, '/api/v1/fleet/templates');
  const body = (overrides: object = {}) => {
    names += 1;
    return {
      name: `Template ${names}`,
      type: 'device_config',
      category: 'mask_tester',
      schema: { type: 'object' },
      defaults: {},
      ...overrides,
    };
  };
  const create = async (overrides: object = {}) =>
    (await api(manager).post('', body(overrides)).expect(201)).body as JsonTemplate;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.login(await t.createUser({ roles: ['admin'] }))).authorization;
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    const viewerLogin = await t.login(await t.createUser({ roles: ['viewer'] }));
    viewer = viewerLogin.authorization;
    viewerToken = viewerLogin.accessToken;
  });
  afterAll(() => t.close());

  describe('a schema that does not compile is refused with ajv’s message, naming `schema`', () => {
    it.each([
      ['an unknown type', { type: 'strin' }, 'data/type must be equal to one of the allowed values'],
      ['a minimum that is not a number', { type: 'number', minimum: 'ten' }, 'data/minimum must be number'],
      [
        'an unknown keyword (a typo)',
        { type: 'integer', minimun: 1 },
        'strict mode: unknown keyword: "minimun"',
      ],
      [
        'an unknown format',
        { type: 'string', format: 'e-mail' },
        'unknown format "e-mail" ignored in schema',
      ],
      ['a reference to nothing', { $ref: '#/$defs/missing' }, "can't resolve reference #/$defs/missing"],
      [
        'a required list that is not one',
        { type: 'object', required: 'name' },
        'data/required must be array',
      ],
    ])('%s', async (_, schema, message) => {
      const answer = await api(manager)
        .post('', body({ schema, defaults: null }))
        .expect(400);
      const problem = answer.body as Problem;
      expect(problem.errors).toHaveLength(1);
      expect(problem.errors?.[0].path).toBe('schema');
      expect(problem.errors?.[0].message).toContain(message);
    });
  });

  describe('defaults must match their own schema: 400 naming `defaults`, the pointer and the message', () => {
    it.each([
      [
        'a number over its maximum',
        { type: 'object', properties: { test_pressure: { type: 'number', maximum: 300 } } },
        { test_pressure: 450 },
        [{ pointer: '/test_pressure', message: 'must be <= 300' }],
      ],
      [
        'a required property missing (pointing at it)',
        { type: 'object', required: ['test_duration'], properties: { test_duration: { type: 'integer' } } },
        {},
        [{ pointer: '/test_duration', message: "must have required property 'test_duration'" }],
      ],
      [
        'an extra property where none is allowed',
        { type: 'object', additionalProperties: false, properties: { a: { type: 'boolean' } } },
        { a: true, b: 1 },
        [{ pointer: '/b', message: 'must NOT have additional properties' }],
      ],
      [
        'a step’s action outside its enum, through $defs and $ref',
        PRESSURE_FLOW,
        {
          steps: [
            { step: 1, action: 'initialize' },
            { step: 2, action: 'explode' },
          ],
        },
        [{ pointer: '/steps/1/action', message: 'must be equal to one of the allowed values' }],
      ],
      [
        'an email that is not one (ajv-formats)',
        { type: 'object', properties: { email: { type: 'string', format: 'email' } } },
        { email: 'not-an-address' },
        [{ pointer: '/email', message: 'must match format "email"' }],
      ],
      [
        'a date-time that is not one',
        { type: 'object', properties: { at: { type: 'string', format: 'date-time' } } },
        { at: '2026-13-01 25:00' },
        [{ pointer: '/at', message: 'must match format "date-time"' }],
      ],
      [
        'a tuple item of the wrong type (prefixItems, draft 2020-12)',
        { type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }], items: false },
        [1, 2],
        [{ pointer: '/1', message: 'must be string' }],
      ],
      [
        'a tuple longer than its prefixItems allow',
        { type: 'array', prefixItems: [{ type: 'number' }], items: false },
        [1, 'extra'],
        [{ pointer: '', message: 'must NOT have more than 1 items' }],
      ],
      [
        'several errors at once, each with its pointer',
        {
          type: 'object',
          properties: { min: { type: 'number', minimum: 0 }, unit: { enum: ['mbar', 'Pa'] } },
        },
        { min: -1, unit: 'psi' },
        [
          { pointer: '/min', message: 'must be >= 0' },
          { pointer: '/unit', message: 'must be equal to one of the allowed values' },
        ],
      ],
    ])('%s', async (_, schema, defaults, errors) => {
      const answer = await api(manager).post('', body({ schema, defaults })).expect(400);
      const problem = answer.body as Problem;
      expect(problem.errors).toEqual(errors.map((error) => ({ path: 'defaults', ...error })));
      expect(problem.detail).toBe(
        `defaults${errors[0].pointer} does not match the schema: ${errors[0].message}`,
      );
    });

    it.each([
      [
        'a test flow through $defs and $ref',
        PRESSURE_FLOW,
        { steps: [{ step: 1, action: 'calibrate', params: { pressure: 100 } }] },
      ],
      [
        'a tuple (prefixItems)',
        { type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }], items: false },
        [4.5, 'mbar'],
      ],
      [
        'formats that hold',
        { type: 'object', properties: { email: { format: 'email' }, uri: { format: 'uri' } } },
        { email: 'lab@example.com', uri: 'https://example.com/docs' },
      ],
      ['the `true` schema', true, { anything: [1, 'two'] }],
      [
        'dependentRequired satisfied',
        { type: 'object', dependentRequired: { max: ['min'] } },
        { min: 1, max: 2 },
      ],
    ])('accepts %s', async (_, schema, defaults) => {
      const template = await create({ schema, defaults });
      expect(template).toMatchObject({ schema, defaults });
    });

    it('keeps the schema’s properties in the order they were written (a form shows them so)', async () => {
      const schema = {
        type: 'object',
        properties: { zeta: { type: 'number' }, alpha: { type: 'number' }, mid: { type: 'number' } },
      };
      const template = await create({ schema, defaults: { zeta: 1, alpha: 2, mid: 3 } });
      const read = (await api(viewer).get(`/${template.id}`).expect(200)).body as JsonTemplate;
      expect(Object.keys((read.schema as { properties: object }).properties)).toEqual([
        'zeta',
        'alpha',
        'mid',
      ]);
    });
  });

  describe('CRUD', () => {
    it('creates, reads, edits with its version and deletes a template, audited and announced', async () => {
      const socket = await t.connectOps(viewerToken);
      try {
        const events: FleetChangedEvent[] = [];
        socket.on('fleet:changed', (event) => events.push(event));
        const template = await create({
          name: 'Mask tester configuration',
          schema: { type: 'object', properties: { test_pressure: { type: 'number', maximum: 300 } } },
          defaults: { test_pressure: 100 },
          description: 'Pressure settings',
        });
        expect(template).toMatchObject({
          type: 'device_config',
          category: 'mask_tester',
          active: true,
          version: 1,
        });

        const edited = (
          await api(manager)
            .patch(`/${template.id}`, { defaults: { test_pressure: 250 }, version: template.version })
            .expect(200)
        ).body as JsonTemplate;
        expect(edited).toMatchObject({ defaults: { test_pressure: 250 }, version: 2 });

        // A stale version loses; a patch whose defaults break the stored schema is refused.
        await api(manager).patch(`/${template.id}`, { active: false, version: template.version }).expect(409);
        const refused = await api(manager)
          .patch(`/${template.id}`, { defaults: { test_pressure: 301 } })
          .expect(400);
        expect((refused.body as Problem).errors).toEqual([
          { path: 'defaults', pointer: '/test_pressure', message: 'must be <= 300' },
        ]);
        // So is a new schema the stored defaults no longer match.
        await api(manager)
          .patch(`/${template.id}`, {
            schema: { type: 'object', properties: { test_pressure: { maximum: 200 } } },
          })
          .expect(400);
        expect((await api(viewer).get(`/${template.id}`).expect(200)).body).toMatchObject({ version: 2 });

        await api(admin).delete(`/${template.id}`).expect(204);
        await api(viewer).get(`/${template.id}`).expect(404);
        const audit = await t.dataSource.query(
          "SELECT action, changes FROM audit_entries WHERE entity_type = 'fleet_json_template' AND entity_id = $1 ORDER BY id",
          [template.id],
        );
        expect(audit.map((row: { action: string }) => row.action)).toEqual(['create', 'update', 'delete']);
        expect(audit[1].changes).toEqual({
          defaults: { from: { test_pressure: 100 }, to: { test_pressure: 250 } },
        });
        const deadline = Date.now() + 2000;
        while (events.length < 3 && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 20));
        expect(events.map(({ entity, id, action }) => ({ entity, id, action }))).toEqual(
          ['create', 'update', 'delete'].map((action) => ({
            entity: 'json_template',
            id: template.id,
            action,
          })),
        );
      } finally {
        socket.disconnect();
      }
    });

    it('refuses a second template of the same name, whatever its case, on create and on rename (409 naming `name`)', async () => {
      const first = await create({ name: 'Pressure Test Flow' });
      const again = await api(manager)
        .post('', body({ name: 'pressure test flow' }))
        .expect(409);
      expect((again.body as Problem).errors).toEqual([
        { path: 'name', message: 'A template named "pressure test flow" already exists' },
      ]);
      const other = await create();
      await api(manager).patch(`/${other.id}`, { name: 'PRESSURE TEST FLOW' }).expect(409);
      expect((await api(viewer).get(`/${first.id}`).expect(200)).body).toMatchObject({
        name: 'Pressure Test Flow',
      });
    });

    it('refuses an unknown type and an unknown field', async () => {
      const answer = await api(manager)
        .post('', body({ type: 'firmware' }))
        .expect(400);
      expect((answer.body as Problem).errors?.[0].path).toBe('type');
      await api(manager)
        .post('', body({ createdBy: 'me' }))
        .expect(400);
    });

    it('lists a page with filters by type, category, active and a search', async () => {
      const tag = `flt${Date.now()}`;
      const flowA = await create({
        name: `${tag} Alpha flow`,
        type: 'test_flow',
        category: 'Pressure_Sensor',
      });
      const flowB = await create({
        name: `${tag} Beta flow`,
        type: 'test_flow',
        category: 'flow_meter',
        active: false,
      });
      const config = await create({ name: `${tag} Gamma config`, description: 'for the mask tester' });
      const list = async (query: string) =>
        ((await api(viewer).get(`?q=${tag}&${query}`).expect(200)).body as Page<JsonTemplate>).items.map(
          (item) => item.id,
        );
      expect(await list('')).toEqual([flowA.id, flowB.id, config.id]);
      expect(await list('type=test_flow')).toEqual([flowA.id, flowB.id]);
      expect(await list('category=pressure_sensor')).toEqual([flowA.id]);
      expect(await list('active=false')).toEqual([flowB.id]);
      expect(await list('sort=-name')).toEqual([config.id, flowB.id, flowA.id]);
      const page = (await api(viewer).get(`?q=${tag}&pageSize=2&page=2`).expect(200))
        .body as Page<JsonTemplate>;
      expect(page).toMatchObject({ total: 3, items: [{ id: config.id }] });
      // The search reaches the description too.
      expect(
        ((await api(viewer).get('?q=for the mask tester').expect(200)).body as Page<JsonTemplate>).items,
      ).toEqual([expect.objectContaining({ id: config.id })]);
      await api(viewer).get('?type=firmware').expect(400);
    });
  });

  it.each(DEMO_TEMPLATES.map((template) => [template.name, template] as const))(
    'takes the demo template "%s" (its defaults match its schema)',
    async (_, template) => {
      const created = (
        await api(manager)
          .post('', { ...template, name: `Demo: ${template.name}` })
          .expect(201)
      ).body as JsonTemplate;
      expect(created.defaults).toEqual(template.defaults);
    },
  );

  it('has demo templates of every type', () => {
    expect(new Set(DEMO_TEMPLATES.map((template) => template.type))).toEqual(
      new Set(['test_flow', 'device_config', 'software_config', 'scenario']),
    );
  });

  it('checks a value against a schema while one types, saving nothing', async () => {
    const count = async () =>
      (await t.dataSource.query('SELECT count(*)::int AS n FROM fleet_json_templates'))[0].n as number;
    const before = await count();
    const check = (schema: unknown, value: unknown) => api(viewer).post('/check', { schema, value });
    expect((await check(PRESSURE_FLOW, { steps: [{ step: 0, action: 'test' }] }).expect(200)).body).toEqual({
      violations: [{ pointer: '/steps/0/step', message: 'must be >= 1' }],
    });
    expect((await check(PRESSURE_FLOW, { steps: [{ step: 1, action: 'test' }] }).expect(200)).body).toEqual({
      violations: [],
    });
    const refused = await check({ type: 'strin' }, 1).expect(400);
    expect((refused.body as Problem).errors?.[0]).toMatchObject({ path: 'schema' });
    expect(await count()).toBe(before);
  });

  describe('TemplateValidation, for the other fleet parts', () => {
    it('checks a value against a template found by id or by type and name, recompiling after an edit', async () => {
      const template = await create({
        name: 'Humidity sensor configuration',
        schema: { type: 'object', properties: { interval_s: { type: 'integer', minimum: 1 } } },
        defaults: { interval_s: 10 },
      });
      const validation = t.app.get(TemplateValidation);
      expect(await validation.validate({ templateId: template.id }, { interval_s: 0 })).toEqual([
        { pointer: '/interval_s', message: 'must be >= 1' },
      ]);
      expect(
        await validation.validate(
          { type: 'device_config', name: 'humidity sensor configuration' },
          { interval_s: 5 },
        ),
      ).toEqual([]);
      await api(manager)
        .patch(`/${template.id}`, {
          schema: { type: 'object', properties: { interval_s: { type: 'integer', minimum: 10 } } },
        })
        .expect(200);
      expect(await validation.validate({ templateId: template.id }, { interval_s: 5 })).toEqual([
        { pointer: '/interval_s', message: 'must be >= 10' },
      ]);
      await expect(validation.validate({ templateId: NONE }, {})).rejects.toThrow(
        `Template ${NONE} was not found`,
      );
    });
  });

  describe('who may do what', () => {
    const ROLES = ['admin', 'manager', 'technician', 'viewer', 'operator'] as const satisfies readonly Role[];
    const READ = ['admin', 'manager', 'technician', 'viewer'];
    const WRITE = ['admin', 'manager'];
    const tokens = {} as Record<(typeof ROLES)[number], string>;

    beforeAll(async () => {
      for (const role of ROLES)
        tokens[role] = (await t.login(await t.createUser({ roles: [role] }))).authorization;
    });

    it.each([
      ['get', '', READ],
      ['get', `/${NONE}`, READ],
      ['post', '', WRITE],
      ['post', '/check', READ],
      ['patch', `/${NONE}`, WRITE],
      ['delete', `/${NONE}`, WRITE],
    ] as const)('%s /fleet/templates%s', async (method, path, allowed) => {
      for (const role of ROLES) {
        const call = request(t.http)
          [method](`/api/v1/fleet/templates${path}`)
          .set('authorization', tokens[role]);
        const status = (method === 'get' || method === 'delete' ? await call : await call.send({})).status;
        if (allowed.includes(role)) expect([role, status < 500 && status !== 403]).toEqual([role, true]);
        else expect([role, status]).toEqual([role, 403]);
      }
      expect((await request(t.http)[method](`/api/v1/fleet/templates${path}`)).status).toBe(401);
    });
  });
});
