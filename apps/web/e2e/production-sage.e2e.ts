import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSage, startFakeSage } from '../../api/test/fake-sage';
import { launchChromium, screenshot, signedIn } from './browser';

/** `npm test` points the app's Sage settings at this port and starts nothing there: this test does. */
const FAKE_SAGE_PORT = Number(process.env.E2E_FAKE_SAGE_PORT ?? 0);

/**
 * The accounting page against the fake Sage: an admin connects (the browser goes through the fake's
 * authorization page and back to the callback page), chooses the business, syncs the demo shop, sees what
 * matched and was created and each call of the sync, and disconnects.
 */
describe.skipIf(!FAKE_SAGE_PORT)('Sage Accounting in Chromium', () => {
  let browser: Browser;
  let fake: FakeSage;

  beforeAll(async () => {
    fake = await startFakeSage(FAKE_SAGE_PORT);
    fake.pageSize = 200;
    const business = fake.businesses[0].id;
    fake.addContact(business, { name: 'ACME METALWORKS', email: 'Orders@Acme-Metal.example' });
    fake.addContact(business, { name: 'Sage Only Fabricators', email: 'hello@sage-only.example' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await fake?.close();
  });

  it('connects, chooses the business, syncs with what it did shown, and disconnects', async () => {
    const page = await signedIn(browser, 'admin@demo.local', '/production');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounting' }).click();
    await page.getByRole('heading', { name: 'Accounting', level: 1 }).waitFor();
    await page.getByText('Not connected').waitFor();
    await screenshot(page, 'production-sage-not-connected');

    await page.getByRole('button', { name: 'Connect to Sage' }).click();
    // Through the fake's authorization page and the callback page, back to the accounting page.
    await page.getByText('Connected to Sage').waitFor();
    expect(new URL(page.url()).pathname).toBe('/production/accounting');
    await page.getByText('Choose the Sage business to sync with.').waitFor();
    expect(await page.getByRole('button', { name: 'Sync now' }).isDisabled()).toBe(true);

    const select = page.getByLabel('Business in Sage');
    await select.locator('option', { hasText: 'Laser OS (Pty) Ltd' }).waitFor({ state: 'attached' });
    await select.selectOption({ label: 'Laser OS (Pty) Ltd' });
    await page.getByRole('button', { name: 'Use this business' }).click();
    await page.locator('.details').getByText('Laser OS (Pty) Ltd').waitFor();

    await page.getByRole('button', { name: 'Sync now' }).click();
    const latest = page.getByRole('region', { name: 'Latest sync' });
    await latest.getByText('Done', { exact: true }).waitFor({ timeout: 30_000 });
    const contact = (name: string) => latest.getByRole('row').filter({ hasText: name });
    await contact('ACME METALWORKS').getByText('Matched by email').waitFor();
    await contact('Sage Only Fabricators').getByText('New client created').waitFor();
    // The demo shop's sent and paid invoices went to Sage, each once.
    const invoiceRows = latest.getByRole('row').filter({ hasText: /INV-\d{4}-\d{3}/ });
    expect(await invoiceRows.count()).toBeGreaterThan(0);
    expect(await latest.getByText('Created in Sage').count()).toBe(await invoiceRows.count());
    const references = fake.businesses[0].salesInvoices.map((invoice) => invoice.reference);
    expect(new Set(references).size).toBe(references.length);
    expect(references.length).toBe(await invoiceRows.count());
    await screenshot(page, 'production-sage-synced');

    // Admins see every HTTP call of the sync.
    await page
      .getByRole('region', { name: 'Sync history' })
      .getByRole('button', { name: /\d+ calls/ })
      .click();
    const calls = page.getByRole('dialog');
    await calls.getByText('GET /v3.1/contacts?contact_type_id=CUSTOMER', { exact: false }).first().waitFor();
    await screenshot(page, 'production-sage-calls');
    await calls.getByRole('button', { name: 'Close' }).click();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Disconnect' }).click();
    await page.getByRole('button', { name: 'Connect to Sage' }).waitFor();
    expect(fake.revoked).toHaveLength(1);
  });
});
