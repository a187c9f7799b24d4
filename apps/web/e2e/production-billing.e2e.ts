import type { Client, Project } from '@factoryops/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, apiPost, launchChromium, newPage, screenshot, signIn } from './browser';

/** A quote drafted with live totals, sent and accepted, then invoiced from it, as a manager would. */
describe('quotes and invoices in Chromium', () => {
  let browser: Browser;
  let token: string;
  const run = Date.now().toString(36);

  const api = <T>(path: string, body: unknown) => apiPost<T>(token, path, body);

  beforeAll(async () => {
    browser = await launchChromium();
    token = await accessToken('manager@demo.local');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('drafts a quote with live totals, sends and accepts it, and invoices the project from it', async () => {
    const client = await api<Client>('/production/clients', {
      name: `Bracket Buyers ${run}`,
      email: 'buyer@example.com',
    });
    const project = await api<Project>('/production/projects', {
      clientId: client.id,
      name: `Gate hinges ${run}`,
    });
    const page = await newPage(browser);
    await signIn(page, 'manager@demo.local');
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.goto(`/production/projects/${project.id}`);

    await page.getByRole('button', { name: 'New quote' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Description of line 1').fill('Hinge plates, laser cut');
    await dialog.getByLabel('Quantity of line 1').fill('2.5');
    await dialog.getByLabel('Unit price of line 1').fill('19.99');
    expect(await dialog.getByTestId('line-amount-1').textContent()).toBe('R 49.98');
    await dialog.getByRole('button', { name: 'Add line' }).click();
    await dialog.getByLabel('Description of line 2').fill('Deburring');
    await dialog.getByLabel('Quantity of line 2').fill('3');
    await dialog.getByLabel('Unit price of line 2').fill('0.10');
    // 49.98 + 0.30 = 50.28; VAT 15 % of it is 7.542 → 7.54; total 57.82.
    await expect.poll(() => dialog.getByTestId('document-total').textContent()).toBe('R 57.82');
    expect(await dialog.getByLabel('Totals').textContent()).toContain('R 7.54');
    await dialog.getByLabel('Quantity of line 2').fill('1.234');
    await dialog.getByTestId('line-amount-2').filter({ hasText: '—' }).waitFor();
    await dialog.getByLabel('Quantity of line 2').fill('3');
    await screenshot(page, 'billing-quote-editor');
    await dialog.getByRole('button', { name: 'Create quote' }).click();

    await page.getByRole('heading', { name: /^Quote QT-\d{4}-\d{3}$/ }).waitFor();
    expect(await page.getByTestId('document-total').textContent()).toBe('R 57.82');
    await page.getByRole('button', { name: 'Send to client' }).click();
    expect(await page.getByRole('dialog').getByLabel('Send to').inputValue()).toBe('buyer@example.com');
    await page.getByRole('dialog').getByRole('button', { name: 'Send quote' }).click();
    await page.locator('.badge', { hasText: 'Sent' }).waitFor();
    await page.getByRole('button', { name: 'Accepted by the client' }).click();
    await page.locator('.badge', { hasText: 'Accepted' }).waitFor();
    await screenshot(page, 'billing-quote-accepted');

    await page.getByRole('link', { name: project.code }).first().click();
    await page.getByRole('heading', { name: project.name }).waitFor();
    // The accepted quote's total is the project's quoted price now.
    await page.getByText('57.82', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'New invoice' }).click();
    const invoiceDialog = page.getByRole('dialog');
    expect(await invoiceDialog.getByRole('radio', { name: /Bill the accepted quote QT-/ }).isChecked()).toBe(
      true,
    );
    await invoiceDialog.getByRole('button', { name: 'Create invoice' }).click();
    await page.getByRole('heading', { name: /^Invoice INV-\d{4}-\d{3}$/ }).waitFor();
    expect(await page.getByTestId('document-total').textContent()).toBe('R 57.82');
    await page.getByRole('button', { name: 'Send to client' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send invoice' }).click();
    await page.locator('.badge', { hasText: 'Sent' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await screenshot(page, 'billing-invoice-sent');

    const invoiceNumber = (await page.getByRole('heading', { name: /^Invoice / }).textContent())?.slice(8);

    await page.goto('/production/invoices');
    await page.getByRole('link', { name: project.code }).first().waitFor();
    await screenshot(page, 'billing-invoices');

    // The client's page lists its quote and invoice, each with its project, status and total.
    await page.goto(`/production/clients/${client.id}`);
    const panel = page.getByRole('region', { name: 'Quotes and invoices' });
    const invoiceRow = panel.getByRole('row').filter({ hasText: invoiceNumber });
    await invoiceRow.waitFor();
    expect(await invoiceRow.textContent()).toContain(project.code);
    expect(await invoiceRow.textContent()).toContain('Sent');
    expect(await invoiceRow.textContent()).toContain('R 57.82');
    const quoteRow = panel.getByRole('row').filter({ hasText: /QT-\d{4}-\d{3}/ });
    expect(await quoteRow.textContent()).toContain('Accepted');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'billing-client-documents');
  });
});
