import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MaintenanceChangedEvent, Role } from '@factoryops/contracts';
import sharp from 'sharp';
import { io } from 'socket.io-client';
import request from 'supertest';
import { createTestApp, type TestApp } from './test-app.js';

type Auth = { authorization: string; accessToken: string; userId: string };

describe('maintenance: machines, fault cases, warnings and the request workflow', () => {
  let t: TestApp;
  let manager: Auth;
  let tess: Auth; // technician, member of Hydraulics, assigned in the examples
  let rene: Auth; // repair, member of Hydraulics
  let otto: Auth; // technician of Electrical
  let olga: Auth; // operator, no team
  let viewer: Auth;
  let hydraulics: string;
  let electrical: string;
  let externalKey: string;

  const signIn = async (roles: Role[]): Promise<Auth> => {
    const user = await t.createUser({ roles });
    return { ...(await t.login(user)), userId: user.id };
  };
  const api = (auth: Auth | string) => {
    const header = (r: request.Test) =>
      typeof auth === 'string' ? r.set('x-api-key', auth) : r.set('authorization', auth.authorization);
    return {
      get: (path: string) => header(request(t.http).get(`/api/v1${path}`)),
      post: (path: string, body: object = {}) => header(request(t.http).post(`/api/v1${path}`)).send(body),
      patch: (path: string, body: object = {}) => header(request(t.http).patch(`/api/v1${path}`)).send(body),
      delete: (path: string) => header(request(t.http).delete(`/api/v1${path}`)),
    };
  };
  const newMachine = async (name: string, teamId: string | null = hydraulics) =>
    (
      await api(manager)
        .post('/machines', { name, building: 'Building 1', importance: 5, teamId })
        .expect(201)
    ).body;
  const newRequest = async (machineId: string, by: Auth = olga, body: object = {}) =>
    (
      await api(by)
        .post('/maintenance/requests', { machineId, subject: 'Hydraulic pump leak', ...body })
        .expect(201)
    ).body;
  const statusOf = async (machineId: string) =>
    (await api(viewer).get(`/machines/${machineId}`).expect(200)).body.status;

  beforeAll(async () => {
    // Behind a proxy, so the portal's per-address limit sees the X-Forwarded-For addresses the tests send.
    t = await createTestApp({ PORTAL_REPORT_LIMIT: '3', TRUST_PROXY: 'true' });
    const admin = await signIn(['admin']);
    manager = await signIn(['manager']);
    tess = await signIn(['technician']);
    rene = await signIn(['repair']);
    otto = await signIn(['technician']);
    olga = await signIn(['operator']);
    viewer = await signIn(['viewer']);
    hydraulics = (
      await api(manager)
        .post('/maintenance/teams', { name: 'Hydraulics Team', memberIds: [tess.userId, rene.userId] })
        .expect(201)
    ).body.id;
    electrical = (
      await api(manager)
        .post('/maintenance/teams', { name: 'Electrical', memberIds: [otto.userId] })
        .expect(201)
    ).body.id;
    externalKey = (
      await api(admin)
        .post('/api-keys', {
          name: 'Line PLC',
          permissions: ['maintenance.view', 'maintenance.status.report'],
        })
        .expect(201)
    ).body.secret;
  });
  afterAll(() => t.close());

  describe("seed 001's REST surface", () => {
    it('lets any signed-in user read statuses and only managers create machines', async () => {
      const press = await newMachine('Press A1');
      expect(press).toMatchObject({
        name: 'Press A1',
        code: 'PRESS-A1',
        building: 'Building 1',
        status: 'OK',
      });
      const list = await api(viewer).get('/machines').expect(200);
      expect(list.body.items.map((m: { name: string }) => m.name)).toContain('Press A1');
      for (const who of [tess, olga, viewer])
        await api(who).post('/machines', { name: 'Sneaky' }).expect(403);
      // The seed's body, with "location".
      const seedBody = await api(manager).post('/machines', {
        name: 'Machine A',
        location: 'Building 1',
        importance: 5,
      });
      expect(seedBody.status).toBe(201);
      expect(seedBody.body.building).toBe('Building 1');
    });

    it('takes fault cases from technicians, repair staff, managers and external systems; not from operators', async () => {
      const mill = await newMachine('Mill 1');
      for (const who of [tess, rene, manager, externalKey])
        await api(who)
          .post(`/machines/${mill.id}/faults`, { description: 'Overheating', severity: 'High' })
          .expect(201);
      await api(olga).post(`/machines/${mill.id}/faults`, { description: 'Overheating' }).expect(403);
      const faults = await api(rene).get(`/machines/${mill.id}/faults`).expect(200);
      expect(faults.body.total).toBe(4);
      expect(faults.body.items[0]).toMatchObject({
        type: 'Corrective',
        status: 'New',
        severity: 'High',
        team: { id: hydraulics },
      });
      const fromSystem = faults.body.items.find((f: { source: string }) => f.source === 'external');
      expect(fromSystem.createdBy).toBe('API key Line PLC');
      expect(await statusOf(mill.id)).toBe('Fault');
    });

    it('creates one fault case for a retried post with the same Idempotency-Key', async () => {
      const machine = await newMachine('Press with flaky network');
      const key = randomUUID();
      const post = (description = 'Pressure lost') =>
        api(externalKey)
          .post(`/machines/${machine.id}/faults`, { description, severity: 'Critical' })
          .set('Idempotency-Key', key);
      const [first, second] = await Promise.all([post(), post()]);
      expect([first.status, second.status]).toEqual([201, 201]);
      expect(second.body.id).toBe(first.body.id);
      expect((await post()).body.id).toBe(first.body.id);
      expect((await api(manager).get(`/machines/${machine.id}/faults`)).body.total).toBe(1);
      // The same key for another request is refused, naming the header.
      const reused = await post('Something else').expect(409);
      expect(reused.body.errors?.[0]?.path ?? reused.body.detail).toMatch(/Idempotency-Key/);
      // Another caller may use the same key value.
      await api(tess)
        .post(`/machines/${machine.id}/faults`, { description: 'Pressure lost' })
        .set('Idempotency-Key', key)
        .expect(201);
      expect((await api(manager).get(`/machines/${machine.id}/faults`)).body.total).toBe(2);
    });

    it('derives Warning from active warnings, cleared by technicians or repair staff, never by operators', async () => {
      const lathe = await newMachine('Lathe 1');
      const key = randomUUID();
      const raise = () =>
        api(externalKey)
          .post(`/machines/${lathe.id}/warnings`, { code: 'TEMP', message: 'Spindle hot', severity: 'High' })
          .set('Idempotency-Key', key)
          .expect(201);
      const warning = (await raise()).body;
      expect((await raise()).body.id).toBe(warning.id);
      expect(warning).toMatchObject({ code: 'TEMP', source: 'API key Line PLC', clearedAt: null });
      expect(await statusOf(lathe.id)).toBe('Warning');
      // A fault outranks a warning.
      const fault = (
        await api(tess).post(`/machines/${lathe.id}/faults`, { description: 'Seized' }).expect(201)
      ).body;
      expect(await statusOf(lathe.id)).toBe('Fault');
      await api(manager).post(`/maintenance/requests/${fault.id}/scrap`).expect(200);
      expect(await statusOf(lathe.id)).toBe('Scrapped');

      const booth = await newMachine('Booth 1');
      const second = (
        await api(tess)
          .post(`/machines/${booth.id}/warnings`, { message: 'Filter pressure high' })
          .expect(201)
      ).body;
      await api(olga).delete(`/machines/${booth.id}/warnings/${second.id}`).expect(403);
      await api(externalKey).delete(`/machines/${booth.id}/warnings/${second.id}`).expect(403);
      await api(rene).delete(`/machines/${booth.id}/warnings/${second.id}`).expect(204);
      expect(await statusOf(booth.id)).toBe('OK');
      const history = (await api(viewer).get(`/machines/${booth.id}/warnings`).expect(200)).body.items;
      expect(history[0]).toMatchObject({ id: second.id, clearedBy: expect.stringMatching(/^Test User/) });
      await api(rene).delete(`/machines/${booth.id}/warnings/${randomUUID()}`).expect(404);
    });

    it('resolves a fault (repair staff or manager) back to OK, with the duration', async () => {
      const pump = await newMachine('Pump 1');
      const fault = (await api(tess).post(`/machines/${pump.id}/faults`, { description: 'Leak' }).expect(201))
        .body;
      await api(manager)
        .post(`/maintenance/requests/${fault.id}/assign`, { technicianId: rene.userId })
        .expect(200);
      await api(rene).post(`/maintenance/requests/${fault.id}/start`).expect(200);
      await api(rene).patch(`/faults/${fault.id}/resolve`, { durationHours: 0 }).expect(400);
      await api(olga).patch(`/faults/${fault.id}/resolve`, { durationHours: 1 }).expect(403);
      const resolved = await api(rene)
        .patch(`/faults/${fault.id}/resolve`, { durationHours: 1.5, notes: 'New seal' })
        .expect(200);
      expect(resolved.body).toMatchObject({ status: 'Repaired', durationHours: 1.5 });
      expect(resolved.body.notes.map((n: { body: string }) => n.body)).toEqual(['New seal']);
      expect(await statusOf(pump.id)).toBe('OK');
    });
  });

  describe("seed 004's worked examples", () => {
    it('example 1: a complete workflow from the manager', async () => {
      const press = await newMachine('Press B1');
      const created = await newRequest(press.id, manager);
      expect(created).toMatchObject({ status: 'New', type: 'Corrective', team: { name: 'Hydraulics Team' } });
      const actions = (await api(manager).get(`/maintenance/requests/${created.id}/actions`).expect(200))
        .body;
      expect(actions).toMatchObject({
        currentStatus: 'New',
        assignedTechnician: null,
        canAssign: true,
        canStart: false,
        canComplete: false,
        canScrap: true,
        userRole: 'manager',
      });
      await api(manager)
        .post(`/maintenance/requests/${created.id}/assign`, { technicianId: tess.userId })
        .expect(200);
      const started = await api(tess).post(`/maintenance/requests/${created.id}/start`).expect(200);
      expect(started.body.status).toBe('In Progress');
      const completed = await api(tess)
        .post(`/maintenance/requests/${created.id}/complete`, { durationHours: 2.5 })
        .expect(200);
      expect(completed.body).toMatchObject({ status: 'Repaired', durationHours: 2.5 });
      const scrapped = await api(manager).post(`/maintenance/requests/${created.id}/scrap`).expect(200);
      expect(scrapped.body.status).toBe('Scrap');
      const state = (await api(manager).get(`/maintenance/requests/${created.id}/state`).expect(200)).body;
      expect(state).toMatchObject({
        status: 'Scrap',
        equipment: 'Press B1',
        assignedTechnician: expect.any(String),
        duration: 2.5,
        validNextTransitions: [],
      });
      // Scrapping the request scrapped the machine: nothing new can be opened for it.
      const refused = await api(olga)
        .post('/maintenance/requests', { machineId: press.id, subject: 'Again' })
        .expect(400);
      expect(refused.body.detail).toMatch(/scrapped/);
      const audit = (await api(manager).get(`/audit?entityId=${created.id}`).expect(200)).body.items;
      expect(audit.map((e: { action: string }) => e.action).sort()).toEqual([
        'assign',
        'complete',
        'create',
        'scrap',
        'start',
      ]);
    });

    it('example 2: a plain user may open a request but not start it (403 with the reason)', async () => {
      const machine = await newMachine('Conveyor 1');
      const created = await newRequest(machine.id, olga);
      const actions = (await api(olga).get(`/maintenance/requests/${created.id}/actions`).expect(200)).body;
      expect(actions).toMatchObject({
        canAssign: false,
        canStart: false,
        canComplete: false,
        canScrap: false,
        userRole: 'user',
      });
      const refused = await api(olga).post(`/maintenance/requests/${created.id}/start`).expect(403);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body.detail).toBe('Only the assigned technician or a manager can start the work');
    });

    it('example 3: a technician cannot skip from New to Repaired (400)', async () => {
      const machine = await newMachine('Press C1');
      const created = await newRequest(machine.id);
      await api(tess)
        .post(`/maintenance/requests/${created.id}/assign`, { technicianId: tess.userId })
        .expect(200);
      const refused = await api(tess)
        .post(`/maintenance/requests/${created.id}/complete`, { durationHours: 2.5 })
        .expect(400);
      expect(refused.body.detail).toBe('Cannot transition from New to Repaired');
    });
  });

  describe('rules by role', () => {
    it('lets a team member assign only technicians of the team, and nobody outside the team', async () => {
      const machine = await newMachine('Press D1');
      const created = await newRequest(machine.id);
      const outsider = await api(otto)
        .post(`/maintenance/requests/${created.id}/assign`, { technicianId: otto.userId })
        .expect(404); // not visible to another team
      expect(outsider.body.detail).toMatch(/not found/);
      const wrongTeam = await api(manager)
        .post(`/maintenance/requests/${created.id}/assign`, { technicianId: otto.userId })
        .expect(400);
      expect(wrongTeam.body.errors).toEqual([
        { path: 'technicianId', message: "The technician is not a member of the request's team" },
      ]);
      await api(rene)
        .post(`/maintenance/requests/${created.id}/assign`, { technicianId: tess.userId })
        .expect(200);
      // Only the assigned technician (or a manager) starts it.
      await api(rene).post(`/maintenance/requests/${created.id}/start`).expect(403);
      await api(tess).post(`/maintenance/requests/${created.id}/start`).expect(200);
      await api(tess).post(`/maintenance/requests/${created.id}/scrap`).expect(403);
    });

    it('sees a new team member as technician of its requests at once (cached memberships are dropped)', async () => {
      const machine = await newMachine('Press D2', electrical);
      const created = await newRequest(machine.id, olga);
      const role = async () =>
        (await api(olga).get(`/maintenance/requests/${created.id}/actions`).expect(200)).body.userRole;
      expect(await role()).toBe('user');
      const team = (await api(manager).get('/maintenance/teams').expect(200)).body.items.find(
        (t: { id: string }) => t.id === electrical,
      );
      await api(manager)
        .patch(`/maintenance/teams/${electrical}`, {
          memberIds: [...team.members.map((m: { id: string }) => m.id), olga.userId],
        })
        .expect(200);
      expect(await role()).toBe('technician');
      await api(manager)
        .patch(`/maintenance/teams/${electrical}`, {
          memberIds: team.members.map((m: { id: string }) => m.id),
        })
        .expect(200);
      expect(await role()).toBe('user');
    });

    it('needs a technician before starting, and a team before assigning', async () => {
      const teamless = await newMachine('Spare press', null);
      const created = await newRequest(teamless.id, manager);
      const noTechnician = await api(manager).post(`/maintenance/requests/${created.id}/start`).expect(400);
      expect(noTechnician.body.errors).toEqual([
        { path: 'technicianId', message: 'Assign a technician before starting' },
      ]);
      const noTeam = await api(manager)
        .post(`/maintenance/requests/${created.id}/assign`, { technicianId: tess.userId })
        .expect(400);
      expect(noTeam.body.errors[0].path).toBe('teamId');
    });

    it('shows managers everything and others the requests of their teams and their own', async () => {
      const machine = await newMachine('Panel 1', electrical);
      const created = await newRequest(machine.id, olga);
      const seenBy = async (who: Auth) =>
        (await api(who).get(`/maintenance/requests?machineId=${machine.id}`).expect(200)).body.total;
      expect(await seenBy(manager)).toBe(1);
      expect(await seenBy(otto)).toBe(1); // Electrical
      expect(await seenBy(olga)).toBe(1); // opened it
      expect(await seenBy(tess)).toBe(0); // Hydraulics
      await api(tess).get(`/maintenance/requests/${created.id}`).expect(404);
      await api(tess).get(`/maintenance/requests/${created.id}/state`).expect(404);
    });

    it('lets only managers open preventive requests, with a scheduled date', async () => {
      const machine = await newMachine('Press E1');
      await api(tess)
        .post('/maintenance/requests', {
          machineId: machine.id,
          subject: 'Lubrication',
          type: 'Preventive',
          scheduledDate: '2026-12-01',
        })
        .expect(403);
      const noDate = await api(manager)
        .post('/maintenance/requests', { machineId: machine.id, subject: 'Lubrication', type: 'Preventive' })
        .expect(400);
      expect(noDate.body.errors).toEqual([
        { path: 'scheduledDate', message: 'A preventive request needs a scheduled date' },
      ]);
    });
  });

  describe('concurrency and recurrence', () => {
    /**
     * Sends the calls together while the test holds the request's row lock, so both read the same
     * version before either writes: a true race, not two calls that happen to run one after the other.
     */
    const race = async (requestId: string, calls: request.Test[]) => {
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query('SELECT 1 FROM maintenance_requests WHERE id = $1 FOR UPDATE', [requestId]);
        const racing = Promise.all(calls.map((call) => call.then((response) => response)));
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await runner.commitTransaction();
        return await racing;
      } finally {
        await runner.release();
      }
    };

    it('lets exactly one of two concurrent starts win; the other gets 409', async () => {
      const machine = await newMachine('Press F1');
      const created = await newRequest(machine.id);
      await api(manager)
        .post(`/maintenance/requests/${created.id}/assign`, { technicianId: tess.userId })
        .expect(200);
      const results = await race(created.id, [
        api(tess).post(`/maintenance/requests/${created.id}/start`),
        api(manager).post(`/maintenance/requests/${created.id}/start`),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    });

    it('lets exactly one of two concurrent assigns win, and refuses a stale version', async () => {
      const machine = await newMachine('Press F2');
      const created = await newRequest(machine.id);
      const results = await race(created.id, [
        api(manager).post(`/maintenance/requests/${created.id}/assign`, { technicianId: tess.userId }),
        api(rene).post(`/maintenance/requests/${created.id}/assign`, { technicianId: rene.userId }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const stale = await api(manager)
        .post(`/maintenance/requests/${created.id}/scrap`, { version: created.version })
        .expect(409);
      expect(stale.body.detail).toMatch(/Someone else changed this request/);
    });

    it('schedules the next occurrence of a recurring preventive request once, never twice', async () => {
      const machine = await newMachine('Compressor 1');
      const first = await newRequest(machine.id, manager, {
        type: 'Preventive',
        subject: 'Change the oil',
        scheduledDate: '2026-01-31',
        recurrence: { every: 1, unit: 'month', until: '2026-03-31' },
      });
      const work = async (id: string) => {
        await api(manager)
          .post(`/maintenance/requests/${id}/assign`, { technicianId: tess.userId })
          .expect(200);
        await api(tess).post(`/maintenance/requests/${id}/start`).expect(200);
        const done = await Promise.all([
          api(tess).post(`/maintenance/requests/${id}/complete`, { durationHours: 1 }),
          api(manager).post(`/maintenance/requests/${id}/complete`, { durationHours: 1 }),
        ]);
        // One completes; the other finds it already Repaired (400) or changed meanwhile (409).
        const [won, lost] = done.map((r) => r.status).sort();
        expect(won).toBe(200);
        expect([400, 409]).toContain(lost);
      };
      const preventive = async () =>
        (await api(manager).get(`/maintenance/requests?machineId=${machine.id}&type=Preventive`).expect(200))
          .body.items;
      await work(first.id);
      let all = await preventive();
      expect(all.map((r: { scheduledDate: string }) => r.scheduledDate).sort()).toEqual([
        '2026-01-31',
        '2026-02-28',
      ]);
      const second = all.find((r: { scheduledDate: string }) => r.scheduledDate === '2026-02-28');
      expect(second).toMatchObject({
        status: 'New',
        isOverdue: true,
        recurrence: { every: 1, unit: 'month', until: '2026-03-31' },
      });
      await work(second.id);
      all = await preventive();
      expect(all.map((r: { scheduledDate: string }) => r.scheduledDate).sort()).toEqual([
        '2026-01-31',
        '2026-02-28',
        '2026-03-31',
      ]);
      const third = all.find((r: { scheduledDate: string }) => r.scheduledDate === '2026-03-31');
      await work(third.id);
      // April 30 is past the end of the recurrence.
      expect(await preventive()).toHaveLength(3);
    });
  });

  describe('preventive plans when things change', () => {
    it('schedules the next occurrence when one is scrapped, and leaves the machine in service', async () => {
      const machine = await newMachine('Compressor 2');
      const first = await newRequest(machine.id, manager, {
        type: 'Preventive',
        subject: 'Drain the tank',
        scheduledDate: '2026-03-02',
        recurrence: { every: 1, unit: 'week', until: null },
      });
      await api(manager).post(`/maintenance/requests/${first.id}/scrap`).expect(200);
      const plan = (await api(manager).get(`/maintenance/requests?machineId=${machine.id}`).expect(200)).body
        .items;
      expect(
        plan.map((r: { scheduledDate: string; status: string }) => `${r.scheduledDate} ${r.status}`).sort(),
      ).toEqual(['2026-03-02 Scrap', '2026-03-09 New']);
      expect(await statusOf(machine.id)).toBe('OK');
    });

    it('still lets the last occurrence on an archived machine be completed, and schedules no more', async () => {
      const machine = await newMachine('Compressor 3');
      const request = await newRequest(machine.id, manager, {
        type: 'Preventive',
        subject: 'Drain the tank',
        scheduledDate: '2026-03-02',
        recurrence: { every: 1, unit: 'week', until: null },
      });
      await api(manager).post(`/machines/${machine.id}/archive`).expect(200);
      await api(manager)
        .post(`/maintenance/requests/${request.id}/assign`, { technicianId: tess.userId })
        .expect(200);
      await api(tess).post(`/maintenance/requests/${request.id}/start`).expect(200);
      await api(tess)
        .post(`/maintenance/requests/${request.id}/complete`, { durationHours: 0.5 })
        .expect(200);
      expect(
        (await api(manager).get(`/maintenance/requests?machineId=${machine.id}`).expect(200)).body.total,
      ).toBe(1);
    });

    it('keeps a request visible to its assigned technician after they leave the team', async () => {
      const machine = await newMachine('Press N1', electrical);
      const request = await newRequest(machine.id, manager);
      await api(manager)
        .post(`/maintenance/requests/${request.id}/assign`, { technicianId: otto.userId })
        .expect(200);
      await api(manager).patch(`/maintenance/teams/${electrical}`, { memberIds: [] }).expect(200);
      try {
        await api(otto).get(`/maintenance/requests/${request.id}`).expect(200);
        await api(otto).post(`/maintenance/requests/${request.id}/start`).expect(200);
      } finally {
        await api(manager)
          .patch(`/maintenance/teams/${electrical}`, { memberIds: [otto.userId] })
          .expect(200);
      }
    });
  });

  describe('KPIs', () => {
    it('computes MTTR, MTBF, availability, downtime, preventive compliance and backlog by hand', async () => {
      const machine = await newMachine('Press K1');
      const at = (iso: string) => new Date(iso).toISOString();
      const repairedFault = async (created: string, repaired: string) => {
        const fault = (
          await api(tess).post(`/machines/${machine.id}/faults`, { description: 'Stuck' }).expect(201)
        ).body;
        await api(manager)
          .post(`/maintenance/requests/${fault.id}/assign`, { technicianId: tess.userId })
          .expect(200);
        await api(tess).post(`/maintenance/requests/${fault.id}/start`).expect(200);
        await api(tess).post(`/maintenance/requests/${fault.id}/complete`, { durationHours: 1 }).expect(200);
        await t.dataSource.query(
          'UPDATE maintenance_requests SET created_at = $2, repaired_at = $3 WHERE id = $1',
          [fault.id, at(created), at(repaired)],
        );
      };
      await repairedFault('2026-01-01T00:00:00Z', '2026-01-01T04:00:00Z');
      await repairedFault('2026-01-02T00:00:00Z', '2026-01-02T02:00:00Z');
      const preventive = (scheduledDate: string) =>
        newRequest(machine.id, manager, {
          type: 'Preventive',
          subject: 'Check',
          scheduledDate,
          estimatedHours: 1.5,
        });
      const onTime = await preventive('2026-01-03');
      await preventive('2026-01-04');
      await api(manager)
        .post(`/maintenance/requests/${onTime.id}/assign`, { technicianId: tess.userId })
        .expect(200);
      await api(tess).post(`/maintenance/requests/${onTime.id}/start`).expect(200);
      await api(tess).post(`/maintenance/requests/${onTime.id}/complete`, { durationHours: 1 }).expect(200);
      await t.dataSource.query('UPDATE maintenance_requests SET repaired_at = $2 WHERE id = $1', [
        onTime.id,
        at('2026-01-03T10:00:00Z'),
      ]);

      const query = `from=2026-01-01T00:00:00Z&to=2026-01-05T00:00:00Z&machineId=${machine.id}`;
      const report = (await api(viewer).get(`/maintenance/kpis?${query}&groupBy=machine`).expect(200)).body;
      // 96 h, two failures repaired in 4 h and 2 h: MTTR 3, downtime 6, MTBF (96 − 6) / 2 = 45, A = 45 / 48.
      expect(report.overall).toEqual({
        machines: 1,
        failures: 2,
        mttrHours: 3,
        mtbfHours: 45,
        availability: 0.9375,
        downtimeHours: 6,
        preventiveDue: 2,
        preventiveOnTime: 1,
        preventiveCompliance: 0.5,
        backlogOpen: 1,
        backlogHours: 1.5,
      });
      expect(report.rows).toEqual([{ id: machine.id, name: 'Press K1', ...report.overall }]);

      const csv = await api(viewer).get(`/maintenance/kpis/export?${query}&groupBy=team`).expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.text.split('\r\n')).toEqual([
        'team,machines,failures,mttrHours,mtbfHours,availability,downtimeHours,preventiveDue,preventiveOnTime,preventiveCompliance,backlogOpen,backlogHours',
        'Hydraulics Team,1,2,3,45,0.9375,6,2,1,0.5,1,1.5',
        'Overall,1,2,3,45,0.9375,6,2,1,0.5,1,1.5',
        '',
      ]);
    });

    it('refuses a range that ends before it starts or spans more than 5 years', async () => {
      const backwards = await api(viewer)
        .get('/maintenance/kpis?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z')
        .expect(400);
      expect(backwards.body.errors).toEqual([{ path: 'to', message: 'Must be after from' }]);
      const long = await api(viewer)
        .get('/maintenance/kpis?from=2016-01-01T00:00:00Z&to=2026-01-01T00:00:00Z')
        .expect(400);
      expect(long.body.errors[0].path).toBe('to');
      const invalid = await api(viewer)
        .get('/maintenance/kpis?from=yesterday&to=2026-01-01T00:00:00Z')
        .expect(400);
      expect(invalid.body.errors[0].path).toBe('from');
    });
  });

  describe('photos, labels and the request portal', () => {
    const upload = (who: Auth, requestId: string) =>
      request(t.http)
        .post(`/api/v1/maintenance/requests/${requestId}/images`)
        .set('authorization', who.authorization);
    const png = () =>
      sharp({ create: { width: 800, height: 600, channels: 3, background: '#c0392b' } })
        .png()
        .toBuffer();

    it('keeps photos of a fault case with a thumbnail, for those who can see the request', async () => {
      const machine = await newMachine('Press L1');
      const fault = (
        await api(tess).post(`/machines/${machine.id}/faults`, { description: 'Cracked hose' }).expect(201)
      ).body;
      const uploaded = await upload(tess, fault.id)
        .attach('image', await png(), { filename: 'hose.png', contentType: 'image/png' })
        .expect(201);
      const [image] = uploaded.body.images;
      expect(image).toMatchObject({
        fileName: 'hose.png',
        contentType: 'image/png',
        url: expect.stringContaining(image.id),
      });
      const original = await api(tess).get(image.url.replace('/api/v1', '')).expect(200);
      expect(original.headers['content-type']).toBe('image/png');
      const thumbnail = await api(manager)
        .get(image.thumbnailUrl.replace('/api/v1', ''))
        .buffer(true)
        .expect(200);
      expect(thumbnail.headers['content-type']).toBe('image/webp');
      expect(await sharp(thumbnail.body).metadata()).toMatchObject({
        format: 'webp',
        width: 320,
        height: 240,
      });
      // Another team's technician cannot see the request, nor its photos.
      await api(otto).get(image.url.replace('/api/v1', '')).expect(404);
      // Not an image, whatever it claims to be.
      const refused = await upload(tess, fault.id)
        .attach('image', Buffer.from('%PDF-1.4 not a photo'), { filename: 'x.png', contentType: 'image/png' })
        .expect(400);
      expect(refused.body.errors).toEqual([
        { path: 'image', message: 'Send a JPEG, PNG, WebP or GIF image' },
      ]);
      const truncated = (await png()).subarray(0, 200);
      const damaged = await upload(tess, fault.id)
        .attach('image', truncated, { filename: 'cut.png', contentType: 'image/png' })
        .expect(400);
      expect(damaged.body.errors[0]).toMatchObject({
        path: 'image',
        message: expect.stringMatching(/cannot be read/),
      });
      await upload(tess, fault.id)
        .attach('image', Buffer.alloc(10 * 1024 * 1024 + 1), {
          filename: 'big.png',
          contentType: 'image/png',
        })
        .expect(413);
    });

    it('prints a QR label whose link opens the public portal, which takes reports without an account', async () => {
      const machine = await newMachine('Press M1');
      const label = await api(viewer).get(`/machines/${machine.id}/label`).buffer(true).expect(200);
      expect(label.headers['content-type']).toMatch(/^image\/svg\+xml/);
      const svg = label.body.toString();
      expect(svg).toContain('Press M1');
      const [token] = (
        await t.dataSource.query('SELECT portal_token FROM machines WHERE id = $1', [machine.id])
      ).map((row: { portal_token: string }) => row.portal_token);
      const portal = (path: string) => request(t.http).get(`/api/v1/portal/machines/${path}`);
      const shown = await portal(token);
      expect(shown.body).toEqual({
        name: 'Press M1',
        code: 'PRESS-M1',
        building: 'Building 1',
        area: '',
        status: 'OK',
        openFaults: [],
      });
      await portal('not-a-real-token-at-all').expect(404);

      const report = (fields: Record<string, string>, address = '203.0.113.7') => {
        const post = request(t.http)
          .post(`/api/v1/portal/machines/${token}/reports`)
          .set('x-forwarded-for', address);
        for (const [name, value] of Object.entries(fields)) post.field(name, value);
        return post;
      };
      const first = await report({
        description: 'Oil on the floor\nunder the press',
        name: 'Sam',
        contact: 'line 3',
      })
        .attach('photo', await png(), 'oil.png')
        .expect(201);
      expect(first.body).toEqual({ reference: expect.stringMatching(/^MR-\d{6}$/), machine: 'Press M1' });
      const seen = (await portal(token).expect(200)).body;
      expect(seen.status).toBe('Fault');
      expect(seen.openFaults).toEqual([
        {
          reference: first.body.reference,
          subject: 'Oil on the floor',
          status: 'New',
          reportedAt: expect.any(String),
        },
      ]);
      const created = (await api(manager).get(`/maintenance/requests?machineId=${machine.id}`).expect(200))
        .body.items[0];
      expect(created).toMatchObject({
        source: 'portal',
        createdBy: 'Sam (request portal)',
        reporter: { name: 'Sam', contact: 'line 3' },
      });
      expect(
        (await api(manager).get(`/maintenance/requests/${created.id}`).expect(200)).body.images,
      ).toHaveLength(1);

      await report({ description: '' }).expect(400);
      await report({ description: 'Still leaking' }).expect(201);
      await report({ description: 'Leaking more' }).expect(201);
      const limited = await report({ description: 'Really leaking' }).expect(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Another address is not affected.
      await report({ description: 'Smoke' }, '198.51.100.9').expect(201);
    });
  });

  describe('bad input, live updates and the dashboard', () => {
    it('answers bad input with problem+json naming the field, and unknown ids with 404', async () => {
      const machine = await newMachine('Press G1');
      const bad = await api(manager)
        .post('/maintenance/requests', { machineId: machine.id, subject: '', severity: 'Huge' })
        .expect(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['severity', 'subject']);
      await api(manager).post('/maintenance/requests', { machineId: randomUUID(), subject: 'x' }).expect(404);
      await api(manager).get(`/maintenance/requests/${randomUUID()}/actions`).expect(404);
      await api(manager).post('/maintenance/requests/not-a-uuid/start').expect(400);
      const created = await newRequest(machine.id);
      await api(manager)
        .post(`/maintenance/requests/${created.id}/assign`, { technicianId: tess.userId })
        .expect(200);
      await api(tess).post(`/maintenance/requests/${created.id}/start`).expect(200);
      const zero = await api(tess)
        .post(`/maintenance/requests/${created.id}/complete`, { durationHours: 0 })
        .expect(400);
      expect(zero.body.errors).toEqual([{ path: 'durationHours', message: 'Must be more than 0 hours' }]);
      await api(externalKey).post(`/maintenance/requests/${created.id}/start`).expect(403);
      await api(manager).post('/machines', { name: 'Dup', code: 'PRESS-G1' }).expect(409);
    });

    it('pushes fault cases live to dashboards', async () => {
      const machine = await newMachine('Press H1');
      const socket = io(`${t.url}/ops`, {
        auth: { token: viewer.accessToken },
        transports: ['websocket'],
        forceNew: true,
      });
      try {
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', () => resolve());
          socket.once('connect_error', reject);
        });
        const received = new Promise<MaintenanceChangedEvent>((resolve) =>
          socket.on('maintenance:changed', (event: MaintenanceChangedEvent) => {
            if (event.machineId === machine.id) resolve(event);
          }),
        );
        const fault = (
          await api(externalKey).post(`/machines/${machine.id}/faults`, { description: 'Jammed' }).expect(201)
        ).body;
        expect(await received).toMatchObject({
          machineId: machine.id,
          requestId: fault.id,
          action: 'create',
          status: 'New',
        });
      } finally {
        socket.disconnect();
      }
    });

    it('counts machines by status and building, and keeps machines with history (archive, not delete)', async () => {
      const faulty = await newMachine('Press J1');
      await api(tess).post(`/machines/${faulty.id}/faults`, { description: 'Jammed' }).expect(201);
      const before = (await api(viewer).get('/machines/summary').expect(200)).body;
      await api(tess)
        .post(`/machines/${(await newMachine('Press J2')).id}/faults`, { description: 'Jammed' })
        .expect(201);
      const after = (await api(viewer).get('/machines/summary').expect(200)).body;
      expect(after.byStatus.Fault).toBe(before.byStatus.Fault + 1);
      const building1 = (summary: { byBuilding: { building: string; counts: { Fault: number } }[] }) =>
        summary.byBuilding.find((b) => b.building === 'Building 1')?.counts.Fault;
      expect(building1(after)).toBe((building1(before) ?? 0) + 1);
      const fresh = await newMachine('Temporary rig');
      await api(manager).delete(`/machines/${fresh.id}`).expect(204);
      const used = await newMachine('Old press');
      await newRequest(used.id);
      const refused = await api(manager).delete(`/machines/${used.id}`).expect(409);
      expect(refused.body.detail).toMatch(/archive it/);
      await api(manager).post(`/machines/${used.id}/archive`).expect(200);
      const names = (await api(viewer).get('/machines?pageSize=500').expect(200)).body.items.map(
        (m: { name: string }) => m.name,
      );
      expect(names).not.toContain('Old press');
      const pastTheEnd = (await api(viewer).get('/machines?page=999&pageSize=10').expect(200)).body;
      expect(pastTheEnd).toEqual({ items: [], total: names.length });
      await t.dataSource.query(
        "UPDATE maintenance_requests SET created_at = now() - interval '3 hours' WHERE machine_id = $1",
        [used.id],
      );
      const history = (await api(manager).get(`/machines/${used.id}/history`).expect(200)).body;
      expect(history.requests).toHaveLength(1);
      expect(history.downtimeHours).toBeCloseTo(3, 1); // its fault has been open for 3 hours
    });
  });
});
