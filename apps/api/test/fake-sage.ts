import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Sage Business Cloud Accounting: its OAuth server (authorize, token with
 * refresh-token rotation, revoke) and the v3.1 API shapes a sync uses (`/businesses`, `/contacts`,
 * `/sales_invoices`, `/ledger_accounts`, `/tax_rates`, paged as `$items` / `$next`). Tests reach in to
 * expire tokens, inject 429s and 5xx, mark invoices paid and read what was made. Loopback only.
 */

export interface FakeContact {
  id: string;
  displayed_as: string;
  name: string;
  email: string | null;
  reference: string | null;
  contact_types: { id: string }[];
}

export interface FakeSalesInvoice {
  id: string;
  displayed_as: string;
  invoice_number: string;
  reference: string | null;
  contact: { id: string; displayed_as: string };
  date: string;
  due_date: string;
  notes: string;
  invoice_lines: {
    description: string;
    ledger_account_id: string;
    quantity: number;
    unit_price: number;
    tax_rate_id?: string;
  }[];
  total_amount: string;
  outstanding_amount: string;
  status: { id: string; displayed_as: string };
}

interface Business {
  id: string;
  name: string;
  contacts: FakeContact[];
  salesInvoices: FakeSalesInvoice[];
}

/** An answer to put before the next matching requests: 429 (with `Retry-After`) or a 5xx. */
export interface Fault {
  method?: string;
  /** Matches when the request's path (without query) starts with it, e.g. `/v3.1/contacts`. */
  path: string;
  status: number;
  retryAfter?: string;
  times: number;
  /** For a POST: do the create, then answer `status` all the same (a lost answer). */
  afterCreate?: boolean;
}

export interface FakeRequest {
  method: string;
  path: string;
  status: number;
  business: string | null;
  grantType?: string;
}

export const FAKE_CLIENT_ID = 'factoryops-test-client';
export const FAKE_CLIENT_SECRET = 'factoryops-test-secret';

export interface FakeSage {
  url: string;
  /** The environment that points the API at this fake. */
  env: Record<string, string>;
  businesses: Business[];
  requests: FakeRequest[];
  /** Every access and refresh token ever issued (to check none is stored in clear). */
  issued: string[];
  /** Refresh tokens revoked through `/oauth/revoke`. */
  revoked: string[];
  /** Items per page at most (Sage's is 200; smaller here so that lists page). */
  pageSize: number;
  /** Seconds an access token lives. */
  accessTtlSeconds: number;
  fail(fault: Fault): void;
  /** Makes every access token issued so far unusable (Sage answers 401), as if they had expired. */
  expireAccessTokens(): void;
  /** Whether a refresh token would still be accepted. */
  refreshTokenValid(token: string): boolean;
  addContact(businessId: string, contact: { name: string; email?: string; type?: string }): FakeContact;
  markPaid(businessId: string, salesInvoiceId: string): void;
  close(): Promise<void>;
}

const API = '/v3.1';

/** Starts the fake on `port` (default: any free one) of 127.0.0.1. */
export async function startFakeSage(port = 0): Promise<FakeSage> {
  const codes = new Map<string, { redirectUri: string }>();
  const accessTokens = new Map<string, number>();
  const refreshTokens = new Set<string>();
  let faults: Fault[] = [];
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}${(++counter).toString(16).padStart(8, '0')}`;

  const fake: Omit<FakeSage, 'url' | 'env' | 'close'> = {
    businesses: [
      { id: 'biz-laser-os-za', name: 'Laser OS (Pty) Ltd', contacts: [], salesInvoices: [] },
      { id: 'biz-side-line', name: 'Side Line Trading', contacts: [], salesInvoices: [] },
    ],
    requests: [],
    issued: [],
    revoked: [],
    pageSize: 2,
    accessTtlSeconds: 300,
    fail: (fault) => faults.push({ ...fault }),
    expireAccessTokens: () => {
      for (const token of accessTokens.keys()) accessTokens.set(token, 0);
    },
    refreshTokenValid: (token) => refreshTokens.has(token),
    addContact(businessId, { name, email, type = 'CUSTOMER' }) {
      const contact: FakeContact = {
        id: nextId('c0'),
        displayed_as: name,
        name,
        email: email ?? null,
        reference: null,
        contact_types: [{ id: type }],
      };
      businessOf(businessId).contacts.push(contact);
      return contact;
    },
    markPaid(businessId, id) {
      const invoice = businessOf(businessId).salesInvoices.find((candidate) => candidate.id === id);
      if (!invoice) throw new Error(`No sales invoice ${id}`);
      invoice.status = { id: 'PAID', displayed_as: 'Paid' };
      invoice.outstanding_amount = '0.0';
    },
  };
  const businessOf = (id: string | null) => {
    const business = id ? fake.businesses.find((candidate) => candidate.id === id) : fake.businesses[0];
    if (!business) throw new HttpAnswer(404, [{ $severity: 'error', $message: `No business ${id}` }]);
    return business;
  };

  const issueTokens = () => {
    const accessToken = randomBytes(24).toString('hex');
    const refreshToken = randomBytes(24).toString('hex');
    accessTokens.set(accessToken, Date.now() + fake.accessTtlSeconds * 1000);
    refreshTokens.add(refreshToken);
    fake.issued.push(accessToken, refreshToken);
    return {
      access_token: accessToken,
      expires_in: fake.accessTtlSeconds,
      token_type: 'bearer',
      refresh_token: refreshToken,
      refresh_token_expires_in: 2678400,
      scope: 'full_access',
      requested_by_id: 'fake-user-1',
    };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse, log: FakeRequest) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const body = await readBody(request);
    const fault = faults.find(
      (candidate) =>
        candidate.times > 0 &&
        url.pathname.startsWith(candidate.path) &&
        (!candidate.method || candidate.method === request.method),
    );
    if (fault && !fault.afterCreate) {
      fault.times -= 1;
      faults = faults.filter((candidate) => candidate.times > 0);
      const headers: Record<string, string> = fault.retryAfter ? { 'retry-after': fault.retryAfter } : {};
      return send(response, log, fault.status, [{ $severity: 'error', $message: 'Injected' }], headers);
    }

    if (request.method === 'GET' && url.pathname === '/oauth2/auth/central') {
      const redirectUri = url.searchParams.get('redirect_uri') ?? '';
      if (url.searchParams.get('client_id') !== FAKE_CLIENT_ID || !redirectUri)
        return send(response, log, 400, { error: 'invalid_request' });
      const code = randomBytes(16).toString('hex');
      codes.set(code, { redirectUri });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      back.searchParams.set('country', 'za');
      response.writeHead(302, { location: back.toString() }).end();
      log.status = 302;
      return;
    }
    if (request.method === 'POST' && url.pathname === '/oauth/token') {
      const form = new URLSearchParams(body);
      log.grantType = form.get('grant_type') ?? undefined;
      if (form.get('client_id') !== FAKE_CLIENT_ID || form.get('client_secret') !== FAKE_CLIENT_SECRET)
        return send(response, log, 401, { error: 'invalid_client' });
      if (form.get('grant_type') === 'authorization_code') {
        const code = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        if (!code || code.redirectUri !== form.get('redirect_uri'))
          return send(response, log, 400, { error: 'invalid_grant' });
        return send(response, log, 200, issueTokens());
      }
      if (form.get('grant_type') === 'refresh_token') {
        const used = form.get('refresh_token') ?? '';
        if (!refreshTokens.delete(used)) return send(response, log, 400, { error: 'invalid_grant' });
        return send(response, log, 200, issueTokens());
      }
      return send(response, log, 400, { error: 'unsupported_grant_type' });
    }
    if (request.method === 'POST' && url.pathname === '/oauth/revoke') {
      const form = new URLSearchParams(body);
      const token = form.get('token') ?? '';
      refreshTokens.delete(token);
      accessTokens.delete(token);
      fake.revoked.push(token);
      return send(response, log, 200, {});
    }

    if (!url.pathname.startsWith(`${API}/`)) return send(response, log, 404, { error: 'not_found' });
    const bearer = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    if ((accessTokens.get(bearer) ?? 0) < Date.now())
      return send(response, log, 401, [
        { $severity: 'error', $dataCode: 'Unauthorized', $message: 'Token expired' },
      ]);
    const resource = url.pathname.slice(API.length + 1);
    if (request.method === 'GET' && resource === 'businesses')
      return send(
        response,
        log,
        200,
        page(
          url,
          resource,
          fake.businesses.map(({ id, name }) => ({ id, name, displayed_as: name })),
        ),
      );

    const business = businessOf(log.business);
    const search = (url.searchParams.get('search') ?? '').toLowerCase();
    if (resource === 'contacts' && request.method === 'GET') {
      const type = url.searchParams.get('contact_type_id');
      const contacts = business.contacts.filter(
        (contact) =>
          (!type || contact.contact_types.some((candidate) => candidate.id === type)) &&
          (!search ||
            [contact.name, contact.reference, contact.email].some((field) =>
              field?.toLowerCase().includes(search),
            )),
      );
      return send(response, log, 200, page(url, resource, contacts));
    }
    if (resource === 'contacts' && request.method === 'POST') {
      const input = (JSON.parse(body) as { contact?: Record<string, unknown> }).contact;
      if (!input?.name)
        return send(response, log, 422, [{ $severity: 'error', $message: 'name is required' }]);
      const contact: FakeContact = {
        id: nextId('c0'),
        displayed_as: String(input.name),
        name: String(input.name),
        email: (input.email as string) ?? null,
        reference: (input.reference as string) ?? null,
        contact_types: ((input.contact_type_ids as string[]) ?? []).map((id) => ({ id })),
      };
      business.contacts.push(contact);
      return created(response, log, fault, contact);
    }
    if (resource === 'sales_invoices' && request.method === 'GET') {
      const invoices = business.salesInvoices.filter(
        (invoice) =>
          !search ||
          [invoice.invoice_number, invoice.reference, invoice.contact.displayed_as].some((field) =>
            field?.toLowerCase().includes(search),
          ),
      );
      return send(response, log, 200, page(url, resource, invoices));
    }
    if (resource.startsWith('sales_invoices/') && request.method === 'GET') {
      const invoice = business.salesInvoices.find((candidate) => candidate.id === resource.split('/')[1]);
      return invoice
        ? send(response, log, 200, invoice)
        : send(response, log, 404, [
            { $severity: 'error', $dataCode: 'RecordNotFound', $message: 'Not found' },
          ]);
    }
    if (resource === 'sales_invoices' && request.method === 'POST') {
      const input = (JSON.parse(body) as { sales_invoice?: FakeSalesInvoice & { contact_id: string } })
        .sales_invoice;
      const contact = business.contacts.find((candidate) => candidate.id === input?.contact_id);
      if (!input || !contact)
        return send(response, log, 422, [{ $severity: 'error', $message: 'contact_id is invalid' }]);
      if (!input.invoice_lines?.every((line) => line.ledger_account_id === 'la-sales-4000'))
        return send(response, log, 422, [{ $severity: 'error', $message: 'ledger_account_id is invalid' }]);
      const net = input.invoice_lines.reduce((sum, line) => sum + line.quantity * line.unit_price, 0);
      const tax = input.invoice_lines.some((line) => line.tax_rate_id === 'ZA_STANDARD') ? net * 0.15 : 0;
      const total = (Math.round((net + tax) * 100) / 100).toFixed(2);
      const number = `SI-${business.salesInvoices.length + 1}`;
      const invoice: FakeSalesInvoice = {
        id: nextId('si'),
        displayed_as: number,
        invoice_number: number,
        reference: input.reference ?? null,
        contact: { id: contact.id, displayed_as: contact.name },
        date: input.date,
        due_date: input.due_date,
        notes: input.notes ?? '',
        invoice_lines: input.invoice_lines,
        total_amount: total,
        outstanding_amount: total,
        status: { id: 'UNPAID', displayed_as: 'Unpaid' },
      };
      business.salesInvoices.push(invoice);
      return created(response, log, fault, invoice);
    }
    if (resource === 'ledger_accounts' && request.method === 'GET') {
      const type = url.searchParams.get('ledger_account_type_id');
      const accounts = [
        { id: 'la-sales-4000', displayed_as: 'Sales (4000)', ledger_account_type: { id: 'SALES' } },
        { id: 'la-bank-8400', displayed_as: 'Bank (8400)', ledger_account_type: { id: 'BANK' } },
      ].filter((account) => !type || account.ledger_account_type.id === type);
      return send(response, log, 200, page(url, resource, accounts));
    }
    if (resource === 'tax_rates' && request.method === 'GET')
      return send(
        response,
        log,
        200,
        page(url, resource, [
          { id: 'ZA_STANDARD', displayed_as: 'Standard 15.00%', percentage: '15.0' },
          { id: 'ZA_ZERO', displayed_as: 'Zero 0.00%', percentage: '0.0' },
        ]),
      );
    return send(response, log, 404, [
      { $severity: 'error', $dataCode: 'RecordNotFound', $message: 'No route' },
    ]);
  };

  /** A POST's answer: 201, or the injected lost answer after the record was made. */
  const created = (response: ServerResponse, log: FakeRequest, fault: Fault | undefined, record: object) => {
    if (fault?.afterCreate) {
      fault.times -= 1;
      faults = faults.filter((candidate) => candidate.times > 0);
      return send(response, log, fault.status, [{ $severity: 'error', $message: 'Injected after create' }]);
    }
    return send(response, log, 201, record);
  };

  /** Sage's page shape; `$next` is below the version's root, as Sage gives it. */
  const page = (url: URL, resource: string, items: object[]) => {
    const perPage = Math.min(Number(url.searchParams.get('items_per_page') ?? 20), fake.pageSize);
    const number = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((number - 1) * perPage, number * perPage);
    const next = new URLSearchParams(url.searchParams);
    next.set('page', String(number + 1));
    const hasNext = number * perPage < items.length;
    return {
      $total: items.length,
      $page: number,
      $next: hasNext ? `/${resource}?${next.toString()}` : null,
      $back: number > 1 ? `/${resource}?page=${number - 1}` : null,
      $itemsPerPage: perPage,
      $items: slice,
    };
  };

  const server = createServer((request, response) => {
    const log: FakeRequest = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      status: 0,
      business: (request.headers['x-business'] as string | undefined) ?? null,
    };
    fake.requests.push(log);
    handle(request, response, log).catch((error) => {
      if (error instanceof HttpAnswer) return send(response, log, error.status, error.body);
      send(response, log, 500, [{ $severity: 'error', $message: String(error) }]);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(fake, {
    url,
    env: {
      SAGE_CLIENT_ID: FAKE_CLIENT_ID,
      SAGE_CLIENT_SECRET: FAKE_CLIENT_SECRET,
      SAGE_AUTH_URL: `${url}/oauth2/auth/central?filter=apiv3.1`,
      SAGE_TOKEN_URL: `${url}/oauth/token`,
      SAGE_REVOKE_URL: `${url}/oauth/revoke`,
      SAGE_API_URL: `${url}${API}`,
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

class HttpAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

function send(
  response: ServerResponse,
  log: FakeRequest,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  log.status = status;
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Follows an authorize URL at the fake as a browser would (the fake signs in and consents at once), and
 * answers where it sends the browser back: the callback address with its `code` and `state`.
 */
export async function followAuthorize(
  authorizeUrl: string,
): Promise<{ callback: string; code: string; state: string }> {
  const answer = await fetch(authorizeUrl, { redirect: 'manual' });
  if (answer.status !== 302) throw new Error(`authorize answered ${answer.status}, not a redirect`);
  const back = new URL(answer.headers.get('location') ?? '');
  return {
    callback: `${back.origin}${back.pathname}`,
    code: back.searchParams.get('code') ?? '',
    state: back.searchParams.get('state') ?? '',
  };
}
