import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, screenshot, signIn } from './browser';

/** `npm test` starts the app in demo mode with the two simulated Fluke 1620As beside it. */
describe('live monitoring dashboard in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the simulated instruments connected and live values on every sensor card', async () => {
    const page = await newPage(browser);
    await signIn(page, 'viewer@demo.local');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monitoring' }).click();
    const instruments = page.getByRole('region', { name: 'Instruments' });
    await instruments.getByText('Calibration lab').waitFor();
    await instruments.getByText('Connected').nth(1).waitFor({ timeout: 30_000 });
    // Sensor names come from the instruments themselves (SENSn:IDEN?).
    const card = page.getByRole('article', { name: 'Lab 1A (Calibration lab)' });
    await card.waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => Number(await card.getByTestId('temperature').textContent()), { timeout: 20_000 })
      .toBeGreaterThan(15);
    const humidity = Number(await card.getByTestId('humidity').textContent());
    expect(humidity).toBeGreaterThan(20);
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(4);
    // A viewer watches but cannot operate the instruments.
    expect(await instruments.getByRole('button', { name: 'Connect all' }).count()).toBe(0);
    await page.waitForTimeout(6000);
    await screenshot(page, 'monitoring');
    await page.setViewportSize({ width: 820, height: 1180 });
    await screenshot(page, 'monitoring-tablet');
    await page.context().close();
  });

  it('lets a technician disconnect and reconnect an instrument', async () => {
    const page = await newPage(browser);
    await signIn(page, 'tech@demo.local');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monitoring' }).click();
    const instruments = page.getByRole('region', { name: 'Instruments' });
    const warehouse = instruments.getByRole('listitem').filter({ hasText: 'Warehouse' });
    await warehouse.getByText('Connected').waitFor({ timeout: 30_000 });
    await warehouse.getByRole('button', { name: 'Disconnect Warehouse', exact: true }).click();
    await warehouse.getByText('Disconnected').waitFor();
    await page.getByRole('status').getByText('Warehouse: disconnected').waitFor();
    await warehouse.getByRole('button', { name: 'Connect Warehouse', exact: true }).click();
    await warehouse.getByText('Connected').waitFor({ timeout: 20_000 });
    await page.context().close();
  });
});
