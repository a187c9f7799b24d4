import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, signedIn } from './browser';

/** The colours of the efficiency classes (good, fair, poor) as the chart paints its bars: `rgba(r,g,b,a)`. */
const CLASS_COLOURS = ['47,133,90', '214,158,46', '217,45,32'];
const rgbOf = (fill: string | null) =>
  fill
    ?.match(/^rgba?\((\d+),\s*(\d+),\s*(\d+)/)
    ?.slice(1)
    .join(',');

/**
 * The reports against the demo shop (a month of runs, stock, invoices). Other browser tests add runs and
 * invoices, so nothing here counts on exact figures: only that each report has something to show.
 */
describe('production reports in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Bars of a chart that stand above zero. */
  const bars = (page: Page, chart: string) =>
    page.getByRole('figure', { name: chart }).locator('.apexcharts-bar-area:not([barHeight="0"])');

  it('shows each report with its charts over the last 90 days, and downloads its CSV', async () => {
    const page = await signedIn(browser, 'manager@demo.local', '/production');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    // The current month by default, then the last 90 days (the whole demo), kept in the address.
    await expect.poll(() => page.getByLabel('Period').inputValue()).toBe('month');
    await page.getByLabel('Period').selectOption({ label: 'Last 90 days' });
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const tiles = page.getByRole('list', { name: 'Production totals' });
    await expect.poll(async () => tiles.textContent()).toMatch(/Laser runs[1-9]\d*Cut hours\d+\.\d{2} h/);
    await bars(page, 'Cut hours per day').first().waitFor();
    await bars(page, 'Cut hours by operator').first().waitFor();
    await page.getByRole('region', { name: 'By operator' }).getByText('Olga Operator').waitFor();
    await page.getByRole('region', { name: 'By material' }).getByText('Mild steel').first().waitFor();
    await screenshot(page, 'production-reports-production');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const params = new URL(page.url()).searchParams;
    expect(download.suggestedFilename()).toBe(
      `production-report_${params.get('from')}_${params.get('to')}.csv`,
    );
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('group,name,thickness,runs,cutMinutes,cutHours,parts,sheets\r\n')).toBe(true);
    expect(csv).toMatch(/\r\noperator,Olga Operator,,\d+,/);
    expect(csv).toMatch(/\r\ntotal,,,\d+,\d+,\d+\.\d{2},\d+,\d+\r\n$/);

    // Efficiency: bars in their class's colour, the thresholds drawn across, a badge per project.
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Efficiency' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/production/reports/efficiency');
    expect(new URL(page.url()).searchParams.get('from')).toBe(params.get('from'));
    const projectBars = bars(page, 'Efficiency per project');
    await projectBars.first().waitFor();
    const fills = await projectBars.evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
    expect(fills.length).toBeGreaterThan(2);
    for (const fill of fills) expect(CLASS_COLOURS).toContain(rgbOf(fill));
    await page.getByRole('figure', { name: 'Efficiency per project' }).getByText('95 %').waitFor();
    await bars(page, 'Efficiency per operator').first().waitFor();
    await page
      .getByRole('list', { name: 'Efficiency totals' })
      .getByText(/^\d+\.\d %$/)
      .waitFor();
    await expect(page.locator('.table .badge').count()).resolves.toBeGreaterThan(2);
    await screenshot(page, 'production-reports-efficiency');

    // Inventory: the stock's value by category, purchases against usage, what to reorder.
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Inventory' }).click();
    await page
      .getByRole('figure', { name: 'Stock value by category' })
      .locator('.apexcharts-pie-area')
      .first()
      .waitFor({ state: 'attached' });
    const movements = page.getByRole('figure', { name: 'Purchases and usage' });
    await movements
      .locator('.apexcharts-line-series path.apexcharts-line')
      .first()
      .waitFor({ state: 'attached' });
    expect(await movements.locator('.apexcharts-legend-text').allTextContents()).toEqual([
      'Purchases',
      'Usage',
    ]);
    await expect(movements.getByText(/In all: .+ purchased, .+ used\./).textContent()).resolves.toMatch(
      /[1-9]/,
    );
    await page.getByRole('region', { name: 'Stock to reorder' }).getByText('MS-5.0').waitFor();
    await page.getByRole('row').filter({ hasText: 'GAS-N2-LIQ' }).waitFor();
    await screenshot(page, 'production-reports-inventory');

    // Clients: revenue by client, and the table.
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Clients' }).click();
    await bars(page, 'Revenue by client').first().waitFor();
    await expect(page.getByRole('list', { name: 'Client totals' }).textContent()).resolves.toMatch(
      /Revenue(ZAR|R)\s?[\d,. ]+/,
    );
    await page.getByRole('row').filter({ hasText: 'Acme Metalworks' }).waitFor();
    await screenshot(page, 'production-reports-clients');

    // A reversed range is refused by the server, which names the last day.
    await page.getByLabel('From', { exact: true }).fill('2026-06-10');
    await page.getByLabel('To', { exact: true }).fill('2026-06-01');
    await page
      .getByRole('alert')
      .getByText('The last day (2026-06-01) comes before the first (2026-06-10)')
      .waitFor();
    await expect(page.getByLabel('To', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await page.context().close();
  });

  it('shows operators the production reports without the clients’ revenue or the CSV download', async () => {
    const page = await signedIn(browser, 'operator@demo.local', '/production/reports/clients');
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    const tabs = page.getByRole('navigation', { name: 'Reports' }).getByRole('link');
    await expect.poll(() => tabs.allTextContents()).toEqual(['Production', 'Efficiency', 'Inventory']);
    // The clients' tab is not theirs: they see the production summary.
    await page.getByRole('list', { name: 'Production totals' }).waitFor();
    expect(await page.getByRole('button', { name: 'Download CSV' }).count()).toBe(0);
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Efficiency' }).click();
    await bars(page, 'Efficiency per project').first().waitFor();
    await screenshot(page, 'production-reports-operator-tablet');
    await page.context().close();
  });
});
