import type { Client, Project } from '@factoryops/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, apiPost, launchChromium, newPage, screenshot, signIn } from './browser';

/** A message written from a template on a project's page, previewed filled in, and found in the history. */
describe('messages to clients in Chromium', () => {
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

  it("writes a project's message from a template, previewed with its details, and lists it", async () => {
    const client = await apiPost<Client>(token, '/production/clients', {
      name: `Gate Makers ${run}`,
      contactPerson: 'Sipho Dlamini',
      email: 'sipho@gates.example',
    });
    const project = await apiPost<Project>(token, '/production/projects', {
      clientId: client.id,
      name: `Gate panels ${run}`,
    });
    const page = await newPage(browser);
    await signIn(page, 'manager@demo.local');
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.goto(`/production/projects/${project.id}`);

    const history = page.getByRole('region', { name: 'Messages' });
    await history.getByText('No messages yet.').waitFor();
    await history.getByRole('button', { name: 'Write message' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Template').selectOption({ label: 'Collection Ready' });
    expect(await dialog.getByLabel('Subject').inputValue()).toBe('Ready for collection - {{project_code}}');
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await preview.getByText(`Ready for collection - ${project.code}`).waitFor();
    expect(await preview.textContent()).toContain('Dear Sipho Dlamini,');
    await dialog.getByLabel('Message').fill('Dear {{contact_person}}, {{job_number}} is ready.');
    await preview.getByText('Unknown variable {{job_number}}', { exact: false }).waitFor();
    await dialog.getByLabel('Message').fill('Dear {{contact_person}},\n\n{{project_name}} is cut and ready.');
    await preview.getByText(`Gate panels ${run} is cut and ready.`, { exact: false }).waitFor();
    await screenshot(page, 'messages-compose');
    await dialog.getByRole('button', { name: 'Send message' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await history.getByText(`Ready for collection - ${project.code}`).waitFor();
    expect(await history.textContent()).toContain('to sipho@gates.example');

    await page.goto(`/production/messages?q=${encodeURIComponent(project.code)}`);
    const row = page.getByRole('row', { name: new RegExp(`Ready for collection - ${project.code}`) });
    await row.waitFor();
    await row.getByRole('button').click();
    await page.getByRole('dialog').getByText(`Gate panels ${run} is cut and ready.`).waitFor();
    await screenshot(page, 'messages-view');
  });

  it('shows the automated messages switched on, each with its template', async () => {
    const page = await newPage(browser);
    await signIn(page, 'manager@demo.local');
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.goto('/production/messages/templates');
    const automations = page.getByRole('region', { name: 'Automated messages' });
    for (const label of ['POP confirmation', 'Collection ready', 'Quote expiring'])
      expect(await automations.getByRole('checkbox', { name: label }).isChecked()).toBe(true);
    expect(
      await automations.getByLabel('Template of POP confirmation').locator('option:checked').textContent(),
    ).toBe('POP Confirmation');
    await screenshot(page, 'message-templates');
  });
});
