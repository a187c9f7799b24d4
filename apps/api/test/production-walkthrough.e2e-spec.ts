import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type MailCatcher, startMailCatcher } from '@factoryops/mail-catcher';
import request from 'supertest';
import { dayIn } from '../src/common/site-calendar.js';
import { AppConfig } from '../src/config/app-config.js';
import { partDrawing } from '../src/modules/production/design-files/part-drawing.js';
import { JobQueue } from '../src/modules/jobs/job-queue.js';
import { type FakeSage, followAuthorize, startFakeSage } from './fake-sage.js';
import { createTestApp, type TestApp } from './test-app.js';

const DRAWING = Buffer.from(partDrawing({ width: 80, height: 60, holes: [{ x: 40, y: 30, diameter: 10 }] }));

/** The seed's quote: one line of R 13,043.48, R 15,000.00 with 15 % VAT. */
const SEED_LINE = {
  description: 'Custom metal brackets, mild steel 3 mm',
  quantity: '1',
  unitPrice: '13043.48',
};

/**
 * The seed's §4.2 walk-through on a fresh shop: client → project → DXF → specs and the R 15,000.00
 * quote → POP (auto-queue, and the confirmation mailed from its template) → start (status sync) → a
 * run logged by the signed-in operator → complete → the invoice INV-<year>-001, synced to Sage
 * Accounting (its local fake) → the reports.
 */
describe('production: the seed’s walk-through from request to completed job', () => {
  let t: TestApp;
  let manager: ReturnType<TestApp['api']>;
  let managerAuthorization: string;
  let operator: ReturnType<TestApp['api']>;
  let operatorUserId: string;
  let catcher: MailCatcher;
  let sage: FakeSage;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    sage = await startFakeSage();
    t = await createTestApp({
      ...sage.env,
      SITE_CURRENCY: 'ZAR',
      VAT_RATE: '15',
      SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
    });
    managerAuthorization = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    manager = t.api(managerAuthorization, '/api/v1/production');
    const operatorUser = await t.createUser({ roles: ['operator'], displayName: 'John Smith' });
    operatorUserId = operatorUser.id;
    operator = t.api((await t.login(operatorUser)).authorization);
  });
  afterAll(async () => {
    await t.close();
    await catcher.close();
    await sage.close();
  });

  const auditOf = (ids: string[]) =>
    t.dataSource.query(
      'SELECT entity_type, entity_id, action, changes FROM audit_entries WHERE entity_id = ANY($1) ORDER BY id',
      [ids],
    );

  it('runs every step with the seed’s values, each change audited', async () => {
    const today = dayIn(new Date(), t.app.get(AppConfig).env.SITE_TIME_ZONE);
    // Step 1: the client.
    const client = (
      await manager.post('/clients', { name: 'ABC Manufacturing', email: 'orders@abc.com' }).expect(201)
    ).body;
    expect(client).toMatchObject({ code: 'CL-0001', name: 'ABC Manufacturing', email: 'orders@abc.com' });

    // Step 2: the project, a Request with its code for the client and month.
    const project = (
      await manager.post('/projects', { clientId: client.id, name: 'Custom Metal Brackets' }).expect(201)
    ).body;
    expect(project).toMatchObject({
      code: `JB-${today.slice(0, 7)}-CL0001-001`,
      status: 'Request',
      clientId: client.id,
    });

    // Step 3: the drawing.
    const file = (
      await request(t.http)
        .post(`/api/v1/production/projects/${project.id}/files`)
        .set('authorization', managerAuthorization)
        .attach('file', DRAWING, { filename: 'bracket_design.dxf', contentType: 'application/dxf' })
        .expect(201)
    ).body;
    expect(file).toMatchObject({
      name: 'bracket_design.dxf',
      kind: 'dxf',
      projectId: project.id,
      hasPreview: true,
    });

    // Step 4: material specs and the quote; the project goes to Quote & Approval.
    const specified = (
      await manager
        .patch(`/projects/${project.id}`, {
          materialType: 'Mild Steel',
          materialThickness: '3',
          sheets: 50,
          estimatedCutMinutes: 120,
          quotedPrice: '15000.00',
          quoteDate: '2025-10-20',
          version: project.version,
        })
        .expect(200)
    ).body;
    expect(specified).toMatchObject({
      materialThickness: '3.00',
      sheets: 50,
      estimatedCutMinutes: 120,
      quotedPrice: '15000.00',
    });
    const drafted = (await manager.post('/quotes', { projectId: project.id, lines: [SEED_LINE] }).expect(201))
      .body;
    expect(drafted).toMatchObject({
      number: `QT-${today.slice(0, 4)}-001`,
      total: '15000.00',
      status: 'Draft',
    });
    const sent = (await manager.post(`/quotes/${drafted.id}/send`).expect(200)).body;
    expect(sent.status).toBe('Sent');
    expect((await manager.get(`/projects/${project.id}`).expect(200)).body.status).toBe('Quote & Approval');
    const accepted = (await manager.post(`/quotes/${drafted.id}/accept`).expect(200)).body;
    expect(accepted.status).toBe('Accepted');

    // Step 5: the POP on Monday 27 October 2025: approved, deadline +10 days, queued for Tuesday, client mailed.
    const pop = (await manager.post(`/projects/${project.id}/pop`, { receivedOn: '2025-10-27' }).expect(200))
      .body;
    expect(pop.project).toMatchObject({
      status: 'Approved (POP Received)',
      popReceived: true,
      popReceivedOn: '2025-10-27',
      popDeadline: '2025-11-06',
    });
    expect(pop.queueItem).toMatchObject({
      projectId: project.id,
      status: 'Queued',
      priority: 'Normal',
      scheduledDate: '2025-10-28',
      estimatedMinutes: 120,
      position: 1,
    });
    const mail = await t.dataSource.query(
      'SELECT recipients, subject FROM notification_outbox WHERE dedupe_key = $1',
      [`pop:${project.id}`],
    );
    expect(mail).toEqual([
      { recipients: ['orders@abc.com'], subject: `Payment Confirmed - ${project.code}` },
    ]);
    // …delivered through SMTP, and kept in the project's messages as Sent.
    const delivered = await catcher.waitFor(
      (caught) => caught.subject === `Payment Confirmed - ${project.code}`,
    );
    expect(delivered.text).toContain('It is scheduled for cutting on 2025-10-28.');
    let confirmation = { status: 'Pending' };
    for (let i = 0; i < 100 && confirmation.status !== 'Sent'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      [confirmation] = (
        await manager.get(`/communications?projectId=${project.id}&q=Payment`).expect(200)
      ).body.items;
    }
    expect(confirmation).toMatchObject({
      automation: 'pop-confirmation',
      client: { id: client.id },
      project: { id: project.id },
      channel: 'Email',
      subject: `Payment Confirmed - ${project.code}`,
      status: 'Sent',
    });

    // Step 6: the operator starts the job; the project follows.
    const started = (await operator.post(`/production/queue/${pop.queueItem.id}/start`).expect(200)).body;
    expect(started.status).toBe('In Progress');
    expect(started.startedAt).not.toBeNull();
    expect((await manager.get(`/projects/${project.id}`).expect(200)).body.status).toBe('In Progress');

    // Step 7: the run, logged by the signed-in operator (who /auth/me names) with a matching preset.
    const john = (
      await manager.post('/operators', { name: 'John Smith', userId: operatorUserId }).expect(201)
    ).body;
    expect((await operator.get('/auth/me').expect(200)).body.operator).toEqual({
      id: john.id,
      name: 'John Smith',
    });
    const preset = (
      await manager
        .post('/presets', {
          name: 'MS 3 mm',
          material: 'Mild Steel',
          thickness: '3',
          powerW: 3000,
          speedMmMin: 4200,
          gasType: 'O2',
        })
        .expect(201)
    ).body;
    const run = (
      await operator
        .post('/production/laser-runs', {
          projectId: project.id,
          queueItemId: pop.queueItem.id,
          operatorId: john.id,
          presetId: preset.id,
          runDate: '2025-10-28',
          cutMinutes: 125,
          material: 'Mild Steel',
          thickness: '3',
          sheets: 50,
          parts: 200,
        })
        .expect(201)
    ).body;
    expect(run).toMatchObject({
      operatorName: 'John Smith',
      presetName: 'MS 3 mm',
      runDate: '2025-10-28',
      cutMinutes: 125,
      estimatedMinutes: 120,
      efficiency: '0.96',
      recordedBy: 'John Smith',
    });

    // Step 8: complete: the item and the project, with its completion date.
    const completed = (await operator.post(`/production/queue/${pop.queueItem.id}/complete`).expect(200))
      .body;
    expect(completed.status).toBe('Completed');
    const done = (await manager.get(`/projects/${project.id}`).expect(200)).body;
    expect(done).toMatchObject({
      status: 'Completed',
      completionDate: today,
      actualCutMinutes: 125,
      efficiency: '0.96',
    });

    // Step 9: the invoice, its lines from the accepted quote: INV-<year>-001, R 15,000.00, sent.
    const invoice = (await manager.post('/invoices', { projectId: project.id }).expect(201)).body;
    expect(invoice).toMatchObject({ number: `INV-${today.slice(0, 4)}-001`, total: '15000.00' });
    expect((await manager.post(`/invoices/${invoice.id}/send`).expect(200)).body.status).toBe('Sent');
    // …and synced to Sage Accounting once connected: a sales invoice for the client, by our number.
    const { authorizeUrl } = (await manager.post('/sage/connect').expect(200)).body;
    const { code, state } = await followAuthorize(authorizeUrl);
    await manager.post('/sage/callback', { code, state }).expect(200);
    const [business] = sage.businesses;
    await manager.post('/sage/business', { businessId: business.id }).expect(200);
    const sageSync = (await manager.post('/sage/syncs').expect(202)).body;
    await t.app.get(JobQueue).idle('sage');
    expect((await manager.get(`/sage/syncs/${sageSync.id}`).expect(200)).body.state).toBe('done');
    expect(business.salesInvoices).toEqual([
      expect.objectContaining({ reference: invoice.number, total_amount: '15000.00' }),
    ]);
    expect(business.contacts).toEqual([
      expect.objectContaining({ name: 'ABC Manufacturing', email: 'orders@abc.com' }),
    ]);

    // Step 10: the reports of October 2025: 1 run, 2.08 cut hours, 200 parts, 96 % efficient, John Smith 2.08 h.
    const october = 'from=2025-10-01&to=2025-10-31';
    const production = (await manager.get(`/reports/production?${october}`).expect(200)).body;
    expect(production.totals).toMatchObject({
      runs: 1,
      cutMinutes: 125,
      cutHours: '2.08',
      parts: 200,
      sheets: 50,
    });
    expect(production.byOperator).toEqual([
      expect.objectContaining({ name: 'John Smith', cutHours: '2.08' }),
    ]);
    const efficiency = (await manager.get(`/reports/efficiency?${october}`).expect(200)).body;
    expect(efficiency.byProject).toEqual([
      expect.objectContaining({
        code: project.code,
        estimatedMinutes: '120.00',
        actualMinutes: 125,
        class: 'good',
      }),
    ]);
    expect(efficiency.byProject[0].efficiencyPercent).toBe('96.0');

    // Every step in the audit trail, in order, the queue's status changes marked as its doing.
    const audit = await auditOf([client.id, project.id, file.id, pop.queueItem.id, run.id]);
    expect(
      audit.map((entry: { entity_type: string; action: string }) => `${entry.entity_type} ${entry.action}`),
    ).toEqual([
      'customer create',
      'project create',
      'design_file create',
      'project update',
      'project update',
      'project update',
      'project update',
      'production_queue_item create',
      'production_queue_item start',
      'project status',
      'laser_run create',
      'production_queue_item complete',
      'project status',
    ]);
    // The quote sent moved the project on to Quote & Approval with its quote date; accepted, approved it.
    expect(audit[4].changes).toMatchObject({ status: { from: 'Request', to: 'Quote & Approval' } });
    expect(audit[6].changes).toMatchObject({
      status: { from: 'Quote & Approval', to: 'Approved (POP Received)' },
      popReceived: { from: false, to: true },
      popDeadline: { from: null, to: '2025-11-06' },
    });
    const synced = audit.filter(
      (entry: { entity_type: string; action: string }) =>
        entry.entity_type === 'project' && entry.action === 'status',
    );
    expect(
      synced.map((entry: { changes: { status: { to: string }; triggeredBy?: unknown } }) => [
        entry.changes.status.to,
        Boolean(entry.changes.triggeredBy),
      ]),
    ).toEqual([
      ['In Progress', true],
      ['Completed', true],
    ]);
  });
});
