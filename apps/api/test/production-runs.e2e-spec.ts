import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  LaserRun,
  Operator,
  PopResult,
  Preset,
  ProductionDashboard,
  ProductionRunEvent,
  Role,
} from '@factoryops/contracts';
import { dayIn } from '../src/common/site-calendar.js';
import { AppConfig } from '../src/config/app-config.js';
import { addDays, isoWeek } from '../src/modules/production/queue/business-days.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Production, part 1: laser runs, their efficiency, operator totals, the signed-in operator and the dashboard. */
describe('production: laser runs and the dashboard', () => {
  let t: TestApp;
  let manager: string;
  let operator: string;
  let operatorUserId: string;
  let viewer: string;
  let viewerToken: string;
  let technicianToken: string;
  let today: string;
  let olive: Operator;
  let mildSteel3: Preset;

  const api = (authorization: string) => t.api(authorization, '/api/v1/production');
  const newClient = async (name = 'Run Customer') =>
    (await api(manager).post('/clients', { name }).expect(201)).body;
  const newProject = async (body: object = {}, clientId?: string) =>
    (
      await api(manager)
        .post('/projects', {
          clientId: clientId ?? (await newClient()).id,
          name: 'Bracket run',
          materialType: 'Mild steel',
          materialThickness: '3',
          ...body,
        })
        .expect(201)
    ).body;
  const queuedProject = async (body: object = {}, receivedOn?: string, clientId?: string) => {
    const project = await newProject(body, clientId);
    return (await api(manager).post(`/projects/${project.id}/pop`, { receivedOn }).expect(200))
      .body as PopResult;
  };
  const newOperator = async (name: string, body: object = {}) =>
    (
      await api(manager)
        .post('/operators', { name, ...body })
        .expect(201)
    ).body as Operator;
  /** A run the API takes, for `projectId` by Olive, with `change` on top. */
  const runOf = (projectId: string, change: object = {}) => ({
    projectId,
    operatorId: olive.id,
    cutMinutes: 30,
    material: 'Mild steel',
    thickness: '3',
    ...change,
  });
  const logRun = async (projectId: string, change: object = {}, by = operator) =>
    (await api(by).post('/laser-runs', runOf(projectId, change)).expect(201)).body as LaserRun;
  const runCount = async () =>
    (await t.dataSource.query('SELECT count(*)::int AS count FROM production_laser_runs'))[0].count;

  beforeAll(async () => {
    t = await createTestApp();
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    const operatorUser = await t.createUser({ roles: ['operator'], displayName: 'Olive Operator' });
    operatorUserId = operatorUser.id;
    operator = (await t.login(operatorUser)).authorization;
    const viewerLogin = await t.login(await t.createUser({ roles: ['viewer'] }));
    viewer = viewerLogin.authorization;
    viewerToken = viewerLogin.accessToken;
    technicianToken = (await t.login(await t.createUser({ roles: ['technician'] }))).accessToken;
    today = dayIn(new Date(), t.app.get(AppConfig).env.SITE_TIME_ZONE);
    olive = await newOperator('Olive', { userId: operatorUserId });
    mildSteel3 = (
      await api(manager)
        .post('/presets', {
          name: 'Mild steel 3 mm',
          material: 'Mild steel',
          thickness: '3.00',
          powerW: 3000,
          speedMmMin: 2800,
          gasType: 'O2',
        })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  describe('logging a run', () => {
    it("deletes a client's runs with its projects, each audited, and tells run pages once", async () => {
      const client = await newClient('Closing Cutters');
      const { project } = await queuedProject({}, undefined, client.id);
      const runs = [await logRun(project.id), await logRun(project.id, { cutMinutes: 12 })];
      const socket = await t.connectOps(viewerToken);
      try {
        const told = new Promise<{ action: string; projectId: string }>((resolve) =>
          socket.on('production:runs', (event) => resolve(event)),
        );
        await api(manager).delete(`/clients/${client.id}?cascade=true`).expect(204);
        expect(await told).toMatchObject({ action: 'delete', projectId: project.id });
      } finally {
        socket.disconnect();
      }
      const audit = await t.dataSource.query(
        "SELECT entity_id, changes->'cutMinutes'->>'from' AS minutes FROM audit_entries WHERE entity_type = 'laser_run' AND action = 'delete' AND entity_id = ANY($1) ORDER BY minutes",
        [runs.map((run) => run.id)],
      );
      expect(audit).toEqual([
        { entity_id: runs[1].id, minutes: '12' },
        { entity_id: runs[0].id, minutes: '30' },
      ]);
      await api(viewer).get(`/laser-runs/${runs[0].id}`).expect(404);
    });

    it('logs a run by the signed-in operator, dated today, audits it and pushes it to production viewers only', async () => {
      const { project, queueItem } = await queuedProject({ estimatedCutMinutes: 90 });
      const viewerSocket = await t.connectOps(viewerToken);
      const technicianSocket = await t.connectOps(technicianToken);
      let run: LaserRun;
      try {
        const unseen: ProductionRunEvent[] = [];
        technicianSocket.on('production:runs', (event) => unseen.push(event));
        const announced = new Promise<ProductionRunEvent>((resolve) =>
          viewerSocket.on('production:runs', (event) => {
            if (event.projectId === project.id) resolve(event);
          }),
        );
        run = await logRun(project.id, {
          queueItemId: queueItem.id,
          presetId: mildSteel3.id,
          cutMinutes: 75,
          material: 'mild steel',
          thickness: '3',
          sheets: 2,
          parts: 40,
          notes: 'Clean edges',
        });
        expect(run).toMatchObject({
          projectId: project.id,
          projectCode: project.code,
          projectName: 'Bracket run',
          clientName: 'Run Customer',
          queueItemId: queueItem.id,
          operatorId: olive.id,
          operatorName: 'Olive',
          presetId: mildSteel3.id,
          presetName: 'Mild steel 3 mm',
          runDate: today,
          cutMinutes: 75,
          material: 'mild steel',
          thickness: '3.00',
          sheets: 2,
          parts: 40,
          notes: 'Clean edges',
          estimatedMinutes: 90,
          efficiency: '1.20',
          recordedBy: 'Olive Operator',
          recordedByUserId: operatorUserId,
        });
        expect(await announced).toMatchObject({
          runId: run.id,
          operatorId: olive.id,
          action: 'create',
          runDate: today,
        });
        // The technician's connection answers a ping only after whatever was sent to it before.
        await technicianSocket.emitWithAck('ping');
        expect(unseen).toEqual([]);
      } finally {
        viewerSocket.disconnect();
        technicianSocket.disconnect();
      }
      expect((await api(viewer).get(`/laser-runs/${run.id}`).expect(200)).body).toEqual(run);
      const audit = await t.dataSource.query(
        "SELECT entity_type, action, actor_name, changes FROM audit_entries WHERE entity_type = 'laser_run' AND changes->'projectId'->>'to' = $1",
        [project.id],
      );
      expect(audit).toEqual([
        expect.objectContaining({ entity_type: 'laser_run', action: 'create', actor_name: 'Olive Operator' }),
      ]);
      expect(audit[0].changes.cutMinutes).toEqual({ from: null, to: 75 });
    });

    it('takes a run day, and no queue item, preset, sheets or parts', async () => {
      const project = await newProject({ estimatedCutMinutes: 40 });
      const run = await logRun(project.id, { runDate: '2025-02-14' });
      expect(run).toMatchObject({
        runDate: '2025-02-14',
        queueItemId: null,
        presetId: null,
        presetName: null,
        sheets: 0,
        parts: 0,
        notes: '',
        estimatedMinutes: 40,
        efficiency: '1.33',
      });
    });

    it('refuses impossible values, naming the field, and writes nothing', async () => {
      const project = await newProject();
      const before = await runCount();
      for (const [field, value, message] of [
        ['cutMinutes', 0, 'The cut time must be above 0 minutes'],
        ['cutMinutes', -5, 'The cut time must be above 0 minutes'],
        ['cutMinutes', 2.5, 'The cut time is whole minutes'],
        ['thickness', '0', 'The thickness must be above 0 mm'],
        ['thickness', '-1.5', 'A thickness in mm with at most 2 decimals, like 3.00'],
        ['thickness', '3.125', 'A thickness in mm with at most 2 decimals, like 3.00'],
        ['sheets', -1, undefined],
        ['parts', 1.5, undefined],
        ['material', '', 'Name the material'],
        ['runDate', 'today', undefined],
        ['queueItemId', 'item-1', undefined],
      ] as const) {
        const refused = await api(operator)
          .post('/laser-runs', runOf(project.id, { [field]: value }))
          .expect(400);
        expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual([field]);
        if (message) expect(refused.body.errors[0].message).toBe(message);
      }
      const missing = await api(operator)
        .post('/laser-runs', runOf(project.id, { cutMinutes: undefined }))
        .expect(400);
      expect(missing.body.errors).toEqual([{ path: 'cutMinutes', message: 'Required' }]);
      await api(operator)
        .post('/laser-runs', runOf(project.id, { machine: 'Laser 2' }))
        .expect(400);
      expect(await runCount()).toBe(before);
    });

    it('answers 404 for an unknown project, queue item, operator or preset', async () => {
      const project = await newProject();
      for (const [field, label] of [
        ['projectId', 'Project'],
        ['queueItemId', 'Queue item'],
        ['operatorId', 'Operator'],
        ['presetId', 'Preset'],
      ]) {
        const missing = await api(operator)
          .post('/laser-runs', runOf(project.id, { [field]: UNKNOWN }))
          .expect(404);
        expect(missing.body.detail).toBe(`${label} ${UNKNOWN} was not found`);
      }
      await api(viewer).get(`/laser-runs/${UNKNOWN}`).expect(404);
    });

    it('refuses an inactive operator, a preset that does not fit and a queue item of another project, naming each', async () => {
      const { project, queueItem } = await queuedProject();
      const other = await queuedProject();
      const ivan = await newOperator('Ivan', { active: false });
      const retired = (
        await api(manager)
          .post('/presets', {
            name: 'Old mild steel 3 mm',
            material: 'Mild steel',
            thickness: '3',
            powerW: 2000,
            speedMmMin: 2000,
            gasType: 'O2',
            active: false,
          })
          .expect(201)
      ).body;
      const before = await runCount();
      const refusal = async (change: object) =>
        (
          await api(operator)
            .post(
              '/laser-runs',
              runOf(project.id, { queueItemId: queueItem.id, presetId: mildSteel3.id, ...change }),
            )
            .expect(400)
        ).body.errors;

      expect(await refusal({ operatorId: ivan.id })).toEqual([
        { path: 'operatorId', message: 'Ivan is not an active operator' },
      ]);
      expect(await refusal({ thickness: '2' })).toEqual([
        {
          path: 'presetId',
          message: 'The preset Mild steel 3 mm is for Mild steel 3.00 mm, not Mild steel 2 mm',
        },
      ]);
      expect(await refusal({ material: 'Stainless' })).toEqual([
        {
          path: 'presetId',
          message: 'The preset Mild steel 3 mm is for Mild steel 3.00 mm, not Stainless 3 mm',
        },
      ]);
      expect(await refusal({ presetId: retired.id })).toEqual([
        { path: 'presetId', message: 'The preset Old mild steel 3 mm is deactivated' },
      ]);
      expect(await refusal({ queueItemId: other.queueItem.id })).toEqual([
        {
          path: 'queueItemId',
          message: `Queue item ${other.queueItem.position} belongs to another project`,
        },
      ]);
      expect(
        (await refusal({ operatorId: ivan.id, queueItemId: other.queueItem.id })).map(
          (error: { path: string }) => error.path,
        ),
      ).toEqual(['queueItemId', 'operatorId']);
      expect(await runCount()).toBe(before);
    });
  });

  it('lists runs newest first, by day range (both days included), operator, project and material, a page at a time', async () => {
    const sam = await newOperator('Sam');
    const first = await newProject({ name: 'First filter project' });
    const second = await newProject({ name: 'Second filter project' });
    const runs: string[] = [];
    for (const [project, by, runDate, cutMinutes, material, thickness] of [
      [first, olive, '2025-03-03', 30, 'Mild steel', '3'],
      [first, sam, '2025-03-10', 50, 'Stainless', '2'],
      [second, olive, '2025-03-17', 20, 'Mild steel', '3'],
      [second, sam, '2025-03-31', 40, 'Aluminium', '5'],
    ] as const) {
      const run = await logRun(project.id, { operatorId: by.id, runDate, cutMinutes, material, thickness });
      runs.push(run.id);
    }
    const [r1, r2, r3, r4] = runs;
    const march = 'from=2025-03-01&to=2025-03-31';
    const ids = async (query: string) => {
      const page = (await api(viewer).get(`/laser-runs?${query}`).expect(200)).body;
      return { total: page.total, ids: page.items.map((run: LaserRun) => run.id) };
    };
    expect(await ids(march)).toEqual({ total: 4, ids: [r4, r3, r2, r1] });
    expect(await ids('from=2025-03-10&to=2025-03-17')).toEqual({ total: 2, ids: [r3, r2] });
    expect(await ids(`${march}&operatorId=${sam.id}`)).toEqual({ total: 2, ids: [r4, r2] });
    expect(await ids(`projectId=${first.id}`)).toEqual({ total: 2, ids: [r2, r1] });
    expect(await ids(`${march}&material=MILD%20STEEL`)).toEqual({ total: 2, ids: [r3, r1] });
    expect(await ids(`${march}&sort=cutMinutes`)).toEqual({ total: 4, ids: [r3, r1, r4, r2] });
    expect(await ids(`${march}&sort=runDate&pageSize=3&page=2`)).toEqual({ total: 4, ids: [r4] });
    await api(viewer).get('/laser-runs?from=March').expect(400);
    await api(viewer).get('/laser-runs?operatorId=sam').expect(400);
    await api(viewer).get('/laser-runs?sort=operator').expect(400);
  });

  it('measures efficiency per run (its queue item, else its project, estimate) and per project', async () => {
    const { project, queueItem } = await queuedProject({ estimatedCutMinutes: 120 });
    // The estimate changes after queueing: the queue item keeps the one it was queued with.
    await api(manager)
      .patch(`/projects/${project.id}`, { estimatedCutMinutes: 150, version: project.version })
      .expect(200);
    const queued = await logRun(project.id, { queueItemId: queueItem.id, cutMinutes: 100 });
    expect(queued).toMatchObject({ estimatedMinutes: 120, efficiency: '1.20' });
    const unqueued = await logRun(project.id, { cutMinutes: 60 });
    expect(unqueued).toMatchObject({ estimatedMinutes: 150, efficiency: '2.50' });
    expect((await api(viewer).get(`/projects/${project.id}`).expect(200)).body).toMatchObject({
      code: project.code,
      estimatedCutMinutes: 150,
      actualCutMinutes: 160,
      efficiency: '0.94',
    });

    await api(operator).delete(`/laser-runs/${unqueued.id}`).expect(403);
    await api(manager).delete(`/laser-runs/${unqueued.id}`).expect(204);
    await api(manager).delete(`/laser-runs/${unqueued.id}`).expect(404);
    await api(viewer).get(`/laser-runs/${unqueued.id}`).expect(404);
    expect((await api(viewer).get(`/projects/${project.id}`).expect(200)).body).toMatchObject({
      actualCutMinutes: 100,
      efficiency: '1.50',
    });
    const deleted = await t.dataSource.query(
      "SELECT changes->'cutMinutes' AS minutes FROM audit_entries WHERE entity_id = $1 AND action = 'delete'",
      [unqueued.id],
    );
    expect(deleted).toEqual([{ minutes: { from: 60, to: null } }]);

    const unestimated = await newProject();
    const guess = await logRun(unestimated.id, { cutMinutes: 45 });
    expect(guess).toMatchObject({ estimatedMinutes: null, efficiency: null });
    expect((await api(viewer).get(`/projects/${unestimated.id}`).expect(200)).body).toMatchObject({
      actualCutMinutes: 45,
      efficiency: null,
    });
    const uncut = await newProject({ estimatedCutMinutes: 30 });
    expect((await api(viewer).get(`/projects/${uncut.id}`).expect(200)).body).toMatchObject({
      actualCutMinutes: 0,
      efficiency: null,
    });
  });

  it("shows an operator's totals and latest runs on their page", async () => {
    const tally = await newOperator('Tally');
    const projects = [await newProject(), await newProject()];
    for (let day = 1; day <= 12; day += 1)
      await logRun(projects[day % 2].id, {
        operatorId: tally.id,
        runDate: `2025-05-${String(day).padStart(2, '0')}`,
        cutMinutes: day * 10,
        sheets: 1,
        parts: day,
      });
    const page = (await api(viewer).get(`/operators/${tally.id}`).expect(200)).body;
    expect(page).toMatchObject({ id: tally.id, name: 'Tally', active: true });
    expect(page.totals).toEqual({
      runs: 12,
      cutMinutes: 780,
      sheets: 12,
      parts: 78,
      projects: 2,
      lastRunDate: '2025-05-12',
    });
    expect(page.recentRuns.map((run: LaserRun) => run.runDate)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2025-05-${String(12 - i).padStart(2, '0')}`),
    );
    expect(page.recentRuns.every((run: LaserRun) => run.operatorId === tally.id)).toBe(true);

    const idle = await newOperator('Idle Ian');
    expect((await api(viewer).get(`/operators/${idle.id}`).expect(200)).body).toMatchObject({
      totals: { runs: 0, cutMinutes: 0, sheets: 0, parts: 0, projects: 0, lastRunDate: null },
      recentRuns: [],
    });
    await api(viewer).get(`/operators/${UNKNOWN}`).expect(404);
  });

  it('names the operator a signed-in account is, in /auth/me and the sign-in answer, active or not', async () => {
    const olivesMe = await t.api(operator).get('/auth/me').expect(200);
    expect(olivesMe.body).toMatchObject({
      id: operatorUserId,
      displayName: 'Olive Operator',
      roles: ['operator'],
      operator: { id: olive.id, name: 'Olive' },
    });
    expect((await t.api(viewer).get('/auth/me').expect(200)).body.operator).toBeNull();

    const patUser = await t.createUser({ roles: ['operator'] });
    const pat = await newOperator('Pat', { userId: patUser.id });
    await api(manager).patch(`/operators/${pat.id}`, { active: false, version: pat.version }).expect(200);
    const signIn = await t.api('').post('/auth/login', { email: patUser.email, password: TEST_PASSWORD });
    expect(signIn.body.user.operator).toEqual({ id: pat.id, name: 'Pat' });
    const me = await t.api(`Bearer ${signIn.body.accessToken}`).get('/auth/me').expect(200);
    expect(me.body).toEqual(signIn.body.user);
  });

  it('counts, lists and charts the shop on the dashboard', async () => {
    const dashboard = async () =>
      (await api(viewer).get('/dashboard').expect(200)).body as ProductionDashboard;
    const before = await dashboard();

    const client = await newClient('Dashboard Dynamics');
    const paid = await queuedProject({ name: 'Paid today' }, undefined, client.id);
    const late = await queuedProject({ name: 'Paid long ago' }, '2025-01-02', client.id);
    await newProject({ name: 'Just asked' }, client.id);
    const dropped = await queuedProject({ name: 'Paid and dropped' }, '2025-01-02', client.id);
    await api(manager).post(`/queue/${dropped.queueItem.id}/cancel`, {}).expect(200);

    const week = isoWeek(today);
    const wendy = await newOperator('Wendy');
    const ida = await newOperator('Ida');
    const ina = await newOperator('Ina', { active: false });
    const wendyRuns = [
      { runDate: week[0], cutMinutes: 90 },
      { runDate: week[6], cutMinutes: 30 },
      { runDate: today, cutMinutes: 45 },
      { runDate: today, cutMinutes: 15 },
      { runDate: addDays(week[0], -1), cutMinutes: 600 },
    ];
    for (const run of wendyRuns) await logRun(paid.project.id, { operatorId: wendy.id, ...run });

    const after = await dashboard();
    expect(after.counts).toEqual({
      clients: before.counts.clients + 1,
      activeProjects: before.counts.activeProjects + 3,
      queueLength: before.counts.queueLength + 2,
      runsToday: before.counts.runsToday + wendyRuns.filter((run) => run.runDate === today).length,
      popDeadlinesOverdue: before.counts.popDeadlinesOverdue + 1,
    });
    expect(after.recentClients).toHaveLength(5);
    expect(after.recentClients[0]).toMatchObject({
      id: client.id,
      name: 'Dashboard Dynamics',
      projectCount: 4,
    });
    expect(after.recentProjects.slice(0, 4).map((p) => [p.name, p.clientName, p.status])).toEqual([
      ['Paid and dropped', 'Dashboard Dynamics', 'Cancelled'],
      ['Just asked', 'Dashboard Dynamics', 'Request'],
      ['Paid long ago', 'Dashboard Dynamics', 'Approved (POP Received)'],
      ['Paid today', 'Dashboard Dynamics', 'Approved (POP Received)'],
    ]);
    expect(after.recentProjects).toHaveLength(5);
    expect(late.project.popDeadline).toBe('2025-01-12');
    const queue = (await api(viewer).get('/queue').expect(200)).body.items;
    expect(after.nextInQueue).toEqual(queue.slice(0, 5));

    const hours = new Map(after.cutHoursThisWeek.map((operator) => [operator.operatorId, operator]));
    const expected = [0, 0, 0, 0, 0, 0, 0];
    for (const run of wendyRuns) {
      const index = week.indexOf(run.runDate);
      if (index >= 0) expected[index] += run.cutMinutes / 60;
    }
    expect(hours.get(wendy.id)).toEqual({
      operatorId: wendy.id,
      name: 'Wendy',
      days: week.map((date, index) => ({ date, hours: expected[index] })),
    });
    expect(hours.get(ida.id)?.days.map((day) => day.hours)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(hours.has(ina.id)).toBe(false);
  });

  it('lets admins and managers do everything with runs, operators log them, viewers only read', async () => {
    const signIn = async (roles: Role[]) => (await t.login(await t.createUser({ roles }))).authorization;
    const callers: Record<string, string> = {
      admin: await signIn(['admin']),
      manager,
      operator,
      viewer,
      technician: await signIn(['technician']),
    };
    const project = await newProject();
    const statuses = async (call: (caller: string) => Promise<{ status: number }>) =>
      Object.fromEntries(
        await Promise.all(
          Object.entries(callers).map(async ([role, caller]) => [role, (await call(caller)).status]),
        ),
      );
    expect(await statuses((caller) => api(caller).post('/laser-runs', runOf(project.id)))).toEqual({
      admin: 201,
      manager: 201,
      operator: 201,
      viewer: 403,
      technician: 403,
    });
    const reads = ['/laser-runs', '/dashboard', `/operators/${olive.id}`, `/projects/${project.id}`];
    for (const path of reads)
      expect(await statuses((caller) => api(caller).get(path))).toEqual({
        admin: 200,
        manager: 200,
        operator: 200,
        viewer: 200,
        technician: 403,
      });
    const [first, second, third] = (await api(viewer).get(`/laser-runs?projectId=${project.id}`).expect(200))
      .body.items as LaserRun[];
    for (const role of ['operator', 'viewer', 'technician'])
      await api(callers[role]).delete(`/laser-runs/${third.id}`).expect(403);
    await api(callers.admin).delete(`/laser-runs/${first.id}`).expect(204);
    await api(manager).delete(`/laser-runs/${second.id}`).expect(204);
    expect((await api(viewer).get(`/laser-runs?projectId=${project.id}`).expect(200)).body.total).toBe(1);
    await t.api('Bearer nope', '/api/v1/production').get('/laser-runs').expect(401);
  });
});
