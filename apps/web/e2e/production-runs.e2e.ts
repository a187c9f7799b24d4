import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, signedIn } from './browser';

/**
 * The production dashboard, the run form and the product catalogue against the demo shop (8 clients,
 * a queue of 10, a month of runs, products with DXF drawings; operator@demo.local is Olga).
 */
describe('production dashboard, laser runs and products in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const tile = (page: Page, label: string) =>
    page.getByRole('list', { name: 'Production counts' }).getByRole('listitem').filter({ hasText: label });
  const tileValue = async (page: Page, label: string) =>
    Number(await tile(page, label).locator('.stat-tile__value').textContent());

  it('shows the shop on the dashboard, and a run logged by Olga, preselected as "(You)", updates it live', async () => {
    const dashboard = await signedIn(browser, 'manager@demo.local', '/production');
    await dashboard.getByRole('heading', { name: 'Production', level: 1 }).waitFor();
    expect(await tileValue(dashboard, 'Clients')).toBeGreaterThanOrEqual(8);
    expect(await tileValue(dashboard, 'In the queue')).toBeGreaterThanOrEqual(10);
    const chart = dashboard.getByRole('figure', { name: 'Cut hours this week per operator' });
    await chart.locator('.apexcharts-bar-area').first().waitFor({ state: 'attached' });
    const heights = await chart
      .locator('.apexcharts-bar-area')
      .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('barHeight'))));
    expect(heights.some((height) => height > 0)).toBe(true);
    expect(await chart.locator('.apexcharts-legend-text').allTextContents()).toEqual(
      expect.arrayContaining(['Olga Operator', 'Sam Sheet']),
    );
    expect(await dashboard.getByRole('region', { name: 'Next in the queue' }).getByRole('row').count()).toBe(
      6,
    );
    await screenshot(dashboard, 'production-dashboard');
    const runsBefore = await tileValue(dashboard, 'Runs today');

    const olga = await signedIn(browser, 'operator@demo.local', '/production/runs');
    await olga.getByRole('heading', { name: 'Laser runs', level: 1 }).waitFor();
    await olga.getByRole('button', { name: 'Log run' }).click();
    const form = olga.getByRole('dialog', { name: 'Log a laser run' });
    const operator = form.getByLabel('Operator');
    await expect.poll(() => operator.locator('option:checked').textContent()).toBe('Olga Operator (You)');
    await form.getByText('Auto-selected from your sign-in').waitFor();
    const jobs = form.getByLabel('Job');
    // A job of the demo shop (named after its material, "Brackets aluminium 2 mm"): other tests add jobs of their own.
    const demoJob = await jobs
      .locator('option')
      .evaluateAll((options) =>
        options.find((option) => / \d+ mm \(/.test(option.textContent ?? ''))?.getAttribute('value'),
      );
    await jobs.selectOption(demoJob ?? '');
    // The job's material and thickness come in, and only presets made for them are offered.
    const material = form.getByLabel('Material');
    await expect.poll(() => material.inputValue()).not.toBe('');
    const thickness = await form.getByLabel('Thickness (mm)').inputValue();
    const presets = await form.getByLabel('Preset').locator('option').allTextContents();
    expect(presets.slice(1).length).toBeGreaterThan(0);
    for (const preset of presets.slice(1))
      expect(preset.startsWith(`${await material.inputValue()} ${Number(thickness)} mm`)).toBe(true);
    await form.getByLabel('Preset').selectOption({ index: 1 });
    await form.getByLabel('Cut minutes').fill('0');
    await form.getByRole('button', { name: 'Log run' }).click();
    await form.getByText('The cut time must be above 0 minutes').waitFor();
    await form.getByLabel('Cut minutes').fill('42');
    await screenshot(olga, 'production-run-form');
    await form.getByRole('button', { name: 'Log run' }).click();
    await form.waitFor({ state: 'detached' });
    const row = olga.getByRole('row').filter({ hasText: 'Olga Operator' }).filter({ hasText: '42 /' });
    await row.first().waitFor();
    await screenshot(olga, 'production-runs');

    // The manager's dashboard counted the run without a reload.
    await expect.poll(() => tileValue(dashboard, 'Runs today')).toBe(runsBefore + 1);
  });

  it('shows a product with its drawing previewed, and refuses a file that is not what its name says', async () => {
    const page = await signedIn(browser, 'manager@demo.local', '/production/products');
    await page.getByRole('heading', { name: 'Products', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'SKU-0001' }).click();
    await page.getByRole('heading', { name: /^SKU-0001 · / }).waitFor();
    const preview = page.getByRole('img', { name: /^Preview of SKU-0001 .*\.dxf$/ });
    await preview.waitFor();
    expect(await preview.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await preview.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await screenshot(page, 'production-product');

    await page.getByLabel('Upload file').setInputFiles({
      name: 'notes.dxf',
      mimeType: 'application/dxf',
      buffer: Buffer.from('just some notes'),
    });
    await page.getByText('This file is not a DXF drawing: its content is not DXF text').waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'notes.dxf' }).count()).toBe(0);
  });

  it('adds a product with the next free SKU filled in, and the server message beside a bad price', async () => {
    const page = await signedIn(browser, 'manager@demo.local', '/production/products');
    await page.getByRole('button', { name: 'Add product' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add product' });
    const sku = dialog.getByLabel('SKU');
    await expect.poll(() => sku.inputValue()).toMatch(/^SKU-\d{4,}$/);
    const suggested = await sku.inputValue();
    const name = `Gusset plate ${Date.now().toString(36)}`;
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Material').fill('Mild steel');
    await dialog.getByLabel('Thickness (mm)').fill('4');
    await dialog.getByLabel('Unit price').fill('3.255');
    await dialog.getByRole('button', { name: 'Create product' }).click();
    await dialog.getByText('A positive amount with at most 2 decimals, like 1250.00').waitFor();
    await dialog.getByLabel('Unit price').fill('3.25');
    await dialog.getByRole('button', { name: 'Create product' }).click();
    await page.getByRole('heading', { name: `${suggested} · ${name}` }).waitFor();
    await screenshot(page, 'production-product-added');
  });
});
