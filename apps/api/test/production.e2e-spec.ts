import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ProductionChangedEvent, ProductionQueueEvent } from '@factoryops/contracts';
import { dayIn } from '../src/common/site-calendar.js';
import { AppConfig } from '../src/config/app-config.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Production, part 1 so far: clients (customers), projects with their codes and lifecycle, and the POP. */
describe('production: clients and projects', () => {
  let t: TestApp;
  let manager: string;
  let operator: string;
  let viewer: string;
  let viewerToken: string;
  let month: string;

  const api = (authorization: string) => t.api(authorization, '/api/v1/production');
  const newClient = async (name: string) => (await api(manager).post('/clients', { name }).expect(201)).body;
  const newProject = async (clientId: string, body: object = {}) =>
    (
      await api(manager)
        .post('/projects', { clientId, name: 'Bracket run', ...body })
        .expect(201)
    ).body;

  const preset = (overrides: object = {}) => ({
    name: 'Mild steel 3 mm',
    material: 'Mild steel',
    thickness: '3',
    powerW: 3000,
    speedMmMin: 2800,
    gasType: 'O2',
    gasPressureBar: '0.6',
    nozzleMm: '1.2',
    focusMm: '-1.5',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp({ PRODUCTION_HOLIDAYS: '2025-12-24,2025-12-25' });
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    operator = (await t.login(await t.createUser({ roles: ['operator'] }))).authorization;
    const viewerLogin = await t.login(await t.createUser({ roles: ['viewer'] }));
    viewer = viewerLogin.authorization;
    viewerToken = viewerLogin.accessToken;
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

    it('keeps the totals of the whole list and of each status exact through concurrent changes', async () => {
      const totals = async () => {
        const all = (await api(viewer).get('/projects?pageSize=1').expect(200)).body.total;
        const byStatus = await Promise.all(
          ['Request', 'Quote & Approval', 'Cancelled'].map(
            async (status) =>
              (
                await api(viewer)
                  .get(`/projects?status=${encodeURIComponent(status)}&pageSize=1`)
                  .expect(200)
              ).body.total,
          ),
        );
        return [all, ...byStatus];
      };
      const counted = async () => {
        const [row] = await t.dataSource.query(
          `SELECT count(*)::int AS all, count(*) FILTER (WHERE status = 'Request')::int AS request,
                  count(*) FILTER (WHERE status = 'Quote & Approval')::int AS quote,
                  count(*) FILTER (WHERE status = 'Cancelled')::int AS cancelled FROM production_projects`,
        );
        return [row.all, row.request, row.quote, row.cancelled];
      };
      const client = await newClient('Counting Cutters');
      const projects = await Promise.all(
        Array.from({ length: 20 }, (_, i) => newProject(client.id, { name: `C${i}` })),
      );
      expect(await totals()).toEqual(await counted());
      const move = (project: { id: string; version: number }, status: string) =>
        api(manager).post(`/projects/${project.id}/status`, { status, version: project.version }).expect(200);
      // Half go to quoting while the other half are cancelled, all at once…
      const moved = await Promise.all(
        projects.map(
          async (project, i) => (await move(project, i % 2 ? 'Quote & Approval' : 'Cancelled')).body,
        ),
      );
      expect(await totals()).toEqual(await counted());
      // …then all come back to Request while as many new ones go the opposite way, from Request to quoting.
      const fresh = await Promise.all(
        Array.from({ length: 10 }, (_, i) => newProject(client.id, { name: `F${i}` })),
      );
      await Promise.all([
        ...moved.map((project) => move(project, 'Request')),
        ...fresh.map((project) => move(project, 'Quote & Approval')),
      ]);
      expect(await totals()).toEqual(await counted());
      await api(manager).delete(`/clients/${client.id}?cascade=true`).expect(204);
      expect(await totals()).toEqual(await counted());
    });

    it('lists a project with every field as its own page shows it', async () => {
      const client = await newClient('Listing Lasers');
      const created = await newProject(client.id, {
        name: 'Full spec',
        description: 'Every field',
        quoteDate: '2031-01-02',
        dueDate: '2031-02-03',
        quotedPrice: '1234.50',
        materialType: 'Stainless steel',
        materialThickness: '1.5',
        sheets: 3,
        parts: 40,
        estimatedCutMinutes: 95,
        drawingMinutes: 20,
        bins: 2,
        scheduledCutDate: '2031-01-20',
      });
      await api(manager)
        .patch(`/projects/${created.id}`, { clientNotified: true, version: created.version })
        .expect(200);
      const shown = (await api(viewer).get(`/projects/${created.id}`).expect(200)).body;
      const listed = (await api(viewer).get(`/projects?clientId=${client.id}`).expect(200)).body.items;
      // The page adds the project's run totals; the list shows the project's own fields.
      const { actualCutMinutes: _, efficiency: __, ...own } = shown;
      expect(listed).toEqual([own]);
      expect(shown).toMatchObject({ quotedPrice: '1234.50', dueDate: '2031-02-03', clientNotified: true });
      expect(shown.clientNotifiedAt).toEqual(expect.any(String));
    });

    it('pages through projects in the order asked, projects without a due date last, with the total', async () => {
      const client = await newClient('Paging Plates');
      for (const [name, dueDate] of [
        ['Cut B', '2031-03-01'],
        ['Cut D', null],
        ['Cut A', '2031-01-01'],
        ['Cut E', '2031-02-01'],
        ['Cut C', null],
      ])
        await newProject(client.id, { name, ...(dueDate ? { dueDate } : {}) });
      const page = async (sort: string, pageNumber: number, pageSize = 2, filter = '') =>
        (
          await api(viewer)
            .get(
              `/projects?clientId=${client.id}${filter}&sort=${sort}&page=${pageNumber}&pageSize=${pageSize}`,
            )
            .expect(200)
        ).body;
      const names = async (sort: string) => {
        const pages = await Promise.all([1, 2, 3].map((n) => page(sort, n)));
        expect(pages.map((p) => [p.items.length, p.total])).toEqual([
          [2, 5],
          [2, 5],
          [1, 5],
        ]);
        return pages.flatMap((p) => p.items.map((project: { name: string }) => project.name));
      };
      expect(await names('-createdAt')).toEqual(['Cut C', 'Cut E', 'Cut A', 'Cut D', 'Cut B']);
      expect(await names('createdAt')).toEqual(['Cut B', 'Cut D', 'Cut A', 'Cut E', 'Cut C']);
      expect(await names('name')).toEqual(['Cut A', 'Cut B', 'Cut C', 'Cut D', 'Cut E']);
      expect(await names('-name')).toEqual(['Cut E', 'Cut D', 'Cut C', 'Cut B', 'Cut A']);
      expect(await names('code')).toEqual(['Cut B', 'Cut D', 'Cut A', 'Cut E', 'Cut C']);
      expect(await names('-code')).toEqual(['Cut C', 'Cut E', 'Cut A', 'Cut D', 'Cut B']);
      expect((await names('dueDate')).slice(0, 3)).toEqual(['Cut A', 'Cut E', 'Cut B']);
      expect((await names('-dueDate')).slice(0, 3)).toEqual(['Cut B', 'Cut E', 'Cut A']);
      expect((await names('-dueDate')).slice(3).sort()).toEqual(['Cut C', 'Cut D']);
      expect(await page('-createdAt', 4)).toEqual({ items: [], total: 5 });
      expect(await page('-createdAt', 2, 2, '&q=nothing')).toEqual({ items: [], total: 0 });
      const [first] = (await page('-createdAt', 1, 1, '&q=cut%20c')).items;
      expect(first).toMatchObject({ name: 'Cut C', clientId: client.id, clientName: 'Paging Plates' });
    });
  });

  describe('proof of payment', () => {
    const popFor = async (body: object = {}) => {
      const client = (
        await api(manager)
          .post('/clients', { name: 'Paying Customer', email: 'buyer@customer.example' })
          .expect(201)
      ).body;
      return newProject(client.id, { name: 'Laser brackets', estimatedCutMinutes: 90, ...body });
    };

    it('approves and queues the project in one go, and mails the client', async () => {
      const project = await popFor();
      const answer = await api(manager)
        .post(`/projects/${project.id}/pop`, { receivedOn: '2025-10-10' })
        .expect(200);
      expect(answer.body.project).toMatchObject({
        status: 'Approved (POP Received)',
        popReceived: true,
        popReceivedOn: '2025-10-10',
        popDeadline: '2025-10-20',
      });
      // The answer is the project as stored: a client can save with its version at once.
      const stored = (await api(manager).get(`/projects/${project.id}`).expect(200)).body;
      expect(stored).toMatchObject(answer.body.project);
      expect(answer.body.project.version).toBeGreaterThan(project.version);
      // A Friday's POP is cut on Monday.
      expect(answer.body.queueItem).toMatchObject({
        projectId: project.id,
        projectCode: project.code,
        clientName: 'Paying Customer',
        status: 'Queued',
        priority: 'Normal',
        scheduledDate: '2025-10-13',
        estimatedMinutes: 90,
      });
      const [{ max }] = await t.dataSource.query('SELECT max(position) AS max FROM production_queue_items');
      expect(answer.body.queueItem.position).toBe(max);
      const mail = await t.dataSource.query(
        'SELECT recipients, subject, body FROM notification_outbox WHERE dedupe_key = $1',
        [`pop:${project.id}`],
      );
      expect(mail).toEqual([
        expect.objectContaining({
          recipients: ['buyer@customer.example'],
          subject: `Payment Confirmed - ${project.code}`,
        }),
      ]);
      expect(mail[0].body).toContain('scheduled for cutting on 2025-10-13');
      const audit = await t.dataSource.query(
        'SELECT entity_type, action FROM audit_entries WHERE entity_id = ANY($1) ORDER BY id',
        [[project.id, answer.body.queueItem.id]],
      );
      expect(audit).toEqual([
        { entity_type: 'project', action: 'create' },
        { entity_type: 'project', action: 'update' },
        { entity_type: 'production_queue_item', action: 'create' },
      ]);

      const twice = await api(manager).post(`/projects/${project.id}/pop`, {}).expect(409);
      expect(twice.body.detail).toMatch(/already received/);
      const items = await t.dataSource.query('SELECT id FROM production_queue_items WHERE project_id = $1', [
        project.id,
      ]);
      expect(items).toHaveLength(1);
    });

    it('schedules past weekends and the configured holidays', async () => {
      const project = await popFor();
      const answer = await api(manager)
        .post(`/projects/${project.id}/pop`, { receivedOn: '2025-12-23' })
        .expect(200);
      expect(answer.body.queueItem.scheduledDate).toBe('2025-12-26');
      expect(answer.body.project.popDeadline).toBe('2026-01-02');
    });

    it('gives twenty POPs at the same moment twenty consecutive positions', async () => {
      const projects = await Promise.all(Array.from({ length: 20 }, () => popFor()));
      const answers = await Promise.all(projects.map((p) => api(manager).post(`/projects/${p.id}/pop`, {})));
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
      const positions = answers.map((a) => a.body.queueItem.position).sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 20 }, (_, i) => positions[0] + i));
      const [{ count, distinct }] = await t.dataSource.query(
        'SELECT count(*)::int AS count, count(DISTINCT position)::int AS distinct FROM production_queue_items',
      );
      expect(distinct).toBe(count);
    });

    it('refuses a POP for a cancelled or unknown project, and for someone without production.manage', async () => {
      const project = await popFor();
      await api(operator).post(`/projects/${project.id}/pop`, {}).expect(403);
      await api(manager).post(`/projects/${project.id}/status`, { status: 'Cancelled' }).expect(200);
      const refused = await api(manager).post(`/projects/${project.id}/pop`, {}).expect(400);
      expect(refused.body.errors).toEqual([
        { path: 'status', message: 'A project in "Cancelled" cannot receive a proof of payment' },
      ]);
      await api(manager).post('/projects/00000000-0000-4000-8000-000000000000/pop', {}).expect(404);
      await api(manager).post(`/projects/${project.id}/pop`, { receivedOn: 'yesterday' }).expect(400);
    });

    it('writes nothing when a step fails part-way', async () => {
      const project = await popFor({ estimatedCutMinutes: 13 });
      await t.dataSource.query(`
        CREATE FUNCTION refuse_unlucky_item() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.estimated_minutes = 13 THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_unlucky BEFORE INSERT ON production_queue_items
          FOR EACH ROW EXECUTE FUNCTION refuse_unlucky_item();`);
      try {
        const failed = await api(manager).post(`/projects/${project.id}/pop`, {});
        expect(failed.status).toBe(500);
        const after = await api(manager).get(`/projects/${project.id}`).expect(200);
        expect(after.body).toMatchObject({
          status: 'Request',
          popReceived: false,
          popDeadline: null,
          version: project.version,
        });
        const traces = await t.dataSource.query(
          `SELECT (SELECT count(*) FROM production_queue_items WHERE project_id = $1::uuid)::int AS items,
                  (SELECT count(*) FROM notification_outbox WHERE dedupe_key = $2)::int AS mails,
                  (SELECT count(*) FROM audit_entries WHERE entity_id = $1::text AND action <> 'create')::int AS audits`,
          [project.id, `pop:${project.id}`],
        );
        expect(traces).toEqual([{ items: 0, mails: 0, audits: 0 }]);
      } finally {
        await t.dataSource.query(
          'DROP TRIGGER refuse_unlucky ON production_queue_items; DROP FUNCTION refuse_unlucky_item()',
        );
      }
    });
  });

  describe('the queue', () => {
    const queued = async () => {
      const client = (await api(manager).post('/clients', { name: 'Queue Customer' }).expect(201)).body;
      const project = await newProject(client.id, { estimatedCutMinutes: 45 });
      return (await api(manager).post(`/projects/${project.id}/pop`, {}).expect(200)).body;
    };
    const queueAction = (who: string, id: string, action: string) =>
      api(who).post(`/queue/${id}/${action}`, {});

    it('lists active items in cutting order', async () => {
      const a = await queued();
      const b = await queued();
      const list = await api(viewer).get('/queue').expect(200);
      const positions = list.body.items.map((item: { position: number }) => item.position);
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
      const ids = list.body.items.map((item: { id: string }) => item.id);
      expect(ids.indexOf(a.queueItem.id)).toBeLessThan(ids.indexOf(b.queueItem.id));
      expect(
        list.body.items.every((item: { status: string }) => ['Queued', 'In Progress'].includes(item.status)),
      ).toBe(true);
    });

    it('starts and completes an item, moving its project with it, and pushes each change live', async () => {
      const { project, queueItem } = await queued();
      const socket = await t.connectOps(viewerToken);
      try {
        const events: ProductionQueueEvent[] = [];
        const completed = new Promise<void>((resolve) =>
          socket.on('production:queue', (event: ProductionQueueEvent) => {
            if (event.itemId !== queueItem.id) return;
            events.push(event);
            if (event.action === 'complete') resolve();
          }),
        );
        await queueAction(operator, queueItem.id, 'complete').expect(400);
        const started = await queueAction(operator, queueItem.id, 'start').expect(200);
        expect(started.body).toMatchObject({ status: 'In Progress', startedAt: expect.any(String) });
        expect((await api(viewer).get(`/projects/${project.id}`).expect(200)).body.status).toBe(
          'In Progress',
        );
        const done = await queueAction(operator, queueItem.id, 'complete').expect(200);
        expect(done.body).toMatchObject({ status: 'Completed', completedAt: expect.any(String) });
        // The answer is the item as stored, its version moved on by each action.
        const listed = (await api(viewer).get('/queue?scope=all').expect(200)).body.items;
        expect(listed.find((item: { id: string }) => item.id === queueItem.id)).toEqual(done.body);
        expect(done.body.version).toBe(queueItem.version + 2);
        const after = (await api(viewer).get(`/projects/${project.id}`).expect(200)).body;
        expect(after).toMatchObject({
          status: 'Completed',
          completionDate: dayIn(new Date(), t.app.get(AppConfig).env.SITE_TIME_ZONE),
        });
        const restart = await queueAction(operator, queueItem.id, 'start').expect(400);
        expect(restart.body.errors).toEqual([
          { path: 'status', message: 'A completed queue item cannot be started' },
        ]);
        await completed;
        expect(events.map((event) => [event.action, event.status])).toEqual([
          ['start', 'In Progress'],
          ['complete', 'Completed'],
        ]);
        const audit = await t.dataSource.query(
          "SELECT changes FROM audit_entries WHERE entity_id = $1 AND action = 'status' ORDER BY id",
          [project.id],
        );
        expect(
          audit.map((row: { changes: Record<string, { to: unknown }> }) => [
            row.changes.status.to,
            row.changes.triggeredBy.to,
          ]),
        ).toEqual([
          ['In Progress', `queue item ${queueItem.position} (start)`],
          ['Completed', `queue item ${queueItem.position} (complete)`],
        ]);
      } finally {
        socket.disconnect();
      }
    });

    const activeOrder = async () =>
      (await api(viewer).get('/queue').expect(200)).body.items.map(
        (item: { id: string }) => item.id,
      ) as string[];

    it('leaves the item and its project unchanged when the status sync fails part-way', async () => {
      const client = (await api(manager).post('/clients', { name: 'Sync Customer' }).expect(201)).body;
      const project = await newProject(client.id, { estimatedCutMinutes: 17 });
      const { queueItem } = (await api(manager).post(`/projects/${project.id}/pop`, {}).expect(200)).body;
      await t.dataSource.query(`
        CREATE FUNCTION refuse_unlucky_start() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.status = 'In Progress' AND NEW.estimated_cut_minutes = 17 THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_unlucky_start BEFORE UPDATE ON production_projects
          FOR EACH ROW EXECUTE FUNCTION refuse_unlucky_start();`);
      try {
        // The item is saved first, then its project: the project's refusal must undo the item too.
        const failed = await queueAction(operator, queueItem.id, 'start');
        expect(failed.status).toBe(500);
        const items = (await api(viewer).get('/queue?scope=all').expect(200)).body.items;
        expect(items.find((item: { id: string }) => item.id === queueItem.id)).toMatchObject({
          status: 'Queued',
          startedAt: null,
          version: queueItem.version,
        });
        expect((await api(viewer).get(`/projects/${project.id}`).expect(200)).body.status).toBe(
          'Approved (POP Received)',
        );
        const [{ starts }] = await t.dataSource.query(
          "SELECT count(*)::int AS starts FROM audit_entries WHERE entity_id = ANY($1) AND action IN ('start', 'status')",
          [[queueItem.id, project.id]],
        );
        expect(starts).toBe(0);
      } finally {
        await t.dataSource.query(
          'DROP TRIGGER refuse_unlucky_start ON production_projects; DROP FUNCTION refuse_unlucky_start()',
        );
      }
    });

    it('moves an item in the queue, keeping positions unique, and refuses a stale view with the current order', async () => {
      for (let i = 0; i < 3; i += 1) await queued();
      const before = await activeOrder();
      const last = before[before.length - 1];
      const moved = await api(manager)
        .post('/queue/reorder', { itemId: last, toIndex: 0, expectedOrder: before })
        .expect(200);
      const after = moved.body.items.map((item: { id: string }) => item.id);
      expect(after).toEqual([last, ...before.slice(0, -1)]);
      const positions = moved.body.items.map((item: { position: number }) => item.position);
      expect(positions).toEqual([...positions].sort((a: number, b: number) => a - b));
      expect(new Set(positions).size).toBe(positions.length);

      const stale = await api(manager)
        .post('/queue/reorder', { itemId: last, toIndex: 1, expectedOrder: before })
        .expect(409);
      expect(stale.body.currentOrder).toEqual(after);
      await api(operator)
        .post('/queue/reorder', { itemId: last, toIndex: 1, expectedOrder: after })
        .expect(403);
      await api(manager)
        .post('/queue/reorder', { order: after.slice(1), expectedOrder: after })
        .expect(400);
      const whole = [...after].reverse();
      await api(manager).post('/queue/reorder', { order: whole, expectedOrder: after }).expect(200);
      expect(await activeOrder()).toEqual(whole);
    });

    it('audits every item a move shifts and announces the move once', async () => {
      for (let i = 0; i < 3; i += 1) await queued();
      const items: { id: string; position: number }[] = (await api(viewer).get('/queue').expect(200)).body
        .items;
      const [{ last: lastEntry }] = await t.dataSource.query(
        'SELECT coalesce(max(id), 0)::int AS last FROM audit_entries',
      );
      const socket = await t.connectOps(viewerToken);
      try {
        const events: ProductionQueueEvent[] = [];
        const two = new Promise<void>((resolve) =>
          socket.on('production:queue', (event: ProductionQueueEvent) => {
            events.push(event);
            if (events.length === 2) resolve();
          }),
        );
        const dragged = items[items.length - 1];
        const order = items.map((item) => item.id);
        const moved = await api(manager)
          .post('/queue/reorder', { itemId: dragged.id, toIndex: 0, expectedOrder: order })
          .expect(200);
        // A second change, so that the first one's notices have all arrived before its own.
        const firstAfter = moved.body.items[1].id;
        await api(manager)
          .patch(`/queue/${firstAfter}`, { priority: 'Urgent', version: moved.body.items[1].version })
          .expect(200);
        await two;
        expect(events.map((event) => [event.action, event.itemId])).toEqual([
          ['reorder', dragged.id],
          ['update', firstAfter],
        ]);
        const audit = await t.dataSource.query(
          `SELECT entity_id AS "entityId", changes, actor_name AS "actorName" FROM audit_entries
            WHERE id > $1 AND entity_type = 'production_queue_item' AND changes ? 'position' ORDER BY id`,
          [lastEntry],
        );
        const positions = items.map((item) => item.position);
        expect(audit).toEqual(
          [dragged, ...items.slice(0, -1)].map((item, index) => ({
            entityId: item.id,
            changes: { position: { from: item.position, to: positions[index] } },
            actorName: expect.any(String),
          })),
        );
        expect(new Set(audit.map((row: { actorName: string }) => row.actorName)).size).toBe(1);
      } finally {
        socket.disconnect();
      }
    });

    it('lets one of twenty concurrent reorders of the same view through, and loses no position', async () => {
      for (let i = 0; i < 3; i += 1) await queued();
      const view = await activeOrder();
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          api(manager).post('/queue/reorder', {
            itemId: view[1 + (i % (view.length - 1))],
            toIndex: 0,
            expectedOrder: view,
          }),
        ),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(19);
      const [{ count, distinct }] = await t.dataSource.query(
        'SELECT count(*)::int AS count, count(DISTINCT position)::int AS distinct FROM production_queue_items',
      );
      expect(distinct).toBe(count);
      expect((await activeOrder()).sort()).toEqual([...view].sort());
    });

    it('deletes a client with its queue items while POPs, starts and completes run on the queue at the same moment', async () => {
      const twoClients = await Promise.all(['Going Gauges', 'Staying Sheets'].map((name) => newClient(name)));
      const [going, staying] = await Promise.all(
        twoClients.map(async (client) => {
          const projects = await Promise.all(
            Array.from({ length: 8 }, (_, i) =>
              newProject(client.id, { name: `Part ${i}`, estimatedCutMinutes: 10 }),
            ),
          );
          const popped = [];
          for (const project of projects.slice(0, 4))
            popped.push((await api(manager).post(`/projects/${project.id}/pop`, {}).expect(200)).body);
          for (const { queueItem } of popped.slice(0, 2))
            await queueAction(operator, queueItem.id, 'start').expect(200);
          return { client, waiting: projects.slice(4), popped };
        }),
      );
      const work = (side: typeof going) => [
        ...side.waiting.map((project) => api(manager).post(`/projects/${project.id}/pop`, {})),
        ...side.popped.slice(0, 2).map(({ queueItem }) => queueAction(operator, queueItem.id, 'complete')),
        ...side.popped.slice(2).map(({ queueItem }) => queueAction(operator, queueItem.id, 'start')),
      ];
      const [deletion, ...answers] = await Promise.all([
        api(manager).delete(`/clients/${going.client.id}?cascade=true`),
        ...work(staying),
        ...work(going),
      ]);
      expect(deletion.status).toBe(204);
      // The other client's work all goes through; the deleted client's either went first or finds it gone.
      expect(answers.slice(0, 8).map((answer) => answer.status)).toEqual(Array(8).fill(200));
      for (const answer of answers.slice(8)) expect([200, 404]).toContain(answer.status);
      const positions: { position: number }[] = await t.dataSource.query(
        'SELECT position FROM production_queue_items ORDER BY position',
      );
      expect(positions.map((row) => row.position)).toEqual(positions.map((_, index) => index + 1));
      const [{ left }] = await t.dataSource.query(
        'SELECT count(*)::int AS left FROM production_projects WHERE customer_id = $1',
        [going.client.id],
      );
      expect(left).toBe(0);
    });

    it("takes a deleted client's items off the queue, audited, and closes up the positions behind them", async () => {
      const before = await queued();
      const client = await newClient('Vanishing Metals');
      const popped: { project: { id: string }; queueItem: { id: string; position: number } }[] = [];
      for (const name of ['Vanishing brackets', 'Vanishing panels']) {
        const project = await newProject(client.id, { name, estimatedCutMinutes: 20 });
        popped.push((await api(manager).post(`/projects/${project.id}/pop`, {}).expect(200)).body);
      }
      await queueAction(operator, popped[1].queueItem.id, 'start').expect(200);
      const after = await queued();
      const socket = await t.connectOps(viewerToken);
      try {
        const removal = new Promise<ProductionQueueEvent>((resolve) =>
          socket.on('production:queue', (event) => {
            if (event.action === 'remove') resolve(event);
          }),
        );
        await api(manager).delete(`/clients/${client.id}?cascade=true`).expect(204);
        const event = await removal;
        expect(popped.map(({ project }) => project.id)).toContain(event.projectId);

        const positions: { id: string; position: number }[] = await t.dataSource.query(
          'SELECT id, position FROM production_queue_items ORDER BY position',
        );
        expect(positions.map((row) => row.position)).toEqual(positions.map((_, index) => index + 1));
        const gone = popped.map(({ queueItem }) => queueItem.id);
        expect(positions.filter((row) => gone.includes(row.id))).toEqual([]);
        const positionOf = (id: string) => positions.find((row) => row.id === id)?.position;
        expect(positionOf(before.queueItem.id)).toBe(before.queueItem.position);
        expect(positionOf(after.queueItem.id)).toBe(after.queueItem.position - 2);

        const audit = await t.dataSource.query(
          `SELECT entity_type AS "entityType", entity_id AS "entityId", action, changes FROM audit_entries
            WHERE entity_id = ANY($1) AND action IN ('delete', 'update') ORDER BY id`,
          [[...gone, ...popped.map(({ project }) => project.id), after.queueItem.id]],
        );
        expect(audit).toEqual(
          expect.arrayContaining([
            ...popped.flatMap(({ project, queueItem }) => [
              expect.objectContaining({
                entityType: 'production_queue_item',
                entityId: queueItem.id,
                action: 'delete',
              }),
              expect.objectContaining({ entityType: 'project', entityId: project.id, action: 'delete' }),
            ]),
            {
              entityType: 'production_queue_item',
              entityId: after.queueItem.id,
              action: 'update',
              changes: { position: { from: after.queueItem.position, to: after.queueItem.position - 2 } },
            },
          ]),
        );
        expect(audit.filter((row: { action: string }) => row.action === 'delete')).toHaveLength(4);
      } finally {
        socket.disconnect();
      }
    });

    it('reprioritises and reschedules an active item, not a finished one', async () => {
      const { queueItem } = await queued();
      const changed = await api(manager)
        .patch(`/queue/${queueItem.id}`, {
          priority: 'Urgent',
          scheduledDate: '2025-11-03',
          version: queueItem.version,
        })
        .expect(200);
      expect(changed.body).toMatchObject({
        priority: 'Urgent',
        scheduledDate: '2025-11-03',
        position: queueItem.position,
      });
      await api(manager)
        .patch(`/queue/${queueItem.id}`, { priority: 'Low', version: queueItem.version })
        .expect(409);
      await api(manager).patch(`/queue/${queueItem.id}`, { priority: 'Whenever' }).expect(400);
      await api(operator).patch(`/queue/${queueItem.id}`, { priority: 'Low' }).expect(403);
      await queueAction(manager, queueItem.id, 'cancel').expect(200);
      const finished = await api(manager).patch(`/queue/${queueItem.id}`, { priority: 'Low' }).expect(400);
      expect(finished.body.errors).toEqual([
        { path: 'status', message: 'A cancelled queue item can no longer be changed' },
      ]);
    });

    it('lets managers cancel an item (and its project), not operators or viewers', async () => {
      const { project, queueItem } = await queued();
      await queueAction(operator, queueItem.id, 'cancel').expect(403);
      await queueAction(viewer, queueItem.id, 'start').expect(403);
      await queueAction(manager, queueItem.id, 'cancel').expect(200);
      expect((await api(viewer).get(`/projects/${project.id}`).expect(200)).body.status).toBe('Cancelled');
      const all = await api(viewer).get('/queue?scope=all').expect(200);
      expect(all.body.items.find((item: { id: string }) => item.id === queueItem.id)?.status).toBe(
        'Cancelled',
      );
      const active = await api(viewer).get('/queue').expect(200);
      expect(active.body.items.some((item: { id: string }) => item.id === queueItem.id)).toBe(false);
      await api(manager).post('/queue/00000000-0000-4000-8000-000000000000/start', {}).expect(404);
    });
  });

  describe('presets and operators', () => {
    it('keeps presets per material and thickness, filters them and deactivates them', async () => {
      const steel = (await api(manager).post('/presets', preset()).expect(201)).body;
      expect(steel).toMatchObject({
        thickness: '3.00',
        gasPressureBar: '0.60',
        focusMm: '-1.50',
        active: true,
        frequencyHz: null,
      });
      await api(manager)
        .post(
          '/presets',
          preset({ name: 'Stainless 2 mm', material: 'Stainless', thickness: '2', gasType: 'N2' }),
        )
        .expect(201);
      const found = await api(operator).get('/presets?material=mild%20steel&thickness=3.00').expect(200);
      expect(found.body.items.map((p: { name: string }) => p.name)).toEqual(['Mild steel 3 mm']);
      await api(manager).patch(`/presets/${steel.id}`, { active: false, version: steel.version }).expect(200);
      const active = await api(operator).get('/presets?material=Mild%20steel&active=true').expect(200);
      expect(active.body.items).toEqual([]);
      await api(operator).post('/presets', preset()).expect(403);
    });

    it('refuses presets with impossible settings, naming the field', async () => {
      for (const [field, value] of [
        ['thickness', '0'],
        ['powerW', 0],
        ['speedMmMin', -5],
        ['gasType', 'Helium'],
        ['gasPressureBar', '-1'],
        ['nozzleMm', '1.234'],
      ] as const) {
        const refused = await api(manager)
          .post('/presets', preset({ [field]: value }))
          .expect(400);
        expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual([field]);
      }
      await api(manager).patch('/presets/00000000-0000-4000-8000-000000000000', { active: true }).expect(404);
    });

    it('keeps operator names unique and one operator per account', async () => {
      const account = await t.createUser({ roles: ['operator'], displayName: 'Olive Operator' });
      const olive = (await api(manager).post('/operators', { name: 'Olive', userId: account.id }).expect(201))
        .body;
      expect(olive).toMatchObject({
        name: 'Olive',
        userId: account.id,
        userName: 'Olive Operator',
        active: true,
      });
      // Whoever reads operators sees whose account it is, without the users list (users.manage).
      const listed = (await api(viewer).get('/operators').expect(200)).body.items;
      expect(listed.find((o: { id: string }) => o.id === olive.id)).toMatchObject({
        userName: 'Olive Operator',
      });
      const page = (await api(viewer).get(`/operators/${olive.id}`).expect(200)).body;
      expect(page).toMatchObject({ userId: account.id, userName: 'Olive Operator' });
      const sameName = await api(manager).post('/operators', { name: 'olive' }).expect(409);
      expect(sameName.body.errors).toEqual([
        { path: 'name', message: 'There is already an operator named Olive' },
      ]);
      const sameAccount = await api(manager)
        .post('/operators', { name: 'Other', userId: account.id })
        .expect(409);
      expect(sameAccount.body.errors[0].path).toBe('userId');
      await api(manager)
        .post('/operators', { name: 'Ghost', userId: '00000000-0000-4000-8000-000000000000' })
        .expect(400);
      const burst = await Promise.all(
        Array.from({ length: 5 }, () => api(manager).post('/operators', { name: 'Twin' })),
      );
      expect(burst.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      await api(manager)
        .patch(`/operators/${olive.id}`, { active: false, version: olive.version })
        .expect(200);
      const active = await api(viewer).get('/operators?active=true').expect(200);
      expect(active.body.items.map((o: { name: string }) => o.name)).not.toContain('Olive');
      await api(operator).post('/operators', { name: 'Nope' }).expect(403);
    });

    it('lets one of ten concurrent creations of "Alex" and "alex" through, refusing the others naming the name', async () => {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          api(manager).post('/operators', { name: i % 2 ? 'alex' : 'Alex' }),
        ),
      );
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
      const refused = answers.filter((answer) => answer.status !== 201);
      expect(refused.map((answer) => answer.status)).toEqual(Array(9).fill(409));
      for (const answer of refused)
        expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual(['name']);
      const [{ count }] = await t.dataSource.query(
        "SELECT count(*)::int AS count FROM production_operators WHERE lower(name) = 'alex'",
      );
      expect(count).toBe(1);
      const alex = answers.find((answer) => answer.status === 201)?.body;
      const taken = await api(manager).post('/operators', { name: 'ALEX' }).expect(409);
      expect(taken.body.errors).toEqual([
        { path: 'name', message: `There is already an operator named ${alex.name}` },
      ]);
    });

    it('links an account to one of ten operators created for it at once, refusing the others naming userId', async () => {
      const account = await t.createUser({ roles: ['operator'], displayName: 'Busy Bench' });
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          api(manager).post('/operators', { name: `Bench ${i}`, userId: account.id }),
        ),
      );
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
      const refused = answers.filter((answer) => answer.status !== 201);
      expect(refused.map((answer) => answer.status)).toEqual(Array(9).fill(409));
      for (const answer of refused)
        expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual(['userId']);
    });
  });

  describe('live updates', () => {
    it('tells every other open page who may read production of a client edit and a preset change', async () => {
      const client = await newClient('Live Laser Co');
      const steel = (
        await api(manager)
          .post('/presets', preset({ name: 'Live steel 3 mm' }))
          .expect(201)
      ).body;
      const watcher = await t.connectOps(viewerToken);
      // A technician reads maintenance and measurements, not production.
      const technician = await t.connectOps(
        (await t.login(await t.createUser({ roles: ['technician'] }))).accessToken,
      );
      try {
        const seen: ProductionChangedEvent[] = [];
        const both = new Promise<void>((resolve) =>
          watcher.on('production:changed', (event) => {
            seen.push(event);
            if (seen.length === 2) resolve();
          }),
        );
        const overheard: ProductionChangedEvent[] = [];
        technician.on('production:changed', (event) => overheard.push(event));

        await api(manager)
          .patch(`/clients/${client.id}`, { phone: '+46 8 123 456', version: client.version })
          .expect(200);
        await api(manager)
          .patch(`/presets/${steel.id}`, { active: false, version: steel.version })
          .expect(200);
        await both;
        expect(seen.map(({ entity, id, action }) => ({ entity, id, action }))).toEqual([
          { entity: 'client', id: client.id, action: 'update' },
          { entity: 'preset', id: steel.id, action: 'update' },
        ]);
        // The technician's answer to a ping comes after anything broadcast to it before: nothing was.
        await new Promise((resolve) => technician.emit('ping', resolve));
        expect(overheard).toEqual([]);
      } finally {
        watcher.disconnect();
        technician.disconnect();
      }
    });
  });
});
