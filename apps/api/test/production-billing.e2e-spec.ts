import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type MailCatcher, startMailCatcher } from '@factoryops/mail-catcher';
import sharp from 'sharp';
import request from 'supertest';
import { dayIn } from '../src/common/site-calendar.js';
import { AppConfig } from '../src/config/app-config.js';
import { addDays } from '../src/modules/production/queue/business-days.js';
import { pdfPageTexts, savePdfPage } from './pdf-pages.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Collects a binary answer (a PDF, a PNG) whole. */
const binary = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

const SEED_LINE = {
  description: 'Custom metal brackets, mild steel 3 mm (50 sheets)',
  quantity: '1',
  unitPrice: '13043.48',
};

const ORANGE = [194, 65, 12];
const orangeLogo = () =>
  sharp({
    create: { width: 400, height: 160, channels: 4, background: { r: 194, g: 65, b: 12, alpha: 1 } },
  })
    .png()
    .toBuffer();

/** Quotes and invoices (issue 15): numbering, lifecycles, the project moved by an acceptance, PDFs, mail. */
describe('production: quotes and invoices', () => {
  let t: TestApp;
  let catcher: MailCatcher;
  let manager: string;
  let viewer: string;
  let year: number;
  let today: string;

  const api = (authorization: string) => t.api(authorization, '/api/v1/production');
  const newClient = async (body: object = {}) =>
    (
      await api(manager)
        .post('/clients', { name: 'ABC Manufacturing', email: 'orders@abc.example', ...body })
        .expect(201)
    ).body;
  const newProject = async (clientId?: string) =>
    (
      await api(manager)
        .post('/projects', { clientId: clientId ?? (await newClient()).id, name: 'Custom Metal Brackets' })
        .expect(201)
    ).body;
  const newQuote = async (projectId: string, lines: object[] = [SEED_LINE]) =>
    (await api(manager).post('/quotes', { projectId, lines }).expect(201)).body;
  const sentQuote = async (projectId: string) => {
    const quote = await newQuote(projectId);
    return (await api(manager).post(`/quotes/${quote.id}/send`).expect(200)).body;
  };
  const acceptedQuote = async (projectId: string) => {
    const quote = await sentQuote(projectId);
    return (await api(manager).post(`/quotes/${quote.id}/accept`).expect(200)).body;
  };
  const newInvoice = async (projectId: string, body: object = { lines: [SEED_LINE] }) =>
    (
      await api(manager)
        .post('/invoices', { projectId, ...body })
        .expect(201)
    ).body;
  const sentInvoice = async (projectId: string) => {
    const invoice = await newInvoice(projectId);
    return (await api(manager).post(`/invoices/${invoice.id}/send`).expect(200)).body;
  };
  const pdfOf = async (path: string) => {
    const response = await api(viewer).get(path).buffer(true).parse(binary).expect(200);
    return { response, pdf: response.body as Buffer };
  };
  const uploadLogo = (data: Buffer) =>
    request(t.http)
      .post('/api/v1/production/settings/company/logo')
      .set('authorization', manager)
      .attach('file', data, { filename: 'logo.png', contentType: 'image/png' });
  /** The colour in the top left corner of a PDF's first page, where the logo goes (saved as `name`). */
  const logoCorner = async (pdf: Buffer, name: string) => {
    const { data, info } = await sharp(await savePdfPage(pdf, 0, name))
      .extract({ left: 110, top: 110, width: 20, height: 20 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    return [data[0], data[1], data[2]];
  };
  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const outboxOf = (dedupeKey: string) =>
    t.dataSource.query(
      'SELECT recipients, subject, body, attachments FROM notification_outbox WHERE dedupe_key = $1',
      [dedupeKey],
    );

  beforeAll(async () => {
    catcher = await startMailCatcher();
    t = await createTestApp({
      SITE_CURRENCY: 'ZAR',
      VAT_RATE: '15',
      SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
    });
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    viewer = (await t.login(await t.createUser({ roles: ['viewer'] }))).authorization;
    today = dayIn(new Date(), t.app.get(AppConfig).env.SITE_TIME_ZONE);
    year = Number(today.slice(0, 4));
    await api(manager)
      .patch('/settings/company', {
        companyName: 'Laser Works (Pty) Ltd',
        address: '1 Factory Lane, Midrand',
        vatNumber: '4123456789',
        bankDetails: 'FNB · Account 62000000000 · Branch 250655',
      })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
    await catcher.close();
  });

  describe('quotes', () => {
    it("drafts the seed's quote: QT-<year>-001, R 15,000.00 with 15 % VAT worked out on the subtotal, valid 30 days", async () => {
      const project = await newProject();
      const quote = await newQuote(project.id);
      expect(quote).toMatchObject({
        number: `QT-${year}-001`,
        status: 'Draft',
        projectCode: project.code,
        clientName: 'ABC Manufacturing',
        currency: 'ZAR',
        vatRate: '15.00',
        subtotal: '13043.48',
        vat: '1956.52',
        total: '15000.00',
        validUntil: addDays(today, 30),
        sentAt: null,
      });
      expect(quote.lines).toEqual([
        {
          ...SEED_LINE,
          position: 0,
          quantity: '1.00',
          productId: null,
          productSku: null,
          lineTotal: '13043.48',
        },
      ]);
    });

    it('numbers twenty quotes created at once in sequence, none twice', async () => {
      const project = await newProject();
      const before = await count('production_quotes');
      const created = await Promise.all(
        Array.from({ length: 20 }, () =>
          api(manager).post('/quotes', { projectId: project.id, lines: [SEED_LINE] }),
        ),
      );
      expect(created.map((response) => response.status)).toEqual(Array(20).fill(201));
      const numbers = created.map((response) => response.body.number).sort();
      expect(numbers).toEqual(
        Array.from({ length: 20 }, (_, i) => `QT-${year}-${String(before + i + 1).padStart(3, '0')}`),
      );
    });

    it('refuses bad lines naming the field, and writes nothing', async () => {
      const project = await newProject();
      const quotes = await count('production_quotes');
      const lines = await count('production_billing_lines');
      const bad = async (line: object, path: string, message: string) => {
        const answer = await api(manager)
          .post('/quotes', { projectId: project.id, lines: [SEED_LINE, { ...SEED_LINE, ...line }] })
          .expect(400);
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(answer.body.errors).toContainEqual({ path, message });
      };
      await bad(
        { quantity: '-2' },
        'lines.1.quantity',
        'A quantity above 0 with at most 2 decimals, like 2.50',
      );
      await bad({ quantity: '0' }, 'lines.1.quantity', 'The quantity must be above 0');
      await bad(
        { quantity: '1.255' },
        'lines.1.quantity',
        'A quantity above 0 with at most 2 decimals, like 2.50',
      );
      await bad(
        { unitPrice: '19.999' },
        'lines.1.unitPrice',
        'A positive amount with at most 2 decimals, like 1250.00',
      );
      await bad(
        { unitPrice: '-5.00' },
        'lines.1.unitPrice',
        'A positive amount with at most 2 decimals, like 1250.00',
      );
      await bad({ description: ' ' }, 'lines.1.description', 'Describe the line');
      const unknown = '00000000-0000-4000-8000-000000000000';
      await bad({ productId: unknown }, 'lines.1.productId', `There is no product ${unknown}`);
      const huge = await api(manager)
        .post('/quotes', {
          projectId: project.id,
          lines: [{ ...SEED_LINE, quantity: '9999999', unitPrice: '99999999.99' }],
        })
        .expect(400);
      expect(huge.body.errors[0].path).toBe('lines');
      await api(manager)
        .post('/quotes', { projectId: project.id, lines: [], validUntil: addDays(today, -1) })
        .expect(400);
      expect([await count('production_quotes'), await count('production_billing_lines')]).toEqual([
        quotes,
        lines,
      ]);
    });

    it('takes a line from the catalogue with its SKU', async () => {
      const product = (
        await api(manager)
          .post('/products', { sku: 'SKU-0101', name: 'Gusset plate', unitPrice: '42.50' })
          .expect(201)
      ).body;
      const quote = await newQuote((await newProject()).id, [
        { productId: product.id, description: 'Gusset plate', quantity: '2.5', unitPrice: '42.50' },
      ]);
      expect(quote.lines[0]).toMatchObject({ productSku: 'SKU-0101', quantity: '2.50', lineTotal: '106.25' });
      expect(quote).toMatchObject({ subtotal: '106.25', vat: '15.94', total: '122.19' });
    });

    it('edits a draft, then sends it: the PDF mailed to the client, the project on to "Quote & Approval"', async () => {
      const project = await newProject();
      const draft = await newQuote(project.id);
      const edited = await api(manager)
        .patch(`/quotes/${draft.id}`, {
          lines: [SEED_LINE, { description: 'Deburring', quantity: '50', unitPrice: '10.00' }],
          notes: 'Collection from the workshop.',
          version: draft.version,
        })
        .expect(200);
      expect(edited.body).toMatchObject({ subtotal: '13543.48', vat: '2031.52', total: '15575.00' });
      await api(manager).patch(`/quotes/${draft.id}`, { notes: 'stale', version: draft.version }).expect(409);

      const sent = await api(manager).post(`/quotes/${draft.id}/send`).expect(200);
      expect(sent.body).toMatchObject({ status: 'Sent', total: '15575.00' });
      const [mail] = await outboxOf(`quote-sent:${draft.number}`);
      expect(mail.recipients).toEqual(['orders@abc.example']);
      expect(mail.subject).toBe(`Quote ${draft.number} - ${project.code} (Custom Metal Brackets)`);
      expect(mail.body).toContain('R 15,575.00 including VAT');
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0]).toMatchObject({
        filename: `${draft.number}.pdf`,
        contentType: 'application/pdf',
      });
      // Delivered by SMTP with the PDF attached, as the client receives it.
      const delivered = await catcher.waitFor((caught) => caught.subject === mail.subject);
      expect(delivered.to).toEqual(['orders@abc.example']);
      expect(delivered.attachments.map((file) => [file.filename, file.contentType])).toEqual([
        [`${draft.number}.pdf`, 'application/pdf'],
      ]);
      expect((await pdfPageTexts(delivered.attachments[0].content)).join('\n')).toContain('R 15,575.00');

      const moved = (await api(viewer).get(`/projects/${project.id}`).expect(200)).body;
      expect(moved).toMatchObject({ status: 'Quote & Approval', quoteDate: today });

      const again = await api(manager).post(`/quotes/${draft.id}/send`).expect(400);
      expect(again.body.detail).toBe(
        `${draft.number} is Sent: it cannot be sent (only a document that is Draft can)`,
      );
      const change = await api(manager).patch(`/quotes/${draft.id}`, { notes: 'too late' }).expect(409);
      expect(change.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(change.body.detail).toBe(
        `${draft.number} is Sent: only a draft quote can be changed — make a new quote instead`,
      );
      await api(manager).delete(`/quotes/${draft.id}`).expect(409);
    });

    it('does not send a quote without lines or without an address to send it to', async () => {
      const empty = (
        await api(manager)
          .post('/quotes', { projectId: (await newProject()).id })
          .expect(201)
      ).body;
      const noLines = await api(manager).post(`/quotes/${empty.id}/send`).expect(400);
      expect(noLines.body.errors[0].path).toBe('lines');
      const silent = await newClient({ name: 'No Mail Ltd', email: '' });
      const quote = await newQuote((await newProject(silent.id)).id);
      const noEmail = await api(manager).post(`/quotes/${quote.id}/send`).expect(400);
      expect(noEmail.body.errors).toEqual([
        {
          path: 'to',
          message: 'No Mail Ltd has no email address: add one to the client, or say where to send the quote',
        },
      ]);
      expect((await api(viewer).get(`/quotes/${quote.id}`)).body.status).toBe('Draft');
      const elsewhere = await api(manager)
        .post(`/quotes/${quote.id}/send`, { to: 'buyer@nomail.example' })
        .expect(200);
      expect(elsewhere.body.status).toBe('Sent');
      expect((await outboxOf(`quote-sent:${quote.number}`))[0].recipients).toEqual(['buyer@nomail.example']);
    });

    it('accepting approves the project with the quote (audited together), ready for its proof of payment', async () => {
      const project = await newProject();
      const quote = await sentQuote(project.id);
      const other = await sentQuote(project.id);
      const accepted = await api(manager)
        .post(`/quotes/${quote.id}/accept`, { version: quote.version })
        .expect(200);
      expect(accepted.body).toMatchObject({ status: 'Accepted' });
      expect(accepted.body.decidedAt).not.toBeNull();
      const approved = (await api(viewer).get(`/projects/${project.id}`)).body;
      expect(approved).toMatchObject({
        status: 'Quote & Approval',
        approvalDate: today,
        quotedPrice: '15000.00',
      });
      const audit = await t.dataSource.query(
        "SELECT entity_type, action, changes, request_id FROM audit_entries WHERE entity_id = ANY($1) AND action IN ('status', 'update') ORDER BY id DESC LIMIT 2",
        [[quote.id, project.id]],
      );
      expect(audit.map((entry: { entity_type: string }) => entry.entity_type).sort()).toEqual([
        'production_quote',
        'project',
      ]);
      expect(audit[0].request_id).toBe(audit[1].request_id);
      expect(
        audit.find((entry: { entity_type: string }) => entry.entity_type === 'project').changes,
      ).toMatchObject({
        approvalDate: { from: null, to: today },
        quotedPrice: { from: null, to: '15000.00' },
      });

      const second = await api(manager).post(`/quotes/${other.id}/accept`).expect(409);
      expect(second.body.detail).toBe(
        `${project.code} already has an accepted quote, ${quote.number}: only one quote of a project is accepted`,
      );
      expect((await api(viewer).get(`/quotes/${other.id}`)).body.status).toBe('Sent');
      await api(manager).post(`/quotes/${other.id}/decline`).expect(200);
      const pop = await api(manager).post(`/projects/${project.id}/pop`).expect(200);
      expect(pop.body.project.status).toBe('Approved (POP Received)');
    });

    it('is Expired the day after its validity: it cannot be accepted any more, only declined', async () => {
      const project = await newProject();
      const quote = await sentQuote(project.id);
      await t.dataSource.query('UPDATE production_quotes SET valid_until = $2 WHERE id = $1', [
        quote.id,
        addDays(today, -1),
      ]);
      expect((await api(viewer).get(`/quotes/${quote.id}`)).body.status).toBe('Expired');
      const expired = (await api(viewer).get(`/quotes?status=Expired&projectId=${project.id}`)).body;
      expect(expired.items.map((q: { number: string }) => q.number)).toEqual([quote.number]);
      expect((await api(viewer).get(`/quotes?status=Sent&projectId=${project.id}`)).body.total).toBe(0);
      const accept = await api(manager).post(`/quotes/${quote.id}/accept`).expect(400);
      expect(accept.body.detail).toBe(
        `${quote.number} is Expired: it cannot be accepted (only a document that is Sent can)`,
      );
      expect((await api(viewer).get(`/projects/${project.id}`)).body.approvalDate).toBeNull();
      await api(manager).post(`/quotes/${quote.id}/decline`).expect(200);
      expect((await api(viewer).get(`/quotes/${quote.id}`)).body.status).toBe('Declined');
    });

    it('lists quotes by status, client and text', async () => {
      const client = await newClient({ name: 'Zebra Cutting CC' });
      const project = await newProject(client.id);
      const draft = await newQuote(project.id);
      const sent = await sentQuote(project.id);
      const byClient = (await api(viewer).get(`/quotes?clientId=${client.id}&sort=createdAt`)).body;
      expect(byClient.items.map((q: { number: string }) => q.number)).toEqual([draft.number, sent.number]);
      const drafts = (await api(viewer).get(`/quotes?q=zebra&status=Draft`)).body;
      expect(drafts.items.map((q: { number: string }) => q.number)).toEqual([draft.number]);
      expect((await api(viewer).get(`/quotes?q=${sent.number}`)).body.total).toBe(1);
      await api(viewer).get('/quotes?status=Lost').expect(400);
    });
  });

  describe('invoices', () => {
    it("makes the seed's invoice from the accepted quote: INV-<year>-001, R 15,000.00, due in 30 days", async () => {
      const project = await newProject();
      const quote = await acceptedQuote(project.id);
      const invoice = (await api(manager).post('/invoices', { projectId: project.id }).expect(201)).body;
      expect(invoice).toMatchObject({
        number: `INV-${year}-001`,
        status: 'Draft',
        quoteNumber: quote.number,
        issueDate: today,
        dueDate: addDays(today, 30),
        total: '15000.00',
        vat: '1956.52',
      });
      expect(invoice.lines.map((line: { description: string }) => line.description)).toEqual([
        SEED_LINE.description,
      ]);
    });

    it('asks for lines when the project has no accepted quote', async () => {
      const project = await newProject();
      await sentQuote(project.id);
      const answer = await api(manager).post('/invoices', { projectId: project.id }).expect(400);
      expect(answer.body.errors).toEqual([
        {
          path: 'lines',
          message: `${project.code} has no accepted quote to take the lines from: enter the invoice's lines`,
        },
      ]);
      await api(manager)
        .post('/invoices', {
          projectId: project.id,
          lines: [SEED_LINE],
          issueDate: today,
          dueDate: addDays(today, -1),
        })
        .expect(400);
    });

    it('numbers twenty invoices created at once without a gap, also when creations fail among them', async () => {
      const project = await newProject();
      const before = (
        await t.dataSource.query(
          'SELECT coalesce(max(sequence), 0) AS last FROM production_invoices WHERE year = $1',
          [year],
        )
      )[0].last;
      const unknown = '00000000-0000-4000-8000-000000000000';
      const calls = Array.from({ length: 24 }, (_, i) =>
        api(manager).post('/invoices', {
          projectId: project.id,
          lines: [i % 6 === 5 ? { ...SEED_LINE, productId: unknown } : SEED_LINE],
        }),
      );
      const answers = await Promise.all(calls);
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(20);
      expect(answers.filter((answer) => answer.status === 400)).toHaveLength(4);
      const sequences = answers
        .filter((answer) => answer.status === 201)
        .map((answer) => Number(answer.body.number.split('-')[2]))
        .sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => Number(before) + i + 1));
    });

    it('never changes a sent invoice (409 saying what to do), and leaves it as it was', async () => {
      const invoice = await sentInvoice((await newProject()).id);
      const [mail] = await outboxOf(`invoice-sent:${invoice.number}`);
      expect(mail.body).toContain(`Please use ${invoice.number} as the payment reference.`);
      for (const change of [
        { lines: [{ ...SEED_LINE, unitPrice: '1.00' }] },
        { dueDate: addDays(today, 60) },
        { notes: 'x' },
      ]) {
        const answer = await api(manager).patch(`/invoices/${invoice.id}`, change).expect(409);
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(answer.body.detail).toBe(
          `${invoice.number} is Sent: a sent invoice is never changed — cancel it and issue a replacement`,
        );
      }
      const after = (await api(viewer).get(`/invoices/${invoice.id}`)).body;
      expect(after).toMatchObject({
        total: invoice.total,
        dueDate: invoice.dueDate,
        notes: '',
        version: invoice.version,
      });
      await api(manager).delete(`/invoices/${invoice.id}`).expect(404);
    });

    it('cancels a sent invoice and replaces it under the next number; both stay, both audited', async () => {
      const invoice = await sentInvoice((await newProject()).id);
      const noReason = await api(manager).post(`/invoices/${invoice.id}/replace`, { reason: '' }).expect(400);
      expect(noReason.body.errors[0].path).toBe('reason');
      const replaced = await api(manager)
        .post(`/invoices/${invoice.id}/replace`, { reason: 'Wrong VAT number on the client' })
        .expect(200);
      const { cancelled, replacement } = replaced.body;
      expect(cancelled).toMatchObject({
        number: invoice.number,
        status: 'Cancelled',
        cancelReason: 'Wrong VAT number on the client',
        replacedById: replacement.id,
        replacedByNumber: replacement.number,
      });
      expect(replacement).toMatchObject({
        status: 'Draft',
        replacesId: invoice.id,
        replacesNumber: invoice.number,
        total: invoice.total,
        lines: invoice.lines,
      });
      expect(Number(replacement.number.split('-')[2])).toBeGreaterThan(Number(invoice.number.split('-')[2]));
      const audit = await t.dataSource.query(
        'SELECT entity_id, action, changes FROM audit_entries WHERE entity_id = ANY($1) ORDER BY id',
        [[invoice.id, replacement.id]],
      );
      expect(
        audit.map((entry: { entity_id: string; action: string }) => [entry.entity_id, entry.action]),
      ).toEqual([
        [invoice.id, 'create'],
        [invoice.id, 'status'],
        [replacement.id, 'create'],
        [invoice.id, 'status'],
      ]);
      expect(audit[3].changes).toMatchObject({
        status: { from: 'Sent', to: 'Cancelled' },
        cancelReason: { to: 'Wrong VAT number on the client' },
      });
      expect(audit[2].changes.replacesId).toEqual({ from: null, to: invoice.id });
      await api(manager).post(`/invoices/${invoice.id}/replace`, { reason: 'again' }).expect(400);
      const pdf = await pdfOf(`/invoices/${replacement.id}/pdf`);
      expect((await pdfPageTexts(pdf.pdf)).join('\n')).toContain(`Replaces invoice ${invoice.number}.`);
    });

    it('is Overdue past its due date, and paid from there', async () => {
      const project = await newProject();
      const invoice = await sentInvoice(project.id);
      await t.dataSource.query('UPDATE production_invoices SET due_date = $2 WHERE id = $1', [
        invoice.id,
        addDays(today, -1),
      ]);
      expect((await api(viewer).get(`/invoices/${invoice.id}`)).body.status).toBe('Overdue');
      const overdue = (await api(viewer).get(`/invoices?status=Overdue&projectId=${project.id}`)).body;
      expect(overdue.items.map((i: { id: string }) => i.id)).toEqual([invoice.id]);
      const paid = await api(manager).post(`/invoices/${invoice.id}/pay`, { paidOn: today }).expect(200);
      expect(paid.body).toMatchObject({ status: 'Paid', paidOn: today });
      await api(manager).post(`/invoices/${invoice.id}/cancel`, { reason: 'Changed our mind' }).expect(400);
      const draft = await newInvoice(project.id);
      await api(manager).post(`/invoices/${draft.id}/pay`).expect(400);
      const cancelled = await api(manager)
        .post(`/invoices/${draft.id}/cancel`, { reason: 'Duplicate' })
        .expect(200);
      expect(cancelled.body.status).toBe('Cancelled');
    });

    it("lists a client's invoices over its projects, and only theirs", async () => {
      const client = await newClient({ name: 'Kudu Steel' });
      const first = await newInvoice((await newProject(client.id)).id);
      const second = await sentInvoice((await newProject(client.id)).id);
      await newInvoice((await newProject()).id);
      const byClient = (await api(viewer).get(`/invoices?clientId=${client.id}`).expect(200)).body;
      expect(byClient.total).toBe(2);
      expect(byClient.items.map((i: { number: string }) => i.number)).toEqual([second.number, first.number]);
      const sent = (await api(viewer).get(`/invoices?clientId=${client.id}&status=Sent`)).body;
      expect(sent.items.map((i: { number: string }) => i.number)).toEqual([second.number]);
      const bad = await api(viewer).get('/invoices?clientId=kudu').expect(400);
      expect(bad.body.errors[0].path).toBe('clientId');
    });

    it('keeps a client whose projects were invoiced', async () => {
      const client = await newClient({ name: 'Invoiced Client' });
      await newInvoice((await newProject(client.id)).id);
      const answer = await api(manager).delete(`/clients/${client.id}?cascade=true`).expect(409);
      expect(answer.body.detail).toBe(
        'Invoiced Client has 1 invoice: invoices are kept, so the client and its projects cannot be deleted',
      );
      await api(viewer).get(`/clients/${client.id}`).expect(200);
    });
  });

  describe('PDFs', () => {
    it('prints the company, the client, the lines, the figures in rand and the page number', async () => {
      const project = await newProject();
      const quote = await newQuote(project.id);
      const { response, pdf } = await pdfOf(`/quotes/${quote.id}/pdf`);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="${quote.number}.pdf"; filename*=UTF-8''${quote.number}.pdf`,
      );
      const [page] = await pdfPageTexts(pdf);
      for (const text of [
        'Laser Works (Pty) Ltd',
        '1 Factory Lane, Midrand',
        'VAT No. 4123456789',
        'QUOTE',
        quote.number,
        'DRAFT',
        'ABC Manufacturing',
        'orders@abc.example',
        project.code,
        SEED_LINE.description,
        'R 13,043.48',
        'VAT (15 %)',
        'R 1,956.52',
        'Total (ZAR)',
        'R 15,000.00',
        'FNB · Account 62000000000 · Branch 250655',
        `Reference: ${quote.number}`,
        'Page 1 of 1',
      ])
        expect(page).toContain(text);
      await savePdfPage(pdf, 0, 'quote-pdf-page-1.png');
    });

    it('continues a long quote over pages, each numbered, the totals once at the end', async () => {
      const lines = Array.from({ length: 70 }, (_, i) => ({
        description: `Part ${i + 1}: ${i % 5 === 0 ? 'laser cut, folded twice and deburred, in mild steel 3 mm, as drawn in the customer’s revision C' : 'bracket'}`,
        quantity: '3',
        unitPrice: '10.00',
      }));
      const quote = await newQuote((await newProject()).id, lines);
      expect(quote.total).toBe('2415.00');
      const pages = await pdfPageTexts((await pdfOf(`/quotes/${quote.id}/pdf`)).pdf);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      pages.forEach((text, index) => {
        expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
      });
      expect(pages[1]).toContain(`${quote.number} (continued)`);
      expect(pages.join('\n').match(/Total \(ZAR\)/g)).toHaveLength(1);
      expect(pages.at(-1)).toContain('R 2,415.00');
      for (const i of [1, 35, 70]) expect(pages.join('\n')).toContain(`Part ${i}:`);
      await savePdfPage((await pdfOf(`/quotes/${quote.id}/pdf`)).pdf, 1, 'quote-pdf-page-2.png');
    });

    it('prints the logo uploaded in the settings, and refuses a file that is not an image', async () => {
      const uploaded = await uploadLogo(await orangeLogo());
      expect(uploaded.status).toBe(200);
      expect(uploaded.body.logoSha256).toMatch(/^[0-9a-f]{64}$/);
      const served = await api(viewer).get('/settings/company/logo').buffer(true).parse(binary).expect(200);
      expect((await sharp(served.body).metadata()).format).toBe('png');
      const fake = await uploadLogo(Buffer.from('not a picture'));
      expect(fake.status).toBe(400);
      expect(fake.body.errors[0].path).toBe('file');

      const invoice = await sentInvoice((await newProject()).id);
      const { pdf } = await pdfOf(`/invoices/${invoice.id}/pdf`);
      const [page] = await pdfPageTexts(pdf);
      for (const text of ['INVOICE', invoice.number, 'BILL TO', 'Issued', 'Due', 'R 15,000.00'])
        expect(page).toContain(text);
      expect(page).not.toContain('DRAFT');
      // The logo's orange in the top left corner of the rendered page.
      expect(await logoCorner(pdf, 'invoice-pdf-page-1.png')).toEqual(ORANGE);
      await api(manager).delete('/settings/company/logo').expect(200);
    });

    it('keeps the PDF a document was sent with: later company details show on drafts only', async () => {
      const quote = await sentQuote((await newProject()).id);
      const invoice = await sentInvoice((await newProject()).id);
      const settings = (await api(viewer).get('/settings/company').expect(200)).body;
      await api(manager)
        .patch('/settings/company', { companyName: 'Renamed Cutting Ltd', version: settings.version })
        .expect(200);
      expect((await uploadLogo(await orangeLogo())).status).toBe(200);
      try {
        for (const [path, dedupeKey] of [
          [`/quotes/${quote.id}/pdf`, `quote-sent:${quote.number}`],
          [`/invoices/${invoice.id}/pdf`, `invoice-sent:${invoice.number}`],
        ]) {
          const { pdf } = await pdfOf(path);
          const text = (await pdfPageTexts(pdf)).join('\n');
          expect(text).toContain('Laser Works (Pty) Ltd');
          expect(text).not.toContain('Renamed Cutting Ltd');
          expect(await logoCorner(pdf, 'sent-pdf-as-sent.png')).not.toEqual(ORANGE);
          // The very PDF the client was mailed.
          const [mail] = await outboxOf(dedupeKey);
          expect(pdf.equals(Buffer.from(mail.attachments[0].contentBase64, 'base64'))).toBe(true);
        }
        // Accepted, it still downloads as sent.
        await api(manager).post(`/quotes/${quote.id}/accept`).expect(200);
        expect((await pdfPageTexts((await pdfOf(`/quotes/${quote.id}/pdf`)).pdf)).join('\n')).toContain(
          'Laser Works (Pty) Ltd',
        );
        // A draft, and an invoice's replacement until it is sent, print today's details.
        const { replacement } = (
          await api(manager).post(`/invoices/${invoice.id}/replace`, { reason: 'Renamed' }).expect(200)
        ).body;
        for (const path of [
          `/quotes/${(await newQuote(quote.projectId)).id}/pdf`,
          `/invoices/${replacement.id}/pdf`,
        ]) {
          const { pdf } = await pdfOf(path);
          expect((await pdfPageTexts(pdf)).join('\n')).toContain('Renamed Cutting Ltd');
          expect(await logoCorner(pdf, 'draft-pdf-live.png')).toEqual(ORANGE);
        }
        const cancelled = (await pdfPageTexts((await pdfOf(`/invoices/${invoice.id}/pdf`)).pdf)).join('\n');
        expect(cancelled).toContain('Laser Works (Pty) Ltd');
      } finally {
        await api(manager).delete('/settings/company/logo').expect(200);
        await api(manager).patch('/settings/company', { companyName: 'Laser Works (Pty) Ltd' }).expect(200);
      }
    });
  });
});
