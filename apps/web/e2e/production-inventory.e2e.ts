import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, signedIn } from './browser';

/**
 * The inventory against the demo shop (sheets, gases and parts in rand; mild steel 5 mm and the oxygen
 * to reorder). The item this test adds has a code of its own, so other runs of it do not disturb it.
 */
describe('inventory in Chromium', () => {
  let browser: Browser;
  const code = `E2E-LENS-${Date.now().toString(36).toUpperCase()}`;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const onHand = (page: Page) =>
    page
      .locator('.details div')
      .filter({ hasText: /^On hand/ })
      .locator('dd');

  it('lists the stock with the low items flagged and its value by category', async () => {
    const page = await signedIn(browser, 'viewer@demo.local', '/production');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
    await page.getByRole('heading', { name: 'Inventory', level: 1 }).waitFor();
    await page.getByText(/items? (is|are) at or under the reorder level/).waitFor();
    const row = (itemCode: string) => page.getByRole('row').filter({ hasText: itemCode });
    await row('MS-5.0').getByText('Low stock').waitFor();
    expect(await row('MS-3.0').getByText('Low stock').count()).toBe(0);
    // A viewer reads, and may not add.
    expect(await page.getByRole('button', { name: 'Add item' }).count()).toBe(0);

    const chart = page.getByRole('figure', { name: 'Stock value by category' });
    await chart.locator('.apexcharts-pie-area').first().waitFor({ state: 'attached' });
    // Each category with its value in rand (the site's currency), as the locale writes it.
    const legend = await chart.locator('.apexcharts-legend-text').allTextContents();
    expect(legend.map((text) => text.split(':')[0])).toEqual([
      'Raw Material',
      'Consumable',
      'Spare Part',
      'Tool',
    ]);
    for (const text of legend) expect(text).toMatch(/: (ZAR|R)\s?[\d,. ]+$/);
    const total = page.getByRole('region', { name: 'Stock value' }).locator('.valuation-total strong');
    expect(await total.textContent()).toMatch(/^(ZAR|R)\s?[\d,. ]+$/);
    await screenshot(page, 'production-inventory');

    // The filter lives in the address: the box shows checked once the page has moved there.
    const lowOnly = page.getByLabel('Low stock only');
    await lowOnly.click();
    await expect.poll(() => lowOnly.isChecked()).toBe(true);
    const items = page.locator('.table-wrap').first();
    // Until the filtered list is in: every row shown is a low one (the whole list holds these two as well).
    await expect
      .poll(
        async () =>
          (await items.locator('tbody tr').count()) ===
          (await items.locator('tbody tr.stock-row--low').count()),
      )
      .toBe(true);
    expect(await items.locator('tbody tr td:first-child').allTextContents()).toEqual(
      expect.arrayContaining(['GAS-O2', 'MS-5.0']),
    );
  });

  it('adds an item, records a purchase and a usage, and shows the stock and its flag change, live', async () => {
    const manager = await signedIn(browser, 'manager@demo.local', '/production/inventory');
    await manager.getByRole('button', { name: 'Add item' }).click();
    const add = manager.getByRole('dialog', { name: 'Add stock item' });
    await add.getByLabel('Item code').fill(code.toLowerCase());
    await add.getByLabel('Name').fill('Protective window 30×5');
    await add.getByLabel('Category').selectOption('Consumable');
    await add.getByLabel('Unit', { exact: true }).selectOption('pieces');
    await add.getByLabel('Reorder level').fill('5');
    await add.getByLabel('Unit cost').fill('189.999');
    await add.getByRole('button', { name: 'Add item' }).click();
    await add.getByText('A positive amount with at most 2 decimals, like 1250.00').waitFor();
    await add.getByLabel('Unit cost').fill('189.90');
    await add.getByRole('button', { name: 'Add item' }).click();
    await manager.getByRole('heading', { name: `${code} · Protective window 30×5` }).waitFor();
    await onHand(manager).getByText('Out of stock').waitFor();

    await manager.getByRole('button', { name: 'Record purchase' }).click();
    const buy = manager.getByRole('dialog', { name: `New transaction of ${code}` });
    await buy.getByLabel(/^Quantity bought/).fill('8');
    await buy.getByText('On hand after: 8 pieces (now 0 pieces)').waitFor();
    await buy.getByLabel('Reference').fill('PO-4471');
    await buy.getByRole('button', { name: 'Record purchase' }).click();
    await buy.waitFor({ state: 'detached' });
    await expect.poll(() => onHand(manager).textContent()).toBe('8 pieces');
    const purchase = manager.getByRole('region', { name: 'Transactions' }).getByRole('row').nth(1);
    expect(await purchase.textContent()).toContain('+8 pieces');

    // Olga takes some at the machine; the manager's page follows without a reload.
    const olga = await signedIn(
      browser,
      'operator@demo.local',
      manager.url().replace(/^.*\/production/, '/production'),
    );
    await olga.getByRole('heading', { name: `${code} · Protective window 30×5` }).waitFor();
    expect(await olga.getByRole('button', { name: 'Record purchase' }).count()).toBe(0);
    await olga.getByRole('button', { name: 'Record usage' }).click();
    const use = olga.getByRole('dialog', { name: `New transaction of ${code}` });
    await use.getByLabel(/^Quantity used/).fill('9');
    await use.getByText('Only 8 pieces on hand: this would leave -1 pieces').waitFor();
    await use.getByRole('button', { name: 'Record usage' }).click();
    await use
      .getByText(`Only 8 pieces of ${code} left: taking 9 pieces would leave less than none`)
      .waitFor();
    await use.getByLabel(/^Quantity used/).fill('4');
    await use.getByLabel('Reference').fill('JB-2025-10-CL0001-001');
    await screenshot(olga, 'production-inventory-usage');
    await use.getByRole('button', { name: 'Record usage' }).click();
    await use.waitFor({ state: 'detached' });
    await expect.poll(() => onHand(olga).textContent()).toBe('4 piecesLow stock');

    await expect.poll(() => onHand(manager).textContent()).toBe('4 piecesLow stock');
    const usage = manager.getByRole('region', { name: 'Transactions' }).getByRole('row').nth(1);
    expect(await usage.textContent()).toContain('−4 pieces');
    expect(await usage.textContent()).toContain('Olga Operator');
    await screenshot(manager, 'production-inventory-item');

    await manager.goto(`/production/inventory?q=${code}`);
    await manager.getByRole('row').filter({ hasText: code }).getByText('Low stock').waitFor();

    // Every item's transactions, filtered by item, type and days, the filters kept in the address.
    await manager.getByRole('link', { name: 'All transactions' }).click();
    await manager.getByRole('heading', { name: 'Stock transactions', level: 1 }).waitFor();
    const list = manager.locator('.table-wrap');
    await list.locator('tbody tr').first().waitFor();
    await manager.getByLabel('Item').selectOption({ label: `${code} · Protective window 30×5` });
    await expect.poll(() => list.locator('tbody tr').count()).toBe(2);
    await manager.getByLabel('Type').selectOption('Usage');
    await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
    const used = await list.locator('tbody tr').first().textContent();
    for (const text of [code, 'Usage', '−4 pieces', 'JB-2025-10-CL0001-001', 'Olga Operator'])
      expect(used).toContain(text);
    expect(used).toMatch(/189[.,]90/);
    expect(new URL(manager.url()).searchParams.get('type')).toBe('Usage');
    await screenshot(manager, 'production-inventory-transactions');
    // Reloaded, the page keeps its filters; a range after today holds none.
    await manager.reload();
    await expect.poll(() => manager.getByLabel('Type').inputValue()).toBe('Usage');
    await expect.poll(() => list.locator('tbody tr').first().textContent()).toContain('Olga Operator');
    const dayAfterTomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await manager.getByLabel('From').fill(dayAfterTomorrow);
    await manager.getByText('No transactions match.').waitFor();
  });
});
