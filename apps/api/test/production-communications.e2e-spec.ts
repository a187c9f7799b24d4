import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type MailCatcher, startMailCatcher } from '@factoryops/mail-catcher';
import { dayIn } from '../src/common/site-calendar.js';
import { AppConfig } from '../src/config/app-config.js';
import { QuoteExpiryReminders } from '../src/modules/production/communications/quote-expiry-reminders.js';
import { addDays } from '../src/modules/production/queue/business-days.js';
import { createTestApp, type TestApp } from './test-app.js';

const SEED_LINE = { description: 'Custom metal brackets', quantity: '1', unitPrice: '13043.48' };

/** Messages to clients (issue 15): templates and their variables, sending, history, the automations. */
describe('production: communications', () => {
  let t: TestApp;
  let catcher: MailCatcher;
  let manager: string;
  let operator: string;
  let viewer: string;
  let today: string;

  const api = (authorization: string) => t.api(authorization, '/api/v1/production');
  const newClient = async (body: object = {}) =>
    (
      await api(manager)
        .post('/clients', {
          name: `ABC Manufacturing ${Math.random().toString(36).slice(2, 7)}`,
          contactPerson: 'Thandi Mokoena',
          email: 'orders@abc.example',
          ...body,
        })
        .expect(201)
    ).body;
  const newProject = async (clientId?: string, body: object = {}) =>
    (
      await api(manager)
        .post('/projects', {
          clientId: clientId ?? (await newClient()).id,
          name: 'Custom Metal Brackets',
          dueDate: '2026-01-31',
          estimatedCutMinutes: 120,
          ...body,
        })
        .expect(201)
    ).body;
  const messagesOf = async (query: string) =>
    (await api(viewer).get(`/communications?${query}`).expect(200)).body;
  /** The message once its status is `wanted`, or as it is after 10 s (the outbox's first retry is at 5 s). */
  const statusOf = async (id: string, wanted: string) => {
    let message = (await api(viewer).get(`/communications/${id}`).expect(200)).body;
    for (let i = 0; i < 200 && message.status !== wanted; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      message = (await api(viewer).get(`/communications/${id}`).expect(200)).body;
    }
    return message;
  };
  const automation = async (key: string) =>
    (await api(viewer).get('/communications/automations').expect(200)).body.find(
      (row: { key: string }) => row.key === key,
    );
  const switchAutomation = async (key: string, enabled: boolean) =>
    api(manager).patch(`/communications/automations/${key}`, { enabled }).expect(200);

  beforeAll(async () => {
    catcher = await startMailCatcher();
    t = await createTestApp({ SITE_CURRENCY: 'ZAR', SMTP_URL: `smtp://127.0.0.1:${catcher.port}` });
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    operator = (await t.login(await t.createUser({ roles: ['operator'] }))).authorization;
    viewer = (await t.login(await t.createUser({ roles: ['viewer'] }))).authorization;
    today = dayIn(new Date(), t.app.get(AppConfig).env.SITE_TIME_ZONE);
    await api(manager)
      .patch('/settings/company', { companyName: 'Laser Works', email: 'hello@laser.example' })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
    await catcher.close();
  });

  describe('templates', () => {
    it("starts with the seed's three automated messages, each with its template, switched on", async () => {
      const automations = (await api(viewer).get('/communications/automations').expect(200)).body;
      expect(automations.map((row: { key: string; enabled: boolean }) => [row.key, row.enabled])).toEqual([
        ['pop-confirmation', true],
        ['collection-ready', true],
        ['quote-expiring', true],
      ]);
      const templates = (await api(viewer).get('/message-templates').expect(200)).body.items;
      expect(
        templates.map((template: { name: string; usedBy: string[] }) => [template.name, template.usedBy]),
      ).toEqual([
        ['Collection Ready', ['collection-ready']],
        ['POP Confirmation', ['pop-confirmation']],
        ['Quote Expiring Reminder', ['quote-expiring']],
      ]);
    });

    it('refuses an unknown variable, naming it and the field, and a name taken in another case', async () => {
      const unknown = await api(manager)
        .post('/message-templates', {
          name: 'Greeting',
          subject: 'Hello {{client_name}}',
          body: 'Your job {{job_number}} is on its way',
        })
        .expect(400);
      expect(unknown.body.errors).toEqual([
        { path: 'body', message: expect.stringContaining('Unknown variable {{job_number}}') },
      ]);
      const broken = await api(manager)
        .post('/message-templates', { name: 'Broken', subject: 'Hello {{ client_name', body: 'x' })
        .expect(400);
      expect(broken.body.errors[0].path).toBe('subject');
      await api(manager)
        .post('/message-templates', { name: 'Greeting', subject: 'Hi', body: 'Hello {{client_name}}' })
        .expect(201);
      const duplicate = await api(manager)
        .post('/message-templates', { name: 'GREETING', subject: 'Hi', body: 'Hello' })
        .expect(409);
      expect(duplicate.body.errors).toEqual([{ path: 'name', message: expect.stringContaining('GREETING') }]);
      expect(
        (
          await t.dataSource.query(
            "SELECT count(*)::int AS n FROM production_message_templates WHERE lower(name) = 'greeting'",
          )
        )[0].n,
      ).toBe(1);
    });

    it("previews a template for a project: the seed's variables filled in, a filter applied", async () => {
      const client = await newClient({ name: 'Preview Client' });
      const project = await newProject(client.id);
      const preview = await api(viewer)
        .post('/message-templates/preview', {
          subject: 'Update on {{project_code}}',
          body: 'Dear {{contact_person}}, {{project_name}} for {{client_name}} is due {{ due_date | date: "%-d %B %Y" }}. {{company_name}}',
          projectId: project.id,
        })
        .expect(200);
      expect(preview.body).toEqual({
        subject: `Update on ${project.code}`,
        body: 'Dear Thandi Mokoena, Custom Metal Brackets for Preview Client is due 31 January 2026. Laser Works',
        variables: [
          'project_code',
          'contact_person',
          'project_name',
          'client_name',
          'due_date',
          'company_name',
        ],
      });
      const withoutProject = await api(viewer)
        .post('/message-templates/preview', { subject: 'Hi', body: '{{project_code}}', clientId: client.id })
        .expect(400);
      expect(withoutProject.body.errors).toEqual([
        { path: 'projectId', message: expect.stringContaining('{{project_code}}') },
      ]);
    });

    it('keeps a template an automation sends with: not deleted, not deactivated; another one goes', async () => {
      const { template } = await automation('collection-ready');
      const deleted = await api(manager).delete(`/message-templates/${template.id}`).expect(409);
      expect(deleted.body.detail).toContain('"Collection ready" sends with this template');
      await api(manager).patch(`/message-templates/${template.id}`, { active: false }).expect(409);
      const spare = (
        await api(manager)
          .post('/message-templates', { name: 'Spare', subject: 'Spare', body: 'Spare {{client_name}}' })
          .expect(201)
      ).body;
      await api(manager).delete(`/message-templates/${spare.id}`).expect(204);
      await api(viewer).get(`/message-templates/${spare.id}`).expect(404);
      const audit = await t.dataSource.query(
        "SELECT action FROM audit_entries WHERE entity_type = 'message_template' AND entity_id = $1 ORDER BY id",
        [spare.id],
      );
      expect(audit.map((row: { action: string }) => row.action)).toEqual(['create', 'delete']);
    });

    it('lets only who sends messages write templates; viewers read them', async () => {
      await api(viewer).post('/message-templates', { name: 'X', subject: 'X', body: 'X' }).expect(403);
      await api(operator).get('/message-templates').expect(403);
      await api(viewer).get('/message-templates').expect(200);
    });
  });

  describe('sending', () => {
    it('sends a message rendered for the project to the client, kept in their history until delivered', async () => {
      const client = await newClient({ email: 'buyer@history.example' });
      const project = await newProject(client.id);
      const sent = await api(manager)
        .post('/communications', {
          clientId: client.id,
          projectId: project.id,
          subject: 'About {{project_code}}',
          body: 'Dear {{contact_person}},\n\n{{project_name}} is on the table.',
        })
        .expect(201);
      expect(sent.body).toMatchObject({
        client: { id: client.id, code: client.code, name: client.name },
        project: { id: project.id, code: project.code },
        recipient: 'buyer@history.example',
        subject: `About ${project.code}`,
        body: 'Dear Thandi Mokoena,\n\nCustom Metal Brackets is on the table.',
        automation: null,
        status: 'Pending',
      });
      expect(sent.body.sentBy).not.toBe('System');
      const delivered = await catcher.waitFor((mail) => mail.subject === `About ${project.code}`);
      expect(delivered.text).toContain('Custom Metal Brackets is on the table.');
      expect((await statusOf(sent.body.id, 'Sent')).status).toBe('Sent');
      expect((await messagesOf(`clientId=${client.id}`)).items.map((m: { id: string }) => m.id)).toEqual([
        sent.body.id,
      ]);
      expect((await messagesOf(`projectId=${project.id}&status=Sent`)).total).toBe(1);
      expect((await messagesOf(`projectId=${project.id}&status=Pending`)).total).toBe(0);
      expect((await messagesOf(`q=${encodeURIComponent(project.code)}`)).total).toBe(1);
    });

    it('shows a message Failed with the error while the mail server refuses it, then Sent once it takes it', async () => {
      const client = await newClient({ email: 'outage@history.example' });
      catcher.refuse(true);
      let sent: { id: string };
      try {
        sent = (
          await api(manager)
            .post('/communications', { clientId: client.id, subject: 'During the outage', body: 'Hello' })
            .expect(201)
        ).body;
        const failed = await statusOf(sent.id, 'Failed');
        expect(failed).toMatchObject({ status: 'Failed', attempts: 1, sentAt: null });
        expect(failed.error).toMatch(/421/);
        expect(failed.nextAttemptAt).not.toBeNull();
        expect((await messagesOf(`clientId=${client.id}&status=Failed`)).total).toBe(1);
      } finally {
        catcher.refuse(false);
      }
      // The outbox tries again 5 s later.
      const delivered = await statusOf(sent.id, 'Sent');
      expect(delivered).toMatchObject({ status: 'Sent', error: null, nextAttemptAt: null });
    }, 30_000);

    it("attaches a quote's PDF of the project, and refuses one of another project", async () => {
      const project = await newProject();
      const quote = (
        await api(manager)
          .post('/quotes', { projectId: project.id, lines: [SEED_LINE] })
          .expect(201)
      ).body;
      const sent = await api(manager)
        .post('/communications', {
          clientId: project.clientId,
          projectId: project.id,
          subject: 'Your quote',
          body: 'Attached, {{client_name}}.',
          attachment: { kind: 'quote', id: quote.id },
        })
        .expect(201);
      expect(sent.body.attachmentName).toBe(`${quote.number}.pdf`);
      const [outbox] = await t.dataSource.query(
        `SELECT o.attachments FROM notification_outbox o JOIN production_communications m ON m.outbox_message_id = o.id
          WHERE m.id = $1`,
        [sent.body.id],
      );
      expect(outbox.attachments[0]).toMatchObject({
        filename: `${quote.number}.pdf`,
        contentType: 'application/pdf',
      });
      expect(Buffer.from(outbox.attachments[0].contentBase64, 'base64').subarray(0, 5).toString()).toBe(
        '%PDF-',
      );
      const other = await newProject();
      const refused = await api(manager)
        .post('/communications', {
          clientId: other.clientId,
          projectId: other.id,
          subject: 'Wrong',
          body: 'Wrong',
          attachment: { kind: 'quote', id: quote.id },
        })
        .expect(400);
      expect(refused.body.errors).toEqual([{ path: 'attachment', message: expect.any(String) }]);
    });

    it('refuses what cannot be sent, and writes nothing', async () => {
      const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM production_communications'))[0]
        .n;
      const noEmail = await newClient({ email: '' });
      const missing = await api(manager)
        .post('/communications', { clientId: noEmail.id, subject: 'Hi', body: 'Hello' })
        .expect(400);
      expect(missing.body.errors).toEqual([
        { path: 'to', message: expect.stringContaining('no email address') },
      ]);
      const project = await newProject();
      const elsewhere = await api(manager)
        .post('/communications', {
          clientId: noEmail.id,
          projectId: project.id,
          subject: 'Hi',
          body: 'Hello',
        })
        .expect(400);
      expect(elsewhere.body.errors).toEqual([{ path: 'projectId', message: expect.any(String) }]);
      const unknown = await api(manager)
        .post('/communications', { clientId: project.clientId, subject: 'Hi', body: '{{invoice_number}}' })
        .expect(400);
      expect(unknown.body.errors[0].message).toContain('{{invoice_number}}');
      await api(manager)
        .post('/communications', {
          clientId: project.clientId,
          subject: 'Hi',
          body: 'Hello',
          templateId: '00000000-0000-4000-8000-000000000000',
        })
        .expect(404);
      await api(viewer)
        .post('/communications', { clientId: project.clientId, subject: 'Hi', body: 'Hi' })
        .expect(403);
      await api(operator).get('/communications').expect(403);
      expect(
        (await t.dataSource.query('SELECT count(*)::int AS n FROM production_communications'))[0].n,
      ).toBe(before);
    });

    it("keeps a sent quote's email in the project's messages", async () => {
      const project = await newProject();
      const quote = (
        await api(manager)
          .post('/quotes', { projectId: project.id, lines: [SEED_LINE] })
          .expect(201)
      ).body;
      await api(manager).post(`/quotes/${quote.id}/send`).expect(200);
      const messages = await messagesOf(`projectId=${project.id}`);
      expect(messages.items).toEqual([
        expect.objectContaining({
          subject: expect.stringContaining(quote.number),
          attachmentName: `${quote.number}.pdf`,
          automation: null,
        }),
      ]);
    });
  });

  describe('automations', () => {
    const popAndQueue = async (project: { id: string }) =>
      (await api(manager).post(`/projects/${project.id}/pop`, {}).expect(200)).body;

    it('confirms a POP with its template, and sends nothing once it is switched off', async () => {
      const project = await newProject();
      const pop = await popAndQueue(project);
      const [message] = (await messagesOf(`projectId=${project.id}`)).items;
      expect(message).toMatchObject({
        automation: 'pop-confirmation',
        template: { name: 'POP Confirmation' },
        sentBy: 'System',
        subject: `Payment Confirmed - ${project.code}`,
      });
      expect(message.body).toContain(`It is scheduled for cutting on ${pop.queueItem.scheduledDate}.`);
      expect(message.body).toMatch(/Laser Works$/);

      await switchAutomation('pop-confirmation', false);
      try {
        const quiet = await newProject();
        await popAndQueue(quiet);
        expect((await messagesOf(`projectId=${quiet.id}`)).total).toBe(0);
        expect(
          await t.dataSource.query('SELECT 1 FROM notification_outbox WHERE dedupe_key = $1', [
            `pop:${quiet.id}`,
          ]),
        ).toEqual([]);
      } finally {
        await switchAutomation('pop-confirmation', true);
      }
    });

    it('tells the client their project is ready for collection when the queue completes it', async () => {
      const project = await newProject();
      const { queueItem } = await popAndQueue(project);
      await api(operator).post(`/queue/${queueItem.id}/start`).expect(200);
      await api(operator).post(`/queue/${queueItem.id}/complete`).expect(200);
      const messages = (await messagesOf(`projectId=${project.id}`)).items;
      expect(messages.map((m: { automation: string }) => m.automation)).toEqual([
        'collection-ready',
        'pop-confirmation',
      ]);
      expect(messages[0].subject).toBe(`Ready for collection - ${project.code}`);
      await catcher.waitFor((mail) => mail.subject === `Ready for collection - ${project.code}`);
    });

    it('keeps a Failed message when the client has no email address, and the POP still goes through', async () => {
      const client = await newClient({ email: '' });
      const project = await newProject(client.id);
      await popAndQueue(project);
      const [message] = (await messagesOf(`projectId=${project.id}`)).items;
      expect(message).toMatchObject({
        automation: 'pop-confirmation',
        status: 'Failed',
        error: `${client.name} has no email address`,
        recipient: '',
      });
    });

    it('reminds the client of a quote 3 days before its last valid day, once, and not of a later one', async () => {
      const soon = await newProject();
      const later = await newProject();
      const quoteOf = async (projectId: string, validUntil: string) => {
        const quote = (
          await api(manager)
            .post('/quotes', { projectId, lines: [SEED_LINE], validUntil })
            .expect(201)
        ).body;
        return (await api(manager).post(`/quotes/${quote.id}/send`).expect(200)).body;
      };
      const expiring = await quoteOf(soon.id, addDays(today, 3));
      await quoteOf(later.id, addDays(today, 4));
      const reminders = t.app.get(QuoteExpiryReminders);
      await reminders.sendDue();
      await reminders.sendDue();
      const sent = (await messagesOf(`projectId=${soon.id}`)).items.filter(
        (m: { automation: string | null }) => m.automation === 'quote-expiring',
      );
      expect(sent).toHaveLength(1);
      expect(sent[0].subject).toBe(`Quote ${expiring.number} is valid until ${addDays(today, 3)}`);
      expect(sent[0].body).toContain('R 15,000.00 including VAT');
      expect(
        (await messagesOf(`projectId=${later.id}`)).items.filter(
          (m: { automation: string | null }) => m.automation === 'quote-expiring',
        ),
      ).toEqual([]);
    });

    it('switches an automation with its version, to an active template only, audited', async () => {
      const current = await automation('collection-ready');
      const inactive = (
        await api(manager)
          .post('/message-templates', { name: 'Off', subject: 'Off', body: 'Off', active: false })
          .expect(201)
      ).body;
      const refused = await api(manager)
        .patch('/communications/automations/collection-ready', { templateId: inactive.id })
        .expect(400);
      expect(refused.body.errors).toEqual([
        { path: 'templateId', message: expect.stringContaining('inactive') },
      ]);
      const off = await api(manager)
        .patch('/communications/automations/collection-ready', { enabled: false, version: current.version })
        .expect(200);
      expect(off.body).toMatchObject({ enabled: false, version: current.version + 1 });
      await api(manager)
        .patch('/communications/automations/collection-ready', { enabled: true, version: current.version })
        .expect(409);
      await api(operator)
        .patch('/communications/automations/collection-ready', { enabled: true })
        .expect(403);
      await api(manager).patch('/communications/automations/collection-ready', { enabled: true }).expect(200);
      const audit = await t.dataSource.query(
        "SELECT changes FROM audit_entries WHERE entity_type = 'message_automation' AND entity_id = 'collection-ready' ORDER BY id",
      );
      expect(audit.map((row: { changes: object }) => row.changes)).toEqual([
        { enabled: { from: true, to: false } },
        { enabled: { from: false, to: true } },
      ]);
      await api(manager).patch('/communications/automations/nonsense', { enabled: true }).expect(400);
    });
  });
});
