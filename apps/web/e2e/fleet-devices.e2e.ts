import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, signedIn } from './browser';

/**
 * The fleet against the demo data: twenty devices (four of each type) over the demo's customers, and
 * a software catalogue with its versions and package files. What this test adds is named by its run.
 */
describe('fleet devices and software in Chromium', () => {
  let browser: Browser;
  const run = Date.now().toString(36).toUpperCase();

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the devices, filters them by type and status, and opens one with its configuration', async () => {
    const page = await signedIn(browser, 'viewer@demo.local', '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fleet' }).click();
    await page.getByRole('heading', { name: 'Devices', level: 1 }).waitFor();
    const rows = page.locator('.table-wrap tbody tr');
    await page.getByRole('link', { name: 'MT-2025-001' }).waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(20);
    // A viewer reads, and may not add.
    expect(await page.getByRole('button', { name: 'Add device' }).count()).toBe(0);
    await screenshot(page, 'fleet-devices');

    await page.getByLabel('Type').selectOption('mask_tester');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(
      Array(4).fill(expect.stringMatching(/^Mask tester/)),
    );
    expect(page.url()).toContain('type=mask_tester');
    await page.getByLabel('Status').selectOption('maintenance');
    await expect.poll(() => rows.count()).toBeLessThan(4);
    for (const status of await rows.locator('td:nth-child(4)').allTextContents())
      expect(status).toBe('Maintenance');
    await page.getByLabel('Status').selectOption('');

    await page.getByRole('link', { name: 'MT-2025-001' }).click();
    await page.getByRole('heading', { name: 'MT-2025-001', level: 1 }).waitFor();
    const configuration = page.getByRole('region', { name: 'Configuration' }).locator('pre');
    expect(JSON.parse((await configuration.textContent()) ?? '')).toMatchObject({
      test_pressure_mbar: 100,
      calibration_enabled: true,
      pressure_unit: 'mbar',
    });
    const details = await page.locator('.details').textContent();
    expect(details).toContain('Mask tester');
    expect(details).toMatch(/Customer\S/);
    await screenshot(page, 'fleet-device');
  });

  it('lets a maker add a device, refuses its number twice at the field, and edits it', async () => {
    const page = await signedIn(browser, 'maker@demo.local', '/fleet');
    const number = `E2E-${run}`;
    const add = async () => {
      await page.getByRole('button', { name: 'Add device' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add device' });
      await dialog.getByLabel('Device number').fill(number);
      await dialog.getByLabel('Type').selectOption('pressure_sensor');
      await dialog.getByLabel('Serial number').fill(`SN-${run}`);
      await dialog.getByLabel('Customer').selectOption({ index: 1 });
      await dialog.getByRole('button', { name: 'Add device' }).click();
      return dialog;
    };
    await add();
    await page.getByRole('heading', { name: number, level: 1 }).waitFor();
    expect(await page.locator('.details').textContent()).toContain('Pressure sensor');
    await page.getByText('No configuration yet.').waitFor();

    await page.getByRole('link', { name: 'Devices' }).first().click();
    const again = await add();
    await again.getByText(`Device number ${number} is already used by another device`).waitFor();
    await screenshot(page, 'fleet-device-duplicate');
    await again.getByRole('button', { name: 'Cancel' }).click();

    await page.getByLabel('Search devices').fill(number);
    await page.getByRole('link', { name: number }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${number}` });
    await edit.getByLabel('Status').selectOption('maintenance');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.page-header').getByText('Maintenance').waitFor();
  });

  it('shows a software with its versions by semver, uploads a package with its checksum and downloads it', async () => {
    const page = await signedIn(browser, 'maker@demo.local', '/fleet/software');
    await page.getByRole('link', { name: 'Mask Tester Firmware' }).click();
    await page.getByRole('heading', { name: 'Mask Tester Firmware', level: 1 }).waitFor();
    const versions = page.getByRole('region', { name: 'Versions' }).locator('tbody tr');
    await expect.poll(() => versions.count()).toBe(4);
    expect(await versions.locator('td:first-child strong').allTextContents()).toEqual([
      '3.0.0-beta.2',
      '2.10.0',
      '2.4.1',
      '2.4.0',
    ]);

    const version = `4.${Date.now() % 1000}.0-e2e`;
    await page.getByRole('button', { name: 'Add version' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add version' });
    await dialog.getByLabel('Version number').fill('4.0');
    await dialog.getByRole('button', { name: 'Add version' }).click();
    await dialog.getByText('4.0 is not a semantic version').waitFor();
    await dialog.getByLabel('Version number').fill(version);
    await dialog.getByLabel('Channel').selectOption('beta');
    await dialog.getByLabel('Mask tester').check();
    await dialog.getByRole('button', { name: 'Add version' }).click();
    const row = versions.filter({ hasText: version });
    await row.waitFor();
    expect(await versions.locator('td:first-child strong').first().textContent()).toBe(version);

    const content = Buffer.from(`mask tester firmware ${version}\n${'x'.repeat(200_000)}`);
    await row.getByLabel(`Package of ${version}`).setInputFiles({
      name: `mt-fw-${version}.bin`,
      mimeType: 'application/octet-stream',
      buffer: content,
    });
    const sha256 = createHash('sha256').update(content).digest('hex');
    await row.getByText(`sha256 ${sha256}`).waitFor();
    await screenshot(page, 'fleet-software');

    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: `mt-fw-${version}.bin` }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`mt-fw-${version}.bin`);
  });

  it('shows the maker and configurator roles in the permission matrix, and a configurator reads devices only', async () => {
    const admin = await signedIn(browser, 'admin@demo.local', '/admin/roles');
    await admin.getByRole('columnheader', { name: 'Maker' }).waitFor();
    await admin.getByRole('columnheader', { name: 'Configurator' }).waitFor();
    expect(await admin.getByLabel('Maker has fleet.software.manage').count()).toBe(1);
    expect(await admin.getByLabel('Maker has fleet.scenarios.manage').count()).toBe(0);
    expect(await admin.getByLabel('Configurator has fleet.configurations.manage').count()).toBe(1);
    expect(await admin.getByLabel('Configurator has fleet.devices.manage').count()).toBe(0);

    const configurator = await signedIn(browser, 'configurator@demo.local', '/fleet');
    await configurator.getByRole('link', { name: 'MT-2025-001' }).waitFor();
    expect(await configurator.getByRole('button', { name: 'Add device' }).count()).toBe(0);
    const sections = configurator.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await sections.allTextContents()).toEqual(['Home', 'Fleet', 'Devices', 'Software', 'Templates']);
  });
});
