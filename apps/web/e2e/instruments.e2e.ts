import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, screenshot, signIn } from './browser';

describe('instrument management in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a manager test a connection, add an instrument and set sensor limits', async () => {
    const page = await newPage(browser);
    await signIn(page, 'manager@demo.local');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monitoring' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Instruments' }).click();
    await page.getByRole('cell', { name: 'Lab 1A' }).first().waitFor({ timeout: 30_000 });
    const labRow = page.getByRole('row').filter({ hasText: 'Lab 1A' }).first();
    await expect(labRow.textContent()).resolves.toContain('18 – 24 °C');
    const device = await page.getByRole('row').filter({ hasText: 'Calibration lab' }).first().textContent();
    const port = /127\.0\.0\.1:(\d+)/.exec(device ?? '')?.[1];
    expect(port).toBeDefined();

    // Test connection against the simulated instrument before saving anything.
    await page.getByRole('button', { name: 'Add instrument' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add instrument' });
    await dialog.getByLabel('Host').fill('127.0.0.1');
    await dialog.getByLabel('Port').fill(String(port));
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await dialog.getByText(/Reached HART,1620,A6300,1\.10/).waitFor();
    await screenshot(page, 'instrument-test-connection');

    // A push device instead: no host needed.
    await dialog.getByLabel('Name').fill('Clean room logger');
    await dialog.getByLabel('Driver').selectOption('http-push');
    await dialog.getByRole('button', { name: 'Add instrument' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: 'Clean room logger' }).first().waitFor();

    const sensorRow = page.getByRole('row').filter({ hasText: 'Clean room logger · channel 1' });
    await sensorRow.getByRole('button', { name: /Edit/ }).click();
    const sensorDialog = page.getByRole('dialog', { name: /Edit Channel 1/ });
    await sensorDialog.getByLabel('Sensor name').fill('Clean room');
    await sensorDialog.getByLabel('Temperature min (°C)').fill('22');
    await sensorDialog.getByLabel('Temperature max (°C)').fill('19');
    await sensorDialog.getByRole('button', { name: 'Save sensor' }).click();
    await sensorDialog.getByText('The minimum must be below the maximum').waitFor();
    await sensorDialog.getByLabel('Temperature max (°C)').fill('24');
    await sensorDialog.getByRole('button', { name: 'Save sensor' }).click();
    await sensorDialog.waitFor({ state: 'hidden' });
    await expect(
      page.getByRole('row').filter({ hasText: 'Clean room logger · channel 1' }).textContent(),
    ).resolves.toContain('22 – 24 °C');
    await screenshot(page, 'instruments');
    await page.context().close();
  });

  it('shows viewers the list without the controls', async () => {
    const page = await newPage(browser);
    await signIn(page, 'viewer@demo.local');
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.goto('/monitoring/instruments');
    await page.getByRole('heading', { name: 'Instruments' }).first().waitFor();
    await screenshot(page, 'instruments-viewer');
    await page.getByRole('cell', { name: 'Lab 2A' }).first().waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Add instrument' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    await page.context().close();
  });
});
