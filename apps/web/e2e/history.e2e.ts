import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseSensor, launchChromium, newPage, screenshot, signIn } from './browser';

const LAB = 'Lab 1A (Calibration lab)';
const WAREHOUSE = 'Lab 2A (Warehouse)';

/** `npm test` starts the app in demo mode: two simulated instruments with weeks of stored readings. */
describe('monitoring history in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openHistory(email: string): Promise<Page> {
    const page = await newPage(browser);
    await signIn(page, email);
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monitoring' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'History', exact: true }).waitFor();
    return page;
  }

  const figure = (page: Page, name: string) => page.getByRole('figure', { name });
  const readings = (page: Page) => page.getByRole('region', { name: 'Readings' });

  it('compares two sensors over 7 days: charts, statistics, paged readings, zoom and a CSV export', async () => {
    const page = await openHistory('tech@demo.local');
    await page.getByRole('heading', { name: 'Choose sensors' }).waitFor();
    await chooseSensor(page, 'Calibration lab – Lab 1A');
    await chooseSensor(page, 'Warehouse – Lab 2A');
    await screenshot(page, 'history-sensor-picker');
    await page.keyboard.press('Escape');
    await page.getByLabel('Range').selectOption({ label: 'Last 7 days' });
    await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBe('7d');
    expect(new URL(page.url()).searchParams.get('sensors')?.split(',')).toHaveLength(2);

    // One line per sensor on each chart, named in the legend.
    for (const name of ['Temperature (°C)', 'Humidity (%RH)']) {
      const chart = figure(page, name);
      await chart.locator('.apexcharts-line-series .apexcharts-series').nth(1).waitFor({ timeout: 20_000 });
      await expect(chart.locator('.apexcharts-legend').textContent()).resolves.toMatch(
        new RegExp(`${LAB.replace(/[()]/g, '\\$&')}.*${WAREHOUSE.replace(/[()]/g, '\\$&')}`),
      );
    }

    // Statistics per sensor and quantity, with the source of the figures.
    const statistics = page.getByRole('region', { name: 'Statistics' });
    for (const name of [LAB, WAREHOUSE]) {
      const group = statistics.getByRole('rowgroup', { name });
      await expect.poll(() => group.textContent(), { timeout: 15_000 }).toMatch(/\d+\.\d{2} °C/);
      await expect(group.textContent()).resolves.toMatch(/\d+\.\d %RH/);
      await expect(group.textContent()).resolves.toMatch(
        /from (stored readings|1-minute rollups|1-hour rollups)/,
      );
      await expect(group.textContent()).resolves.toMatch(/\d+(\.\d)? %/);
    }

    // The readings of one sensor, newest first, a page at a time; the other sensor's on demand.
    const table = readings(page);
    await table.getByText(/Page 1 of \d+/).waitFor({ timeout: 15_000 });
    const firstTime = () => table.getByRole('row').nth(1).getByRole('cell').first().textContent();
    const newest = await firstTime();
    expect(await table.getByRole('row').count()).toBe(26);
    await table.getByRole('button', { name: 'Next' }).click();
    await table.getByText(/Page 2 of \d+/).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
    await expect.poll(firstTime).not.toBe(newest);
    await table.getByRole('button', { name: /^Time/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('order')).toBe('asc');
    await table.getByText(/Page 1 of \d+/).waitFor();
    await table.getByLabel('Readings of').selectOption({ label: WAREHOUSE });
    await expect.poll(() => new URL(page.url()).searchParams.get('readings')).toBeTruthy();
    // The other sensor's first page has arrived before the picture is taken.
    await expect.poll(() => table.getByRole('row').count()).toBe(26);
    await screenshot(page, 'history-7d');

    // Export: a decimal comma moves the columns to semicolons; a comma for both cannot be chosen.
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export readings as CSV' });
    await dialog.getByLabel('Comma (1,5)').check();
    await expect(dialog.getByLabel('Semicolon (;)').isChecked()).resolves.toBe(true);
    await expect(dialog.getByLabel('Comma (,)').isDisabled()).resolves.toBe(true);
    await screenshot(page, 'history-export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^readings.*\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const [header, first, second] = csv.split('\n');
    expect(header).toBe(
      'time;instrument;sensor;temperature_raw_c;temperature_c;humidity_raw_pct;humidity_pct;certificate',
    );
    for (const row of [first, second]) {
      expect(row).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d;[^;]+;Lab \d[AB];/);
      const values = row.split(';').slice(3, 7);
      for (const value of values) expect(value).toMatch(/^-?\d+,\d+$/);
    }
    await dialog
      .getByRole('status')
      .getByText(/Saved readings.*\.csv/)
      .waitFor();

    // On a slow line the rows count up against the announced total, and the export can be cancelled.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const throttle = (bytesPerSecond: number) =>
      cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: bytesPerSecond < 0 ? 0 : 50,
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond,
      });
    await throttle(64 * 1024);
    await dialog.getByRole('button', { name: 'Download CSV' }).click();
    const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect(dialog.textContent()).resolves.toMatch(/[\d,]+ of [\d,]+ readings/);
    await screenshot(page, 'history-export-progress');
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await dialog.getByRole('status').getByText('Export cancelled; nothing was saved.').waitFor();
    await throttle(-1);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

    // Dragging across the temperature chart looks closer at part of the range.
    const plot = figure(page, 'Temperature (°C)').locator('.apexcharts-grid');
    const box = await plot.boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 8 });
      await page.mouse.up();
    }
    await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBe('custom');
    await page.getByRole('button', { name: 'Zoom out' }).waitFor();
    await figure(page, 'Temperature (°C)')
      .locator('.apexcharts-line-series .apexcharts-series')
      .nth(1)
      .waitFor();
    await screenshot(page, 'history-zoomed');
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBe('7d');

    // A tablet held upright: the charts stack, the tables keep their essential columns.
    await page.setViewportSize({ width: 820, height: 1180 });
    await figure(page, 'Humidity (%RH)').locator('.apexcharts-line-series').waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'history-tablet');
    await page.context().close();
  });

  it('shows the server’s refusal of a custom range that ends before it starts, and keeps the view in the address', async () => {
    const page = await openHistory('viewer@demo.local');
    await chooseSensor(page, 'Calibration lab – Lab 1A');
    await page.keyboard.press('Escape');
    // A viewer may look but not export.
    expect(await page.getByRole('button', { name: 'Export CSV' }).count()).toBe(0);
    await page.getByLabel('Range').selectOption({ label: 'Custom' });
    // Long before the demo's readings: empty charts and statistics say so.
    await page.getByLabel('From', { exact: true }).fill('2020-01-01T00:00');
    await page.getByLabel('To', { exact: true }).fill('2020-01-02T00:00');
    await figure(page, 'Temperature (°C)')
      .getByText('No readings in this range.')
      .waitFor({ timeout: 15_000 });
    await page
      .getByRole('region', { name: 'Statistics' })
      .getByText('No readings in this range')
      .first()
      .waitFor();
    await readings(page).getByText('No readings in this range.').waitFor();
    await screenshot(page, 'history-empty');

    await page.getByLabel('From', { exact: true }).fill('2026-06-10T08:00');
    await page.getByLabel('To', { exact: true }).fill('2026-06-01T08:00');
    // Filling "From" first already made a backwards range: wait for the answer to the final one.
    await page.waitForURL((url) => url.searchParams.get('to') === '2026-06-01T08:00');
    await page.getByRole('alert').getByText('The end must be after the start').waitFor();
    await page.getByLabel('To', { exact: true }).and(page.locator('[aria-invalid="true"]')).waitFor();
    const params = new URL(page.url()).searchParams;
    expect([params.get('range'), params.get('from'), params.get('to')]).toEqual([
      'custom',
      '2026-06-10T08:00',
      '2026-06-01T08:00',
    ]);
    await screenshot(page, 'history-range-refused');

    // The same address opens the same view.
    await page.reload();
    await page.getByRole('alert').getByText('The end must be after the start').waitFor({ timeout: 15_000 });
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe('2026-06-10T08:00');
    await page.context().close();
  });
});
