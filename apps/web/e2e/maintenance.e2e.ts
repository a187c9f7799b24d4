import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, screenshot, signIn } from './browser';

/** A 16×12 PNG, orange, as a phone photo stands in for. */
const PHOTO =
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAMCAIAAADkharWAAAAFUlEQVR4nGP4Ok2DJMQwqmFUA3YEAF+FRlCXN5ngAAAAAElFTkSuQmCC';

/** `npm test` starts the app in demo mode: teams, eight machines, and requests in New, In Progress and Repaired. */
describe('maintenance board and machines in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const column = (page: Page, status: string) => page.getByRole('region', { name: status, exact: true });
  const card = (page: Page, status: string, subject: string) =>
    column(page, status).getByRole('article', { name: new RegExp(subject) });

  async function openBoard(email: string): Promise<Page> {
    const page = await newPage(browser);
    await signIn(page, email);
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Maintenance' }).click();
    await page.getByRole('heading', { name: 'Maintenance board' }).waitFor();
    return page;
  }

  it('snaps a refused drop back and shows the server’s reason (a team member who is not assigned)', async () => {
    const page = await openBoard('repair@demo.local');
    const leak = card(page, 'New', 'Hydraulic pump leak');
    await leak.waitFor({ timeout: 15_000 });
    await leak.dragTo(column(page, 'In Progress'), { targetPosition: { x: 40, y: 24 } });
    await page
      .getByRole('alert')
      .getByText('Only the assigned technician or a manager can start the work')
      .waitFor();
    await card(page, 'New', 'Hydraulic pump leak').waitFor();
    expect(await card(page, 'In Progress', 'Hydraulic pump leak').count()).toBe(0);
    await page.context().close();
  });

  it('lets a manager drag a New card with a technician to In Progress; every open board follows', async () => {
    const watcher = await openBoard('tech@demo.local');
    await card(watcher, 'New', 'Hydraulic pump leak').waitFor({ timeout: 15_000 });
    const page = await openBoard('manager@demo.local');
    const leak = card(page, 'New', 'Hydraulic pump leak');
    await leak.waitFor({ timeout: 15_000 });
    await expect(leak.textContent()).resolves.toContain('Tess Technician');
    await leak.dragTo(column(page, 'In Progress'), { targetPosition: { x: 40, y: 24 } });
    await card(page, 'In Progress', 'Hydraulic pump leak').waitFor();
    // Tess's board hears `maintenance:changed` and refetches.
    await card(watcher, 'In Progress', 'Hydraulic pump leak').waitFor({ timeout: 10_000 });
    await page.reload();
    await card(page, 'In Progress', 'Hydraulic pump leak').waitFor({ timeout: 15_000 });
    expect(await card(page, 'New', 'Hydraulic pump leak').count()).toBe(0);
    await watcher.context().close();
    await page.context().close();
  });

  it('asks for the hours of New → Repaired, then shows the server refusing the transition', async () => {
    const page = await openBoard('manager@demo.local');
    const lens = card(page, 'New', 'Lens contamination');
    await lens.waitFor({ timeout: 15_000 });
    await lens.dragTo(column(page, 'Repaired'), { targetPosition: { x: 40, y: 24 } });
    const dialog = page.getByRole('dialog', { name: /Complete MR-/ });
    await dialog.getByLabel('Hours worked').fill('1.5');
    await dialog.getByRole('button', { name: 'Mark repaired' }).click();
    await page.getByRole('alert').getByText('Cannot transition from New to Repaired').waitFor();
    await card(page, 'New', 'Lens contamination').waitFor();
    await screenshot(page, 'maintenance-board-refused');
    await page.context().close();
  });

  it('asks who works on an unassigned request before starting it, among its team’s members', async () => {
    const page = await openBoard('manager@demo.local');
    const belt = card(page, 'New', 'Belt tension inspection');
    await belt.waitFor({ timeout: 15_000 });
    await expect(belt.textContent()).resolves.toContain('Unassigned');
    await belt.dragTo(column(page, 'In Progress'), { targetPosition: { x: 40, y: 24 } });
    const dialog = page.getByRole('dialog', { name: /Who works on MR-/ });
    await dialog.getByText('Technician from Electrical').waitFor();
    // Electrical has one member; Rene (Mechanics only) is not offered.
    expect(await dialog.getByRole('radio').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Assign and start' }).click();
    await dialog.getByText('Choose a technician').waitFor();
    await dialog.getByLabel('Tess Technician').check();
    await screenshot(page, 'maintenance-assign');
    await dialog.getByRole('button', { name: 'Assign and start' }).click();
    const started = card(page, 'In Progress', 'Belt tension inspection');
    await expect.poll(() => started.textContent()).toContain('Tess Technician');
    await page.context().close();
  });

  it('moves a card from its menu too, for the keyboard and for tablets', async () => {
    const page = await openBoard('manager@demo.local');
    const vibration = card(page, 'In Progress', 'Spindle vibration');
    await vibration.waitFor({ timeout: 15_000 });
    await vibration.locator('summary', { hasText: 'Move' }).click();
    await vibration.getByRole('button', { name: 'Move to Repaired' }).click();
    const dialog = page.getByRole('dialog', { name: /Complete MR-/ });
    await dialog.getByRole('button', { name: 'Mark repaired' }).click();
    await dialog.getByText('Enter the hours worked').waitFor();
    await dialog.getByLabel('Hours worked').fill('3');
    await dialog.getByRole('button', { name: 'Mark repaired' }).click();
    await card(page, 'Repaired', 'Spindle vibration').waitFor();
    await page.context().close();
  });

  it('lets a manager open a recurring preventive request, which lands in New', async () => {
    const page = await openBoard('manager@demo.local');
    await page.getByRole('button', { name: 'New request' }).click();
    const dialog = page.getByRole('dialog', { name: 'New maintenance request' });
    await dialog.getByLabel('Machine').selectOption({ label: 'CNC mill B1 (CNC-B1) — Building B' });
    await expect(dialog.getByLabel('Team').inputValue()).resolves.not.toBe('');
    await dialog.getByLabel('Preventive (scheduled)').check();
    await dialog.getByLabel('Subject').fill('Spindle bearing inspection');
    await dialog.getByRole('button', { name: 'Create request' }).click();
    await dialog.getByText('A preventive request needs a scheduled date').waitFor();
    await dialog.getByLabel('Scheduled date').fill('2030-01-15');
    await dialog.getByLabel('Repeat this maintenance').check();
    await dialog.getByLabel('Every').fill('2');
    await dialog.getByLabel('Unit').selectOption('week');
    await screenshot(page, 'maintenance-new-request');
    await dialog.getByRole('button', { name: 'Create request' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const created = card(page, 'New', 'Spindle bearing inspection');
    await created.waitFor();
    await expect(created.textContent()).resolves.toContain('Preventive');
    await created.getByRole('link').click();
    await page.getByText('Every 2 weeks').waitFor();
    await page.context().close();
  });

  it('lets a manager keep teams and machines, with the server’s reasons for what it refuses', async () => {
    const page = await openBoard('manager@demo.local');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Teams' }).click();
    await page.getByRole('button', { name: 'New team' }).click();
    const teamDialog = page.getByRole('dialog', { name: 'New team' });
    await teamDialog.getByLabel('Name').fill('Pneumatics');
    await teamDialog.getByLabel('Rene Repair').check();
    await teamDialog.getByRole('button', { name: 'Create team' }).click();
    await teamDialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: 'Pneumatics' }).getByText('Rene Repair').waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete Mechanics' }).click();
    await page
      .getByRole('alert')
      .getByText(/Mechanics has \d+ maintenance requests/)
      .waitFor();

    await nav.getByRole('link', { name: 'Machines' }).click();
    await page.getByRole('button', { name: 'Add machine' }).click();
    const machineDialog = page.getByRole('dialog', { name: 'Add machine' });
    await machineDialog.getByLabel('Name').fill('Drill press C1');
    await machineDialog.getByLabel('Building').fill('Building C');
    await machineDialog.getByLabel('Importance').selectOption('2');
    await machineDialog.getByLabel('Maintenance team').selectOption({ label: 'Pneumatics' });
    await machineDialog.getByLabel('Max Manager').check();
    await screenshot(page, 'maintenance-add-machine');
    await machineDialog.getByRole('button', { name: 'Add machine' }).click();
    await machineDialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'Drill press C1' }).click();
    await page.getByRole('heading', { name: 'Drill press C1' }).waitFor();
    await expect(page.locator('.details').textContent()).resolves.toContain('Pneumatics');
    // No history yet, so it can really be deleted.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'Machines' }).waitFor();
    await page.getByRole('link', { name: 'Press A1' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Drill press C1' }).count()).toBe(0);
    await page.context().close();
  });

  it('shows the board, dashboard, machines, a machine and a request', async () => {
    const page = await openBoard('manager@demo.local');
    await card(page, 'New', 'Quarterly lubrication').waitFor({ timeout: 15_000 });
    await expect(card(page, 'New', 'Quarterly lubrication').textContent()).resolves.toContain('Overdue');
    await screenshot(page, 'maintenance-board');

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Maintenance dashboard' }).waitFor();
    await page.locator('.apexcharts-canvas').nth(1).waitFor({ timeout: 15_000 });
    await screenshot(page, 'maintenance-dashboard');

    await nav.getByRole('link', { name: 'Machines' }).click();
    await page.getByRole('link', { name: 'Press A1' }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'maintenance-machines');

    await page.getByRole('link', { name: 'CNC lathe B2' }).click();
    await page.getByRole('heading', { name: 'CNC lathe B2' }).waitFor();
    await page.getByRole('cell', { name: /^Spindle temperature above 60/ }).waitFor();
    const status = page.locator('.page-header__title .badge');
    await expect(status.textContent()).resolves.toBe('Warning');

    await page.getByRole('button', { name: /^Clear/ }).click();
    await page
      .getByRole('row')
      .filter({ hasText: 'Spindle temperature' })
      .getByText(/by Max Manager/)
      .waitFor();
    await expect.poll(() => status.textContent()).toBe('OK');

    // A machine with history cannot be deleted: the server says to archive it instead.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alert').getByText('archive it instead of deleting it').waitFor();

    await page.getByRole('button', { name: 'Report a fault' }).click();
    const fault = page.getByRole('dialog', { name: 'Report a fault on CNC lathe B2' });
    await fault.getByLabel('What is wrong?').fill('Chuck does not clamp');
    await fault.getByLabel('Severity').selectOption('Critical');
    await fault.getByRole('button', { name: 'Report fault' }).click();
    await fault.waitFor({ state: 'hidden' });
    await expect.poll(() => status.textContent()).toBe('Fault');
    await page.getByRole('cell', { name: /Chuck does not clamp/ }).waitFor();
    await screenshot(page, 'maintenance-machine');

    await nav.getByRole('link', { name: 'Board', exact: true }).click();
    await card(page, 'Repaired', 'Pressure drops under load').getByRole('link').click();
    await page.getByRole('heading', { name: 'Pressure drops under load' }).waitFor();
    await page.getByText('Replaced the inlet valve seal.').waitFor();
    await page.getByLabel('Add photo').setInputFiles({
      name: 'valve.png',
      mimeType: 'image/png',
      buffer: Buffer.from(PHOTO, 'base64'),
    });
    const thumbnail = page.getByRole('button', { name: 'valve.png' }).getByRole('img');
    // Drawn, not just present: photos come with the session's token, as `data:` URLs the CSP allows.
    await expect
      .poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await screenshot(page, 'maintenance-request');
    await page.getByRole('button', { name: 'valve.png' }).click();
    await page.getByRole('dialog', { name: 'valve.png' }).getByRole('img', { name: 'valve.png' }).waitFor();
    await page.keyboard.press('Escape');

    await nav.getByRole('link', { name: 'Teams' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: 'Mechanics' })
      .getByText(/Rene Repair/)
      .waitFor();
    await screenshot(page, 'maintenance-teams');

    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto('/maintenance');
    await card(page, 'New', 'Quarterly lubrication').waitFor({ timeout: 15_000 });
    await screenshot(page, 'maintenance-board-tablet');
    await page.context().close();
  });

  it('prints a QR label whose page lets anyone report a problem without an account', async () => {
    const page = await newPage(browser);
    await signIn(page, 'manager@demo.local');
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.goto('/maintenance/machines');
    await page.getByRole('link', { name: 'Laser cutter B3' }).click();
    await page.getByRole('button', { name: 'QR label' }).click();
    const dialog = page.getByRole('dialog', { name: 'QR label of Laser cutter B3' });
    const label = dialog.getByRole('img', { name: 'QR label of Laser cutter B3' });
    await expect
      .poll(() => label.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await screenshot(page, 'maintenance-label');
    const portalPath = await dialog.getByRole('link', { name: 'Open the report page' }).getAttribute('href');
    expect(portalPath).toMatch(/^\/portal\/[\w-]{16,}$/);
    await page.context().close();

    // A phone that never signed in.
    const phone = await newPage(browser, { width: 390, height: 844 });
    await phone.goto(portalPath ?? '');
    await phone.getByRole('heading', { name: 'Laser cutter B3' }).waitFor();
    await phone.getByText('Already reported — maintenance knows about:').waitFor();
    await phone.getByText('Lens contamination, cut quality dropping').waitFor();
    await phone.getByLabel('What is wrong?').fill('Smoke from the cutting head');
    await phone.getByLabel('Photo (optional)').setInputFiles({
      name: 'smoke.png',
      mimeType: 'image/png',
      buffer: Buffer.from(PHOTO, 'base64'),
    });
    await phone.getByLabel('Your name (optional)').fill('Sam');
    await screenshot(phone, 'maintenance-portal');
    await phone.getByRole('button', { name: 'Send report' }).click();
    await phone.getByText(/Thank you — your report MR-\d{6} reached maintenance/).waitFor();
    await screenshot(phone, 'maintenance-portal-sent');
    await phone.getByRole('button', { name: 'Report something else' }).click();
    await phone.getByText('Smoke from the cutting head').waitFor();
    await phone.context().close();
  });
});
