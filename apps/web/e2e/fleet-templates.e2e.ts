import type { JsonTemplate } from '@factoryops/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, apiPost, BASE_URL, launchChromium, screenshot, signedIn } from './browser';

/** The schema-driven editor of a template's default values: an invalid value is refused at its field. */
describe('fleet JSON templates in Chromium', () => {
  let browser: Browser;
  let token: string;
  const run = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchChromium();
    token = await accessToken('manager@demo.local');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the demo templates by type', async () => {
    const page = await signedIn(browser, 'manager@demo.local', '/fleet/templates');
    await page.getByRole('row', { name: /Mask tester configuration/ }).waitFor();
    await page.getByLabel('Type').selectOption({ label: 'Test flow' });
    await page.getByRole('row', { name: /Flow meter verification/ }).waitFor();
    await page.getByRole('row', { name: /Mask tester configuration/ }).waitFor({ state: 'detached' });
    await screenshot(page, 'fleet-templates-list');
  });

  it('refuses a default value over its maximum with the schema’s message at that field, then saves a valid one', async () => {
    const template = await apiPost<JsonTemplate>(token, '/fleet/templates', {
      name: `Bench ${run}`,
      type: 'device_config',
      category: 'mask_tester',
      schema: {
        type: 'object',
        required: ['test_pressure_mbar'],
        properties: {
          test_pressure_mbar: { type: 'number', title: 'Test pressure (mbar)', minimum: 10, maximum: 300 },
          calibration_enabled: { type: 'boolean', title: 'Calibrate before each test' },
          unit: { title: 'Pressure unit', enum: ['mbar', 'Pa'] },
        },
      },
      defaults: { test_pressure_mbar: 100, calibration_enabled: true, unit: 'mbar' },
    });
    const page = await signedIn(browser, 'manager@demo.local', `/fleet/templates?q=${run}`);
    await page.getByRole('button', { name: `Edit Bench ${run}` }).click();
    const dialog = page.getByRole('dialog');
    const editor = dialog.getByRole('group', { name: 'Default values', exact: true });

    const pressure = editor.getByLabel('Test pressure (mbar)');
    await pressure.fill('450');
    // The message is at the field it is about, not merely somewhere on the page.
    const field = editor.locator('.form-group', { has: page.locator('#root_test_pressure_mbar') }).last();
    await field.getByText('must be <= 300').waitFor();
    await screenshot(page, 'fleet-template-defaults-refused');

    await dialog.getByRole('button', { name: 'Save template' }).click();
    await dialog
      .getByRole('alert')
      .getByText('The default values do not match the schema: /test_pressure_mbar must be <= 300')
      .waitFor();
    const stored = await (
      await fetch(`${BASE_URL}/api/v1/fleet/templates/${template.id}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json();
    expect(stored.defaults.test_pressure_mbar).toBe(100);

    // The tree and the raw JSON show the same value and the same refusal.
    await editor.getByRole('button', { name: 'Tree' }).click();
    await editor.getByText('/test_pressure_mbar', { exact: true }).waitFor();
    expect(await editor.getByLabel('/test_pressure_mbar').inputValue()).toBe('450');
    expect(await editor.locator('.json-tree__error').textContent()).toBe('must be <= 300');
    await editor.getByLabel('/test_pressure_mbar').fill('250');
    await expect.poll(() => editor.getByText('must be <= 300').count()).toBe(0);
    await screenshot(page, 'fleet-template-defaults-tree');
    await editor.getByRole('button', { name: 'JSON' }).click();
    const raw = editor.getByLabel('Default values (JSON)');
    expect(JSON.parse(await raw.inputValue())).toEqual({
      test_pressure_mbar: 250,
      calibration_enabled: true,
      unit: 'mbar',
    });
    await raw.fill('{ "test_pressure_mbar": 250, "unit": "psi" }');
    await editor.getByText('must be equal to one of the allowed values').waitFor();
    await raw.fill('{ "test_pressure_mbar": 250, "unit": "Pa"');
    await editor.getByText(/Not valid JSON/).waitFor();
    await raw.fill('{ "test_pressure_mbar": 250, "unit": "Pa" }');
    await screenshot(page, 'fleet-template-defaults-json');

    await editor.getByRole('button', { name: 'Form' }).click();
    expect(await editor.getByLabel('Test pressure (mbar)').inputValue()).toBe('250');
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const saved = await (
      await fetch(`${BASE_URL}/api/v1/fleet/templates/${template.id}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json();
    expect(saved.defaults).toEqual({ test_pressure_mbar: 250, unit: 'Pa' });
  });

  it('says when the schema being written does not compile', async () => {
    const page = await signedIn(browser, 'manager@demo.local', '/fleet/templates');
    await page.getByRole('button', { name: 'Add template' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(`Broken ${run}`);
    await dialog
      .getByLabel('JSON Schema (draft 2020-12)')
      .fill('{ "type": "object", "properties": { "a": { "type": "strin" } } }');
    await dialog.getByText(/The schema does not compile/).waitFor();
    await dialog.getByRole('button', { name: 'Add template' }).click();
    // The server refuses it too, naming the schema.
    await dialog
      .getByText(/must be equal to one of the allowed values/)
      .first()
      .waitFor();
    await screenshot(page, 'fleet-template-schema-refused');
  });
});
