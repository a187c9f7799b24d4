import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, screenshot, signIn } from './browser';

/** `YYYY-MM` of the day `days` from today, as the demo counts days when it schedules work (UTC). */
const monthFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 7);

/** Other browser tests move cards and add requests, so nothing here counts on exact figures. */
describe('maintenance KPIs and calendar in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openMaintenancePage(label: string): Promise<Page> {
    const page = await newPage(browser);
    await signIn(page, 'manager@demo.local');
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Maintenance' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
    return page;
  }

  it('shows the figures and charts of the last 12 months, downloads them as CSV, and shows refused ranges', async () => {
    const page = await openMaintenancePage('KPIs');
    await page.getByRole('heading', { name: 'Maintenance KPIs' }).waitFor();
    await page.getByLabel('Range').selectOption({ label: 'Last 12 months' });
    await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBe('12m');

    const tiles = page.getByRole('list', { name: 'Overall figures' });
    // "Pressure drops under load" was repaired after 2.5 h, so there is an MTTR and an availability.
    await tiles.getByText('MTTR', { exact: true }).waitFor({ timeout: 15_000 });
    await expect(tiles.textContent()).resolves.toMatch(/MTTR\d+(\.\d+)? h/);
    await expect(tiles.textContent()).resolves.toMatch(/Availability\d+(\.\d+)? %/);
    await page
      .getByRole('figure', { name: 'MTTR and MTBF by team' })
      .locator('.apexcharts-bar-area:not([barHeight="0"])')
      .first()
      .waitFor();
    await page
      .getByRole('figure', { name: 'Availability by team' })
      .locator('.apexcharts-bar-area:not([barHeight="0"])')
      .first()
      .waitFor();
    await page.getByRole('row').filter({ hasText: 'Mechanics' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Overall' }).waitFor();
    await screenshot(page, 'maintenance-kpis');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('maintenance-kpis.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('team,machines,failures,')).toBe(true);
    expect(csv).toContain('\r\nMechanics,');

    await page.getByLabel('Group by').selectOption({ label: 'By machine' });
    await page.getByRole('figure', { name: 'Availability by machine' }).waitFor();
    await page.getByRole('link', { name: 'Compressor A3' }).waitFor();

    await page.getByLabel('Range').selectOption({ label: 'Custom' });
    await page.getByLabel('From', { exact: true }).fill('2026-06-10');
    await page.getByLabel('To', { exact: true }).fill('2026-06-01');
    await page.getByRole('alert').getByText('Must be after from').waitFor();
    await expect(page.getByLabel('To', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    const params = new URL(page.url()).searchParams;
    expect([params.get('range'), params.get('from'), params.get('to'), params.get('groupBy')]).toEqual([
      'custom',
      '2026-06-10',
      '2026-06-01',
      'machine',
    ]);
    await page.context().close();
  });

  it('shows the preventive work of a month with its overdue mark, and moves between months', async () => {
    const page = await openMaintenancePage('Calendar');
    await page.getByRole('heading', { name: 'Maintenance calendar' }).waitFor();
    const lubricationMonth = monthFromToday(-10);
    await page.goto(`/maintenance/calendar?month=${lubricationMonth}`);
    const lubrication = page.getByRole('link', { name: /Quarterly lubrication/ });
    await lubrication.waitFor({ timeout: 15_000 });
    await expect(lubrication.textContent()).resolves.toContain('PRS-A2');
    await expect(lubrication.textContent()).resolves.toContain('Overdue');
    await screenshot(page, 'maintenance-calendar');

    await page.getByRole('button', { name: 'Next month' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('month')).not.toBe(lubricationMonth);
    await expect.poll(() => lubrication.count()).toBe(0);
    await page.getByRole('button', { name: 'Previous month' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('month')).toBe(lubricationMonth);
    await lubrication.waitFor();
    await page.getByRole('button', { name: 'Today' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('month')).toBe(monthFromToday(0));

    await page.goto(`/maintenance/calendar?month=${lubricationMonth}`);
    await lubrication.click();
    await page.getByRole('heading', { name: 'Quarterly lubrication' }).waitFor();

    // A tablet held upright gets the days as a list.
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto(`/maintenance/calendar?month=${lubricationMonth}`);
    await lubrication.waitFor({ timeout: 15_000 });
    await expect(page.getByRole('table').count()).resolves.toBe(0);
    await screenshot(page, 'maintenance-calendar-tablet');
    await page.context().close();
  });
});
