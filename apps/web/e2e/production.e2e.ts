import type { Client, PopResult, Project, QueueItem } from '@factoryops/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, screenshot, signedIn } from './browser';

/**
 * The production pages against the demo app. Each test makes its own data through the API, with names
 * of its own, and only looks at the order of its own items (the demo shop has a queue of its own).
 */
describe('production clients, projects and the live queue in Chromium', () => {
  let browser: Browser;
  let token: string;
  const run = Date.now().toString(36);

  async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const response = await fetch(`${BASE_URL}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** A client with one queued project per name (in that order), made as a manager would. */
  async function queuedProjects(clientName: string, names: string[]): Promise<QueueItem[]> {
    const client = await api<Client>('/production/clients', {
      method: 'POST',
      body: { name: `${clientName} ${run}`, email: 'orders@example.com' },
    });
    const items: QueueItem[] = [];
    for (const name of names) {
      const project = await api<Project>('/production/projects', {
        method: 'POST',
        body: { clientId: client.id, name, estimatedCutMinutes: 30 },
      });
      items.push(
        (await api<PopResult>(`/production/projects/${project.id}/pop`, { method: 'POST', body: {} }))
          .queueItem,
      );
    }
    return items;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    const response = await fetch(`${BASE_URL}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'manager@demo.local', password: 'demo1234' }),
    });
    token = ((await response.json()) as { accessToken: string }).accessToken;
  });
  afterAll(async () => {
    await browser?.close();
  });

  const queueRow = (page: Page, code: string) => page.getByRole('row', { name: new RegExp(`^${code} `) });
  /** The queue's rows by project code, top to bottom, keeping only the given codes. */
  const orderOf = (page: Page, codes: string[]) =>
    page
      .locator('.queue-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')?.split(' ')[0] ?? ''))
      .then((shown) => shown.filter((code) => codes.includes(code)));

  it('adds a client, a project for it and its proof of payment; the project is then in the queue', async () => {
    const page = await signedIn(browser, 'manager@demo.local', '/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Production' }).click();
    await page.getByRole('heading', { name: 'Production', level: 1 }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining([
        'Dashboard',
        'Clients',
        'Projects',
        'Products',
        'Queue',
        'Laser runs',
        'Presets',
        'Operators',
      ]),
    );
    await nav.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Add client' }).click();
    const clientDialog = page.getByRole('dialog', { name: 'Add client' });
    await clientDialog.getByLabel('Email').fill('not an address');
    await clientDialog.getByRole('button', { name: 'Add client' }).click();
    // The server's problem+json, beside the fields it names.
    await clientDialog.getByText('Give the client a name').waitFor();
    await clientDialog.getByText('Not an email address').waitFor();
    const clientName = `Nordic Signs ${run}`;
    await clientDialog.getByLabel('Name').fill(clientName);
    await clientDialog.getByLabel('Contact person').fill('Nora Berg');
    await clientDialog.getByLabel('Email').fill('nora@nordicsigns.example');
    await clientDialog.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { name: clientName }).waitFor();
    const clientCode = (await page.locator('.details .mono').first().textContent()) ?? '';
    expect(clientCode).toMatch(/^CL-\d{4,}$/);

    await page.getByRole('button', { name: 'New project' }).click();
    const projectDialog = page.getByRole('dialog', { name: `New project for ${clientName}` });
    await projectDialog.getByLabel('Name', { exact: true }).fill('Shop front letters');
    await projectDialog.getByLabel('Quoted price').fill('1250.125');
    await projectDialog.getByLabel('Material', { exact: true }).fill('Stainless steel');
    await projectDialog.getByLabel('Thickness (mm)').fill('1.5');
    await projectDialog.getByLabel('Sheets').fill('3');
    await projectDialog.getByLabel('Parts').fill('42');
    await projectDialog.getByLabel('Estimated cut (min)').fill('95');
    await projectDialog.getByLabel('Due date').fill('2030-06-14');
    await projectDialog.getByRole('button', { name: 'Create project' }).click();
    await projectDialog.getByText('A positive amount with at most 2 decimals, like 1250.00').waitFor();
    await screenshot(page, 'production-new-project');
    await projectDialog.getByLabel('Quoted price').fill('1250.10');
    await projectDialog.getByRole('button', { name: 'Create project' }).click();

    await page.getByRole('heading', { name: 'Shop front letters' }).waitFor();
    const code = (await page.locator('.details .mono').first().textContent()) ?? '';
    expect(code).toMatch(new RegExp(`^JB-\\d{4}-\\d{2}-${clientCode.replace('-', '')}-001$`));
    const details = page.locator('.production-detail');
    await expect(details.textContent()).resolves.toContain('1250.10');
    await expect(details.textContent()).resolves.toContain('1.50 mm');

    // Only the moves the lifecycle allows are offered.
    const status = page.getByRole('region', { name: 'Status' });
    const choices = await status.getByRole('combobox').locator('option').allTextContents();
    expect(choices).toEqual(['Choose…', 'Quote & Approval', 'Cancelled']);
    await status.getByText('To reach Approved (POP Received): mark the proof of payment received.').waitFor();
    await status.getByRole('combobox').selectOption('Quote & Approval');
    await status.getByRole('button', { name: 'Change status' }).click();
    await page.locator('.page-header__title').getByText('Quote & Approval').waitFor();
    await expect(status.getByRole('combobox').locator('option').allTextContents()).resolves.toEqual([
      'Choose…',
      'Request',
      'Cancelled',
    ]);
    await screenshot(page, 'production-project');

    await page.getByRole('button', { name: 'Mark POP received' }).click();
    const pop = page.getByRole('dialog', { name: `Proof of payment for ${code}` });
    const today = await page.evaluate(() => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
    await expect(pop.getByLabel('Received on').inputValue()).resolves.toBe(today);
    await pop.getByRole('button', { name: 'Mark POP received' }).click();
    await pop.getByText(new RegExp(`${code} is in the queue at position \\d+`)).waitFor();
    await expect(pop.locator('.details').textContent()).resolves.toMatch(/Queued.*Normal.*95/);
    await screenshot(page, 'production-pop');
    await page.locator('.page-header__title').getByText('Approved (POP Received)').waitFor();
    expect(await page.getByRole('button', { name: 'Mark POP received' }).count()).toBe(0);

    await pop.getByRole('link', { name: 'Open the queue' }).click();
    await page.getByRole('heading', { name: 'Production queue' }).waitFor();
    const row = queueRow(page, code);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Queued');
    await expect(row.textContent()).resolves.toContain(clientName);
    await expect(row.getByLabel(`Priority of ${code}`).inputValue()).resolves.toBe('Normal');
    await page.context().close();
  });

  it('shows a client edited in one page in another open page without a reload', async () => {
    const client = await api<Client>('/production/clients', {
      method: 'POST',
      body: { name: `Live Edit ${run}`, contactPerson: 'Per Lind' },
    });
    // An operator has the clients list open, searched for this client.
    const watcher = await signedIn(browser, 'operator@demo.local', '/production/clients');
    await watcher.getByLabel('Search clients').fill(`Live Edit ${run}`);
    const row = watcher.getByRole('row').filter({ hasText: `Live Edit ${run}` });
    await row.getByText('Per Lind').waitFor();
    // Set on this document: a reload would lose it.
    await watcher.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const page = await signedIn(browser, 'manager@demo.local', `/production/clients/${client.id}`);
    await page.getByRole('heading', { name: `Live Edit ${run}` }).waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: `Edit Live Edit ${run}` });
    await dialog.getByLabel('Contact person').fill('Petra Lind');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The watcher hears `production:changed` and refetches.
    await row.getByText('Petra Lind').waitFor({ timeout: 10_000 });
    expect(await watcher.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
    await screenshot(watcher, 'production-clients-live');
    await watcher.context().close();
    await page.context().close();
  });

  it('filters projects by client, lateness, hold, POP deadline, status and text', async () => {
    const client = await api<Client>('/production/clients', {
      method: 'POST',
      body: { name: `Filter Works ${run}` },
    });
    const create = (body: Record<string, unknown>) =>
      api<Project>('/production/projects', { method: 'POST', body: { clientId: client.id, ...body } });
    await create({ name: 'Late job', dueDate: '2020-01-15' });
    await create({ name: 'Held job', onHold: true, quotedPrice: '480.00' });
    const paid = await create({ name: 'Paid job', status: 'Quote & Approval' });
    await api(`/production/projects/${paid.id}/pop`, { method: 'POST', body: {} });

    const page = await signedIn(browser, 'manager@demo.local', '/production/projects');
    await page.getByRole('heading', { name: 'Projects', level: 1 }).waitFor();
    const names = () =>
      page
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.querySelector('a')?.textContent ?? ''));
    await page.getByLabel('Client').selectOption({ label: `Filter Works ${run} (${client.code})` });
    await expect.poll(names).toEqual(['Paid job', 'Held job', 'Late job']);
    // The filters live in the address, so the box shows a click a moment later: click, then look.
    const overdue = page.getByLabel('Overdue only');
    await overdue.click();
    await expect.poll(() => overdue.isChecked()).toBe(true);
    await expect.poll(names).toEqual(['Late job']);
    await overdue.click();
    await expect.poll(() => overdue.isChecked()).toBe(false);
    await page.getByLabel('On hold', { exact: true }).selectOption('true');
    await expect.poll(names).toEqual(['Held job']);
    await page.getByLabel('On hold', { exact: true }).selectOption('');
    await page.getByLabel('POP deadline within').fill('10');
    await expect.poll(names).toEqual(['Paid job']);
    await page.getByLabel('POP deadline within').fill('5');
    await page.getByText('No projects match.').waitFor();
    await page.getByLabel('POP deadline within').fill('');
    await page.getByLabel('Status').selectOption('Approved (POP Received)');
    await expect.poll(names).toEqual(['Paid job']);
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Search projects').fill('held');
    await expect.poll(names).toEqual(['Held job']);
    // A reload keeps the filters.
    await page.reload();
    await expect.poll(names).toEqual(['Held job']);
    await page.getByLabel('Search projects').fill('');
    await expect.poll(names).toEqual(['Paid job', 'Held job', 'Late job']);
    await screenshot(page, 'production-projects');
    await page.context().close();
  });

  it('moves an item by dragging it; another open queue page follows without a reload', async () => {
    const [first, second, third] = await queuedProjects('Fjord Metal', ['Brackets', 'Gussets', 'Flanges']);
    const codes = [first.projectCode, second.projectCode, third.projectCode];

    // An operator watches the queue: they may start and complete, not reorder.
    const watcher = await signedIn(browser, 'operator@demo.local', '/production/queue');
    await queueRow(watcher, third.projectCode).waitFor();
    await expect(orderOf(watcher, codes)).resolves.toEqual(codes);
    expect(await queueRow(watcher, first.projectCode).getAttribute('draggable')).toBe('false');
    expect(await watcher.getByLabel(`Priority of ${first.projectCode}`).count()).toBe(0);
    await queueRow(watcher, first.projectCode)
      .getByRole('button', { name: `Start ${first.projectCode}` })
      .waitFor();
    expect(await watcher.getByRole('button', { name: `Cancel ${first.projectCode}` }).count()).toBe(0);

    const page = await signedIn(browser, 'manager@demo.local', '/production/queue');
    await queueRow(page, third.projectCode).waitFor();
    // By its grip: a drag that starts on the row's priority or date control edits that control instead.
    await queueRow(page, third.projectCode)
      .locator('.queue-handle')
      .dragTo(queueRow(page, first.projectCode).locator('.queue-handle'));
    const moved = [third.projectCode, first.projectCode, second.projectCode];
    await expect.poll(() => orderOf(page, codes)).toEqual(moved);
    // The watcher hears `production:queue` and refetches.
    await expect.poll(() => orderOf(watcher, codes), { timeout: 10_000 }).toEqual(moved);

    await page.getByLabel(`Priority of ${second.projectCode}`).selectOption('Urgent');
    await queueRow(watcher, second.projectCode).getByText('Urgent').waitFor({ timeout: 10_000 });
    await screenshot(page, 'production-queue');

    await page.reload();
    await queueRow(page, third.projectCode).waitFor();
    await expect(orderOf(page, codes)).resolves.toEqual(moved);
    await page.setViewportSize({ width: 820, height: 1180 });
    await screenshot(page, 'production-queue-tablet');
    await watcher.context().close();
    await page.context().close();
  });

  it('says so when someone else moved the queue meanwhile, and shows the current order', async () => {
    const [first, second] = await queuedProjects('Harbour Works', ['Hinges', 'Hatches']);
    const codes = [first.projectCode, second.projectCode];
    const page = await signedIn(browser, 'manager@demo.local', '/production/queue');
    await queueRow(page, second.projectCode).waitFor();
    // Between this drop and its request reaching the server, another manager moves the queue.
    await page.route('**/api/v1/production/queue/reorder', async (route) => {
      const queue = await api<{ items: QueueItem[] }>('/production/queue');
      const order = queue.items.map((item) => item.id);
      await api('/production/queue/reorder', {
        method: 'POST',
        body: { itemId: order[order.length - 1], toIndex: 0, expectedOrder: order },
      });
      await route.continue();
    });
    await page.getByRole('button', { name: `Move ${second.projectCode} up` }).click();
    await page
      .getByRole('alert')
      .getByText(`${second.projectCode} was not moved: someone changed the queue meanwhile`)
      .waitFor();
    await page.unroute('**/api/v1/production/queue/reorder');
    const current = (await api<{ items: QueueItem[] }>('/production/queue')).items
      .map((item) => item.projectCode)
      .filter((code) => codes.includes(code));
    await expect.poll(() => orderOf(page, codes)).toEqual(current);
    await screenshot(page, 'production-queue-stale');
    await page.context().close();
  });

  it('lets an operator start and complete an item; its project follows', async () => {
    const [item] = await queuedProjects('Quay Laser Club', ['Name plates']);
    const code = item.projectCode;
    const page = await signedIn(browser, 'operator@demo.local', '/production/queue');
    const row = queueRow(page, code);
    await row.getByRole('button', { name: `Start ${code}` }).click();
    await row.getByText('In Progress').waitFor();
    await expect(row.textContent()).resolves.toContain('Started');
    expect(await row.getByRole('button', { name: `Start ${code}` }).count()).toBe(0);
    await row.getByRole('button', { name: `Complete ${code}` }).click();
    // Done: off the active queue, still in the full list.
    await row.waitFor({ state: 'detached' });
    await page.getByLabel('Show').selectOption('all');
    await queueRow(page, code).getByText('Completed', { exact: true }).waitFor();
    await queueRow(page, code).getByRole('link', { name: 'Name plates' }).click();
    await page.getByRole('heading', { name: 'Name plates' }).waitFor();
    await page.locator('.page-header__title').getByText('Completed').waitFor();
    // An operator reads projects but does not edit them.
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await page.context().close();
  });

  it('keeps presets per material and thickness, and operators linked to their sign-in', async () => {
    const material = `Copper ${run}`;
    await api('/production/presets', {
      method: 'POST',
      body: {
        name: 'Copper 3 mm N2',
        material,
        thickness: '3',
        powerW: 6000,
        speedMmMin: 1400,
        gasType: 'N2',
      },
    });
    const page = await signedIn(browser, 'manager@demo.local', '/production/presets');
    await page.getByRole('button', { name: 'Add preset' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add preset' });
    await dialog.getByLabel('Name').fill('Copper 2 mm N2');
    await dialog.getByLabel('Material').fill(material);
    await dialog.getByLabel('Thickness (mm)').fill('2');
    await dialog.getByLabel('Speed (mm/min)').fill('2500');
    await dialog.getByLabel('Focus (mm)').fill('-1.255');
    await dialog.getByRole('button', { name: 'Add preset' }).click();
    await dialog.getByText('Enter the laser power in W').waitFor();
    await dialog.getByLabel('Power (W)').fill('4000');
    await dialog.getByRole('button', { name: 'Add preset' }).click();
    await dialog.getByText('A focus in mm with at most 2 decimals').waitFor();
    await dialog.getByLabel('Focus (mm)').fill('-1.25');
    await dialog.getByLabel('Gas pressure (bar)').fill('14');
    await dialog.getByRole('button', { name: 'Add preset' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByLabel('Material').selectOption(material);
    await expect
      .poll(() => page.getByLabel('Thickness').locator('option').allTextContents())
      .toEqual(['All thicknesses', '2.00 mm', '3.00 mm']);
    await page.getByLabel('Thickness').selectOption('2.00');
    const row = page.getByRole('row').filter({ hasText: 'Copper 2 mm N2' });
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await row.getByText('14.00 bar').waitFor();
    await screenshot(page, 'production-presets');
    await row.getByRole('button', { name: 'Deactivate Copper 2 mm N2' }).click();
    await row.getByText('Inactive').waitFor();
    await page.getByLabel('Active').selectOption('true');
    await page.getByText('No presets match.').waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operators' }).click();
    await page.getByRole('heading', { name: 'Operators' }).waitFor();
    const addOperator = async (name: string) => {
      await page.getByRole('button', { name: 'Add operator' }).click();
      const form = page.getByRole('dialog', { name: 'Add operator' });
      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Phone').fill('+47 555 0101');
      await form.getByLabel('Linked user account').selectOption({ label: 'Vic Viewer (viewer@demo.local)' });
      await form.getByRole('button', { name: 'Add operator' }).click();
      return form;
    };
    await (await addOperator(`Vic ${run}`)).waitFor({ state: 'hidden' });
    await page
      .getByRole('row')
      .filter({ hasText: `Vic ${run}` })
      .getByText('Vic Viewer', { exact: true })
      .waitFor();
    // One operator per account: the server's 409, beside the account.
    const second = await addOperator(`Victor ${run}`);
    await second.getByText(`This account is already the operator Vic ${run}`).waitFor();
    await screenshot(page, 'production-operator-taken');
    await second.getByRole('button', { name: 'Cancel' }).click();
    await screenshot(page, 'production-operators');
    await page.context().close();

    // Someone who may not list user accounts still sees whose account an operator is.
    const reader = await signedIn(browser, 'operator@demo.local', '/production/operators');
    const vic = reader.getByRole('row').filter({ hasText: `Vic ${run}` });
    await vic.getByText('Vic Viewer', { exact: true }).waitFor();
    await vic.getByRole('link', { name: `Vic ${run}` }).click();
    await reader.getByRole('heading', { name: `Vic ${run}` }).waitFor();
    await reader.getByText('Linked to Vic Viewer').waitFor();
    await screenshot(reader, 'production-operator');
    await reader.context().close();
  });

  it('deletes a client with projects only after asking whether its projects go too', async () => {
    await queuedProjects('Short Lived', ['Test cut']);
    const page = await signedIn(browser, 'manager@demo.local', '/production/clients');
    await page.getByLabel('Search clients').fill(`Short Lived ${run}`);
    await page.getByRole('link', { name: `Short Lived ${run}` }).click();
    await page.getByRole('heading', { name: `Short Lived ${run}` }).waitFor();
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: /^Delete CL-/ });
    await dialog.getByRole('button', { name: 'Delete client' }).click();
    await dialog.getByText('has 1 project. Deleting the client deletes it too').waitFor();
    await dialog.getByRole('button', { name: 'Delete client and 1 project' }).click();
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    await page.getByLabel('Search clients').fill(`Short Lived ${run}`);
    await page.getByText('No clients match.').waitFor();

    await page.getByLabel('Search clients').fill('');
    await page.getByRole('link', { name: `Nordic Signs ${run}` }).waitFor();
    await screenshot(page, 'production-clients');
    await page.context().close();
  });
});
