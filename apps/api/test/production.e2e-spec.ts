import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { dayIn } from '../src/common/site-calendar.js';
import { AppConfig } from '../src/config/app-config.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Production, part 1 so far: clients (customers) and projects with their codes and lifecycle. */
describe('production: clients and projects', () => {
  let t: TestApp;
  let manager: string;
  let operator: string;
  let viewer: string;
  let month: string;

  const api = (authorization: string) => ({
    get: (path: string) =>
      request(t.http).get(`/api/v1/production${path}`).set('authorization', authorization),
    post: (path: string, body: object = {}) =>
      request(t.http).post(`/api/v1/production${path}`).set('authorization', authorization).send(body),
    patch: (path: string, body: object) =>
      request(t.http).patch(`/api/v1/production${path}`).set('authorization', authorization).send(body),
    delete: (path: string) =>
      request(t.http).delete(`/api/v1/production${path}`).set('authorization', authorization),
  });
  const newClient = async (name: string) => (await api(manager).post('/clients', { name }).expect(201)).body;
  const newProject = async (clientId: string, body: object = {}) =>
    (
      await api(manager)
        .post('/projects', { clientId, name: 'Bracket run', ...body })
        .expect(201)
    ).body;

  beforeAll(async () => {
    t = await createTestApp();
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    operator = (await t.login(await t.createUser({ roles: ['operator'] }))).authorization;
    viewer = (await t.login(await t.createUser({ roles: ['viewer'] }))).authorization;
    month = dayIn(new Date(), t.app.get(AppConfig).env.SITE_TIME_ZONE).slice(0, 7);
  });
  afterAll(() => t.close());

  describe('clients', () => {
    it('gives each new client the next code, also when twenty are created at once', async () => {
      const first = await newClient('Acme Metalworks');
      expect(first).toMatchObject({ code: 'CL-0001', name: 'Acme Metalworks', projectCount: 0, email: '' });
      const created = await Promise.all(
        Array.from({ length: 20 }, (_, i) => api(manager).post('/clients', { name: `Burst client ${i}` })),
      );
      expect(created.map((response) => response.status)).toEqual(Array(20).fill(201));
      const codes = created.map((response) => response.body.code).sort();
      expect(codes).toEqual(Array.from({ length: 20 }, (_, i) => `CL-${String(i + 2).padStart(4, '0')}`));
    });

    it('finds clients by code or name, a page at a time', async () => {
      const byCode = await api(viewer).get('/clients?q=CL-0001').expect(200);
      expect(byCode.body.items.map((c: { name: string }) => c.name)).toEqual(['Acme Metalworks']);
      const byName = await api(viewer).get('/clients?q=burst&pageSize=5&page=2').expect(200);
      expect(byName.body.total).toBe(20);
      expect(byName.body.items).toHaveLength(5);
      expect(byName.body.items[0].code).toBe('CL-0007');
    });

    it('edits a client, refusing a stale version and a bad email naming the field', async () => {
      const client = await newClient('Edit Me Ltd');
      const edited = await api(manager)
        .patch(`/clients/${client.id}`, { phone: '+33 1 23 45 67 89', version: client.version })
        .expect(200);
      expect(edited.body.phone).toBe('+33 1 23 45 67 89');
      const stale = await api(manager).patch(`/clients/${client.id}`, {
        notes: 'x',
        version: client.version,
      });
      expect(stale.status).toBe(409);
      const bad = await api(manager).patch(`/clients/${client.id}`, { email: 'not-an-email' }).expect(400);
      expect(bad.body.errors).toEqual([{ path: 'email', message: 'Not an email address' }]);
    });

    it('lets operators and viewers read clients but not change them', async () => {
      await api(operator).get('/clients').expect(200);
      await api(operator).post('/clients', { name: 'Nope' }).expect(403);
      await api(viewer).post('/clients', { name: 'Nope' }).expect(403);
    });

    it('refuses to delete a client with projects unless the cascade is confirmed', async () => {
      const client = await newClient('Short-lived Co');
      const project = await newProject(client.id);
      const refused = await api(manager).delete(`/clients/${client.id}`).expect(409);
      expect(refused.body.detail).toMatch(/1 project: delete with cascade=true/);
      await api(manager).get(`/projects/${project.id}`).expect(200);
      await api(operator).delete(`/clients/${client.id}?cascade=true`).expect(403);
      await api(manager).delete(`/clients/${client.id}?cascade=true`).expect(204);
      await api(manager).get(`/clients/${client.id}`).expect(404);
      await api(manager).get(`/projects/${project.id}`).expect(404);
      const audit = await t.dataSource.query(
        "SELECT entity_type, action FROM audit_entries WHERE entity_id = ANY($1) AND action = 'delete' ORDER BY entity_type",
        [[client.id, project.id]],
      );
      expect(audit).toEqual([
        { entity_type: 'customer', action: 'delete' },
        { entity_type: 'project', action: 'delete' },
      ]);
      const empty = await newClient('Empty Co');
      await api(manager).delete(`/clients/${empty.id}`).expect(204);
    });
  });

  describe('projects', () => {
    it('codes projects per client and month, also when twenty are created at once', async () => {
      const client = await newClient('Coded Parts');
      const clientCode = client.code.replace('-', '');
      const first = await newProject(client.id, { quotedPrice: '1250.50', materialThickness: '3' });
      expect(first).toMatchObject({
        code: `JB-${month}-${clientCode}-001`,
        status: 'Request',
        clientName: 'Coded Parts',
        quotedPrice: '1250.50',
        materialThickness: '3.00',
        popReceived: false,
        overdue: false,
      });
      const burst = await Promise.all(
        Array.from({ length: 20 }, () =>
          api(manager).post('/projects', { clientId: client.id, name: 'Burst' }),
        ),
      );
      expect(burst.map((response) => response.status)).toEqual(Array(20).fill(201));
      expect(burst.map((response) => response.body.code).sort()).toEqual(
        Array.from({ length: 20 }, (_, i) => `JB-${month}-${clientCode}-${String(i + 2).padStart(3, '0')}`),
      );
      const detail = await api(viewer).get(`/clients/${client.id}`).expect(200);
      expect(detail.body.projectCount).toBe(21);
      expect(detail.body.projects).toHaveLength(21);
    });

    it('refuses bad amounts, thicknesses and an unknown client, naming the field', async () => {
      const client = await newClient('Strict Inputs');
      for (const [field, value] of [
        ['quotedPrice', '12.345'],
        ['quotedPrice', '-5'],
        ['finalPrice', '1e3'],
        ['materialThickness', '0'],
        ['materialThickness', '-2'],
      ] as const) {
        const refused = await api(manager)
          .post('/projects', { clientId: client.id, name: 'Bad', [field]: value })
          .expect(400);
        expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual([field]);
      }
      await api(manager)
        .post('/projects', { clientId: client.id, name: 'Bad', estimatedCutMinutes: -1 })
        .expect(400);
      await api(manager)
        .post('/projects', { clientId: '00000000-0000-4000-8000-000000000000', name: 'Orphan' })
        .expect(404);
    });

    it('moves through the statuses the lifecycle allows, and refuses the rest naming both', async () => {
      const client = await newClient('Lifecycle Ltd');
      const project = await newProject(client.id);
      const quoted = await api(manager)
        .post(`/projects/${project.id}/status`, { status: 'Quote & Approval', version: project.version })
        .expect(200);
      expect(quoted.body.status).toBe('Quote & Approval');
      const skipped = await api(manager)
        .post(`/projects/${project.id}/status`, { status: 'Approved (POP Received)' })
        .expect(400);
      expect(skipped.body.errors).toEqual([
        {
          path: 'status',
          message:
            'A project cannot go from "Quote & Approval" to "Approved (POP Received)" by a status change: mark the proof of payment received',
        },
      ]);
      await api(manager).post(`/projects/${project.id}/status`, { status: 'Cancelled' }).expect(200);
      const back = await api(manager)
        .post(`/projects/${project.id}/status`, { status: 'Request' })
        .expect(200);
      expect(back.body.status).toBe('Request');
      await api(manager)
        .post(`/projects/${project.id}/status`, { status: 'Quote & Approval', version: project.version })
        .expect(409);
      await api(operator).post(`/projects/${project.id}/status`, { status: 'Cancelled' }).expect(403);
      const history = await t.dataSource.query(
        "SELECT changes FROM audit_entries WHERE entity_id = $1 AND action = 'status' ORDER BY id",
        [project.id],
      );
      expect(history.map((row: { changes: { status: { to: string } } }) => row.changes.status.to)).toEqual([
        'Quote & Approval',
        'Cancelled',
        'Request',
      ]);
    });

    it('filters by status, client, search, on hold, overdue and POP deadline', async () => {
      const client = await newClient('Filter Fabrication');
      const late = await newProject(client.id, { name: 'Late gates', dueDate: '2020-01-15' });
      const held = await newProject(client.id, { name: 'Held hinges', onHold: true, dueDate: '2999-01-01' });
      const paid = await newProject(client.id, { name: 'Paid panels' });
      await t.dataSource.query(
        'UPDATE production_projects SET pop_received = true, pop_received_on = current_date, pop_deadline = current_date + 3 WHERE id = $1',
        [paid.id],
      );
      const names = async (query: string) =>
        (await api(viewer).get(`/projects?clientId=${client.id}&${query}`).expect(200)).body.items
          .map((p: { name: string }) => p.name)
          .sort();
      expect(await names('')).toEqual(['Held hinges', 'Late gates', 'Paid panels']);
      expect(await names('overdue=true')).toEqual(['Late gates']);
      expect(await names('overdue=false')).toEqual(['Held hinges', 'Paid panels']);
      expect(await names('onHold=true')).toEqual(['Held hinges']);
      expect(await names('popDeadlineWithin=5')).toEqual(['Paid panels']);
      expect(await names('popDeadlineWithin=1')).toEqual([]);
      expect(await names('q=hinges')).toEqual(['Held hinges']);
      expect(await names(`q=${late.code}`)).toEqual(['Late gates']);
      expect(await names('status=Request')).toHaveLength(3);
      expect(await names('status=Completed')).toEqual([]);
      const one = await api(viewer).get(`/projects/${late.id}`).expect(200);
      expect(one.body.overdue).toBe(true);
      await api(viewer).get('/projects?status=Finished').expect(400);
      await api(manager).patch(`/projects/${held.id}`, { onHold: false, version: held.version }).expect(200);
      expect(await names('onHold=true')).toEqual([]);
    });
  });
});
