import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SageChangedEvent, SageStatus, SageSync, SageSyncCall } from '@factoryops/contracts';
import { JobQueue } from '../src/modules/jobs/job-queue.js';
import { type FakeSage, followAuthorize, startFakeSage } from './fake-sage.js';
import { createTestApp, type TestApp } from './test-app.js';

const REDIRECT = 'http://127.0.0.1:5999/production/accounting/callback';
const LINE = { description: 'Custom metal brackets, mild steel 3 mm', quantity: '1', unitPrice: '13043.48' };

/** Sage Accounting sync (issue 15) against the local fake of Sage's OAuth server and API v3.1. */
describe('production: Sage Accounting', () => {
  let t: TestApp;
  let fake: FakeSage;
  let admin: string;
  let adminToken: string;
  let manager: string;
  const BUSINESS = 'biz-laser-os-za';

  const sage = (authorization = admin) => t.api(authorization, '/api/v1/production/sage');
  const production = (authorization = manager) => t.api(authorization, '/api/v1/production');
  const connectionRows = () => t.dataSource.query('SELECT * FROM sage_connections');
  const salesInvoicesOf = (reference: string) =>
    fake.businesses[0].salesInvoices.filter((invoice) => invoice.reference === reference);

  /** Follows the authorize URL at the fake like a browser would; answers what Sage hands the callback. */
  const authorize = async (authorizeUrl: string) => {
    const { callback, code, state } = await followAuthorize(authorizeUrl);
    expect(callback).toBe(REDIRECT);
    return { code, state };
  };

  const connect = async () => {
    const { authorizeUrl } = (await sage().post('/connect').expect(200)).body;
    const callback = await authorize(authorizeUrl);
    return (await sage().post('/callback', callback).expect(200)).body as SageStatus;
  };
  /** Runs a sync to its end and answers it (done or failed). */
  const sync = async (): Promise<SageSync> => {
    const started = (await sage(manager).post('/syncs').expect(202)).body as SageSync;
    expect(started.state).toBe('queued');
    await t.app.get(JobQueue).idle('sage');
    return (await sage(manager).get(`/syncs/${started.id}`).expect(200)).body;
  };
  const callsOf = async (syncId: string): Promise<SageSyncCall[]> =>
    (await sage().get(`/syncs/${syncId}/calls?pageSize=200`).expect(200)).body.items;
  const sentInvoice = async (clientId: string) => {
    const project = (
      await production().post('/projects', { clientId, name: 'Custom Metal Brackets' }).expect(201)
    ).body;
    const invoice = (
      await production()
        .post('/invoices', { projectId: project.id, lines: [LINE] })
        .expect(201)
    ).body;
    return (await production().post(`/invoices/${invoice.id}/send`).expect(200)).body;
  };

  beforeAll(async () => {
    fake = await startFakeSage();
    t = await createTestApp({ ...fake.env, SAGE_REDIRECT_URL: REDIRECT, SAGE_BACKOFF_MS: '20' });
    const login = await t.login(await t.createUser({ roles: ['admin'] }));
    admin = login.authorization;
    adminToken = login.accessToken;
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('is configured but not connected at first, and a sync is refused', async () => {
    const status = (await sage().get('').expect(200)).body;
    expect(status).toMatchObject({ configured: true, connected: false, business: null, lastSync: null });
    const refused = await sage().post('/syncs').expect(409);
    expect(refused.body.detail).toMatch(/not connected/);
  });

  it('refuses a callback whose state was not issued here, and stores nothing', async () => {
    const { authorizeUrl } = (await sage().post('/connect').expect(200)).body;
    const { code } = await authorize(authorizeUrl);
    const wrong = await sage().post('/callback', { code, state: 'made-up-state' }).expect(400);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.body.errors).toEqual([{ path: 'state', message: expect.stringMatching(/connect again/) }]);
    const missing = await sage().post('/callback', { code }).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'state' })]);
    expect(await connectionRows()).toEqual([]);
    expect(fake.requests.filter((request) => request.grantType === 'authorization_code')).toEqual([]);
  });

  it('refuses an expired state, and one started by another user', async () => {
    const first = (await sage().post('/connect').expect(200)).body;
    await t.dataSource.query(`UPDATE sage_oauth_states SET expires_at = now() - interval '1 second'`);
    await sage()
      .post('/callback', await authorize(first.authorizeUrl))
      .expect(400);

    const second = (await sage().post('/connect').expect(200)).body;
    await sage(manager)
      .post('/callback', await authorize(second.authorizeUrl))
      .expect(400);
    expect(await connectionRows()).toEqual([]);
  });

  it('connects: authorize URL with a state, callback, tokens stored sealed', async () => {
    const { authorizeUrl } = (await sage().post('/connect').expect(200)).body;
    const url = new URL(authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.url}/oauth2/auth/central`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      filter: 'apiv3.1',
      client_id: 'factoryops-test-client',
      response_type: 'code',
      redirect_uri: REDIRECT,
      state: expect.stringMatching(/^[\w-]{40,}$/),
    });
    const callback = await authorize(authorizeUrl);
    const status = (await sage().post('/callback', callback).expect(200)).body;
    expect(status).toMatchObject({ configured: true, connected: true, business: null });

    const [row] = await connectionRows();
    const stored = JSON.stringify(row);
    expect(fake.issued.length).toBe(2);
    for (const token of fake.issued) expect(stored).not.toContain(token);
    expect(row.access_token_sealed).toMatch(/^v1\./);

    // The state is used up: the same callback again is refused.
    await sage().post('/callback', callback).expect(400);
  });

  it('lists the businesses of the connection (across pages) and keeps the one chosen', async () => {
    const businesses = (await sage().get('/businesses').expect(200)).body.items;
    expect(businesses).toEqual([
      { id: BUSINESS, name: 'Laser OS (Pty) Ltd' },
      { id: 'biz-side-line', name: 'Side Line Trading' },
    ]);
    const refusedSync = await sage().post('/syncs').expect(409);
    expect(refusedSync.body.detail).toMatch(/Choose the Sage business/);
    const unknown = await sage().post('/business', { businessId: 'biz-somebody-else' }).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'businessId' })]);
    const status = (await sage().post('/business', { businessId: BUSINESS }).expect(200)).body;
    expect(status.business).toEqual({ id: BUSINESS, name: 'Laser OS (Pty) Ltd' });
  });

  let acme: { id: string; code: string };
  let bolt: { id: string; code: string };
  let firstInvoice: { id: string; number: string };
  let firstSync: SageSync;

  it('syncs contacts to clients (email, then name, else created) and each sent invoice once, with progress live', async () => {
    acme = (await production().post('/clients', { name: 'Acme Steel', email: 'buyer@acme.test' }).expect(201))
      .body;
    bolt = (
      await production().post('/clients', { name: 'Bolt Works', email: 'office@bolt.test' }).expect(201)
    ).body;
    const draftOnly = (await production().post('/clients', { name: 'Draft Only CC' }).expect(201)).body;
    fake.addContact(BUSINESS, { name: 'ACME Steel (Pty) Ltd', email: ' Buyer@ACME.test' });
    fake.addContact(BUSINESS, { name: '  bolt works', email: 'accounts@bolt.test' });
    fake.addContact(BUSINESS, { name: 'Cutting Edge Signs', email: 'hello@ces.test' });
    fake.addContact(BUSINESS, { name: 'Steel Supplier', email: 'sales@supplier.test', type: 'SUPPLIER' });
    firstInvoice = await sentInvoice(acme.id);
    const draftProject = (
      await production().post('/projects', { clientId: draftOnly.id, name: 'Not invoiced yet' }).expect(201)
    ).body;
    await production()
      .post('/invoices', { projectId: draftProject.id, lines: [LINE] })
      .expect(201);

    const socket = await t.connectOps(adminToken);
    const events: SageChangedEvent[] = [];
    const ended = new Promise<void>((resolve) =>
      socket.on('production:sage', (event) => {
        events.push(event);
        if (event.state === 'done' || event.state === 'failed') resolve();
      }),
    );
    firstSync = await sync();
    await ended;
    socket.disconnect();

    expect(firstSync).toMatchObject({ state: 'done', error: null, total: 4, done: 4 });
    const byName = Object.fromEntries(
      (firstSync.result?.contacts ?? []).map((contact) => [contact.sageName, contact]),
    );
    expect(byName['ACME Steel (Pty) Ltd']).toMatchObject({ outcome: 'email', clientId: acme.id });
    expect(byName['bolt works']).toMatchObject({ outcome: 'name', clientId: bolt.id });
    expect(byName['Cutting Edge Signs']).toMatchObject({
      outcome: 'created',
      clientName: 'Cutting Edge Signs',
    });
    expect(byName['Steel Supplier']).toBeUndefined();
    const clients = (await production().get('/clients?q=Cutting').expect(200)).body.items;
    expect(clients).toEqual([
      expect.objectContaining({ name: 'Cutting Edge Signs', email: 'hello@ces.test' }),
    ]);

    // Only the sent invoice went to Sage, once, to Acme's contact, with its lines and reference.
    expect(firstSync.result?.invoices).toEqual([
      expect.objectContaining({
        number: firstInvoice.number,
        outcome: 'created',
        sageStatus: 'UNPAID',
        paid: false,
      }),
    ]);
    const [sales] = salesInvoicesOf(firstInvoice.number);
    expect(fake.businesses[0].salesInvoices).toHaveLength(1);
    expect(sales.contact.id).toBe(byName['ACME Steel (Pty) Ltd'].sageId);
    expect(sales.invoice_lines).toEqual([
      {
        description: LINE.description,
        ledger_account_id: 'la-sales-4000',
        quantity: 1,
        unit_price: 13043.48,
        tax_rate_id: 'ZA_STANDARD',
      },
    ]);
    expect(sales.total_amount).toBe('15000.00');
    expect(
      fake.requests
        .filter(
          (request) =>
            request.path.startsWith('/v3.1/') &&
            request.path !== '/v3.1/businesses' &&
            !request.path.startsWith('/v3.1/businesses?'),
        )
        .every((request) => request.business === BUSINESS),
    ).toBe(true);

    // Progress went out live, ending with every step done.
    expect(events.some((event) => event.syncId === firstSync.id && event.state === 'running')).toBe(true);
    expect(events.at(-1)).toMatchObject({ syncId: firstSync.id, state: 'done', done: 4, total: 4 });
  });

  it('a second sync creates nothing twice: contacts and the invoice stay linked', async () => {
    const again = await sync();
    expect(again.state).toBe('done');
    expect(again.result?.contacts.map((contact) => contact.outcome)).toEqual(['linked', 'linked', 'linked']);
    expect(again.result?.invoices).toEqual([
      expect.objectContaining({ number: firstInvoice.number, outcome: 'linked' }),
    ]);
    expect(fake.businesses[0].salesInvoices).toHaveLength(1);
    expect((await production().get('/clients?q=Cutting').expect(200)).body.total).toBe(1);
  });

  it('a create whose answer was lost is found by its reference on the retry, not made twice', async () => {
    const invoice = await sentInvoice(bolt.id);
    fake.fail({ method: 'POST', path: '/v3.1/sales_invoices', status: 502, times: 1, afterCreate: true });
    const result = await sync();
    expect(result.state).toBe('done');
    expect(result.result?.invoices.find((entry) => entry.number === invoice.number)).toMatchObject({
      outcome: 'found',
    });
    expect(salesInvoicesOf(invoice.number)).toHaveLength(1);
    const calls = await callsOf(result.id);
    expect(calls.filter((call) => call.method === 'POST' && call.path === '/v3.1/sales_invoices')).toEqual([
      expect.objectContaining({ status: 502, attempt: 1 }),
    ]);
  });

  it('brings the paid status back from Sage', async () => {
    const [sales] = salesInvoicesOf(firstInvoice.number);
    fake.markPaid(BUSINESS, sales.id);
    const result = await sync();
    expect(result.result?.invoices.find((entry) => entry.number === firstInvoice.number)).toMatchObject({
      outcome: 'linked',
      sageStatus: 'PAID',
      paid: true,
    });
    const invoice = (await production().get(`/invoices/${firstInvoice.id}`).expect(200)).body;
    expect(invoice.status).toBe('Paid');
    expect(invoice.paidOn).not.toBeNull();
  });

  it('refreshes a token Sage refuses (401), retries the call and stores the rotated refresh token', async () => {
    const before = (await connectionRows())[0];
    const issuedBefore = [...fake.issued];
    fake.expireAccessTokens();
    const result = await sync();
    expect(result.state).toBe('done');
    const calls = await callsOf(result.id);
    expect(calls.slice(0, 3)).toEqual([
      expect.objectContaining({ method: 'GET', status: 401, attempt: 1 }),
      expect.objectContaining({ method: 'POST', path: '/oauth/token', status: 200 }),
      expect.objectContaining({ method: 'GET', status: 200, attempt: 2 }),
    ]);
    const after = (await connectionRows())[0];
    expect(after.refresh_token_sealed).not.toBe(before.refresh_token_sealed);
    // The old refresh token was rotated away at Sage; the new one is the one kept.
    expect(fake.refreshTokenValid(issuedBefore[issuedBefore.length - 1])).toBe(false);
    expect(fake.issued.length).toBe(issuedBefore.length + 2);
    for (const token of fake.issued) expect(JSON.stringify(after)).not.toContain(token);
  });

  it('refreshes before the access token expires, without waiting for a 401', async () => {
    await t.dataSource.query(`UPDATE sage_connections SET expires_at = now() + interval '10 seconds'`);
    const result = await sync();
    expect(result.state).toBe('done');
    const calls = await callsOf(result.id);
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/oauth/token', status: 200 });
    expect(calls.some((call) => call.status === 401)).toBe(false);
    const [row] = await connectionRows();
    expect(new Date(row.expires_at).getTime()).toBeGreaterThan(Date.now() + 200_000);
  });

  it('waits out a 429 for its Retry-After and retries 5xx with backoff, each attempt in the log', async () => {
    fake.fail({ method: 'GET', path: '/v3.1/contacts', status: 429, retryAfter: '1', times: 1 });
    fake.fail({ method: 'GET', path: '/v3.1/sales_invoices/', status: 503, times: 2 });
    const result = await sync();
    expect(result.state).toBe('done');
    const calls = await callsOf(result.id);
    const contacts = calls.filter((call) => call.path.startsWith('/v3.1/contacts?contact_type_id'));
    expect(contacts.slice(0, 2)).toEqual([
      expect.objectContaining({ status: 429, attempt: 1 }),
      expect.objectContaining({ status: 200, attempt: 2 }),
    ]);
    expect(new Date(contacts[1].at).getTime() - new Date(contacts[0].at).getTime()).toBeGreaterThanOrEqual(
      950,
    );
    const invoiceReads = calls.filter((call) => call.path.startsWith('/v3.1/sales_invoices/'));
    expect(invoiceReads.slice(0, 3).map((call) => [call.status, call.attempt])).toEqual([
      [503, 1],
      [503, 2],
      [200, 3],
    ]);
    for (const call of calls) expect(call.durationMs).toBeGreaterThanOrEqual(0);
    expect(result.calls).toBe(calls.length);
  });

  it('gives up after the last attempt: the sync fails saying why', async () => {
    fake.fail({ method: 'GET', path: '/v3.1/contacts', status: 500, times: 10 });
    const result = await sync();
    expect(result.state).toBe('failed');
    expect(result.error).toMatch(/Sage answered GET \/v3.1\/contacts with 500/);
    expect((await callsOf(result.id)).map((call) => call.attempt)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the call log to admins only, and the syncs to managers', async () => {
    const syncs = (await sage(manager).get('/syncs').expect(200)).body;
    expect(syncs.total).toBeGreaterThanOrEqual(7);
    await sage(manager).get(`/syncs/${firstSync.id}/calls`).expect(403);
    const status = (await sage(manager).get('').expect(200)).body;
    expect(status.lastSync.state).toBe('failed');
  });

  it('disconnects: revokes the refresh token at Sage and deletes the tokens', async () => {
    const issued = fake.issued.at(-1) as string;
    const status = (await sage().post('/disconnect').expect(200)).body;
    expect(status).toMatchObject({ connected: false, business: null });
    expect(fake.revoked).toEqual([issued]);
    expect(fake.refreshTokenValid(issued)).toBe(false);
    expect(await connectionRows()).toEqual([]);
    await sage().post('/syncs').expect(409);
    await sage().get('/businesses').expect(409);
    // Connecting again works from scratch.
    expect((await connect()).connected).toBe(true);
  });
});
