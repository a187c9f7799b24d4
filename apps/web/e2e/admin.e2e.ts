import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, screenshot, signIn } from './browser';

describe('admin pages in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, 'admin@demo.local');
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openNewUser = async () => {
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'New user' }).click();
    return page.getByRole('dialog', { name: 'New user' });
  };

  it('creates a user through the form and finds it in the list', async () => {
    await page.goto('/admin/users');
    await page.getByRole('cell', { name: 'admin@demo.local' }).waitFor();
    await screenshot(page, 'users');
    const dialog = await openNewUser();
    const email = `kim.${Date.now()}@demo.local`;
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByLabel('Display name').fill('Kim Quality');
    await dialog.getByLabel('Technician').check();
    await dialog.getByLabel('Password').fill('kim-pass-42');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('searchbox', { name: 'Search users' }).fill('Kim Quality');
    await page.getByRole('cell', { name: email }).waitFor();
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row.textContent()).resolves.toContain('Technician');

    const edit = async () => {
      await row.getByRole('button', { name: 'Edit Kim Quality' }).click();
      return page.getByRole('dialog', { name: 'Edit Kim Quality' });
    };
    let editDialog = await edit();
    await editDialog.getByLabel('Technician').uncheck();
    await editDialog.getByLabel('Operator').check();
    await editDialog.getByRole('button', { name: 'Save changes' }).click();
    await editDialog.waitFor({ state: 'hidden' });
    await row.getByText('Viewer, Operator').waitFor();
    editDialog = await edit();
    await editDialog.getByRole('button', { name: 'Deactivate' }).click();
    await row.getByText('Deactivated').waitFor();
    editDialog = await edit();
    await editDialog.getByRole('button', { name: 'Reactivate' }).click();
    await row.getByText('Active', { exact: true }).waitFor();
  });

  it('refuses to demote the last active administrator, with the server’s reason', async () => {
    await page.goto('/admin/users');
    await page.getByRole('combobox', { name: 'Role' }).selectOption('admin');
    await page.getByText('1–1 of 1').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'admin@demo.local' });
    await row.getByRole('button', { name: 'Edit Ada Admin' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Ada Admin' });
    await dialog.getByLabel('Administrator').uncheck();
    await dialog.getByLabel('Manager').check();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByText('This is the last active administrator').waitFor();
    await screenshot(page, 'users-last-admin');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('shows the server’s reasons next to the fields: weak password, duplicate email', async () => {
    const dialog = await openNewUser();
    await dialog.getByLabel('Email').fill('admin@demo.local');
    await dialog.getByLabel('Display name').fill('Second Admin');
    await dialog.getByLabel('Password').fill('abcdefgh');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.getByText('Use at least one letter and one digit').waitFor();
    await screenshot(page, 'users-validation');
    await dialog.getByLabel('Password').fill('abcdefg1');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.getByText('A user with this email already exists').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('shows the roles and permissions matrix', async () => {
    await page.goto('/admin/roles');
    await page.getByRole('columnheader', { name: 'Technician' }).waitFor();
    expect(await page.getByLabel('Viewer has measurements.view').count()).toBe(1);
    expect(await page.getByLabel('Viewer has users.manage').count()).toBe(0);
    await screenshot(page, 'roles');
  });

  it('creates an API key, shows the secret once, and revokes it', async () => {
    await page.goto('/admin/api-keys');
    await page.getByRole('button', { name: 'New API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API key' });
    await dialog.getByLabel('Name').fill('Line 3 PLC');
    await dialog.getByLabel('maintenance.status.report').check();
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const secretDialog = page.getByRole('dialog', { name: 'Your new API key' });
    const secret = await secretDialog.getByLabel('API key for Line 3 PLC').inputValue();
    expect(secret).toMatch(/^fo_/);
    await screenshot(page, 'api-key-secret');
    await secretDialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('cell', { name: 'Line 3 PLC' }).first().waitFor();
    expect(await page.content()).not.toContain(secret);
    await screenshot(page, 'api-keys');
    page.once('dialog', (confirm) => void confirm.accept());
    await page.getByRole('button', { name: 'Revoke Line 3 PLC' }).first().click();
    await page.getByText('Revoked').first().waitFor();
  });

  it('charts the login history above its table', async () => {
    await page.goto('/admin/logins');
    await page.getByRole('heading', { name: 'Login history' }).waitFor();
    // A bar with a count above zero: today's sign-ins are drawn.
    await page.locator('.apexcharts-bar-area:not([val="0"])').first().waitFor();
    await page.getByRole('cell', { name: 'admin@demo.local' }).first().waitFor();
    await screenshot(page, 'login-history');
  });

  it('lists the audit log with before and after values', async () => {
    await page.goto('/admin/audit');
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByText('Line 3 PLC').first().waitFor();
    await screenshot(page, 'audit');
  });
});

describe('admin pages for a manager', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers every role but Administrator, and no API keys page', async () => {
    const page = await newPage(browser);
    await signIn(page, 'manager@demo.local');
    await page.getByRole('heading', { name: /Hello, Max/ }).waitFor();
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('Manager').waitFor();
    expect(await dialog.getByLabel('Administrator').count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'API keys' }).count()).toBe(0);
    await page.context().close();
  });
});
