import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, newPage, screenshot, signIn } from './browser';

const NAV_BY_ROLE: [string, string[]][] = [
  ['admin@demo.local', ['Monitoring', 'Maintenance', 'Production', 'Fleet', 'Admin']],
  ['manager@demo.local', ['Monitoring', 'Maintenance', 'Production', 'Fleet', 'Admin']],
  ['tech@demo.local', ['Monitoring', 'Maintenance', 'Fleet']],
  ['repair@demo.local', ['Monitoring', 'Maintenance', 'Fleet']],
  ['operator@demo.local', ['Monitoring', 'Maintenance', 'Production']],
  ['viewer@demo.local', ['Monitoring', 'Maintenance', 'Production', 'Fleet']],
];

async function navLabels(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Home' }).waitFor();
  const labels = await nav.locator(':scope > ul > li > a').allTextContents();
  return labels.filter((label) => label !== 'Home');
}

describe('the app shell in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(NAV_BY_ROLE)('%s sees exactly the sections of the role', async (email, expected) => {
    const page = await newPage(browser);
    await signIn(page, email);
    expect(await navLabels(page)).toEqual(expected);
    await page.context().close();
  });

  it('shows the sign-in page, and the error for a wrong password', async () => {
    const page = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'login');
    await signIn(page, 'admin@demo.local', 'not-the-password');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Email or password is incorrect');
    await page.context().close();
  });

  it('keeps the session across a reload (silent refresh) and signs out', async () => {
    const page = await newPage(browser);
    await signIn(page, 'viewer@demo.local');
    await page.getByRole('heading', { name: /Hello, Vic/ }).waitFor();
    await screenshot(page, 'home');
    await page.reload();
    await page.getByRole('heading', { name: /Hello, Vic/ }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.context().close();
  });

  it('shows a 404 page for an unknown address, and an honest page for sections still to come', async () => {
    const page = await newPage(browser);
    await signIn(page, 'tech@demo.local');
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await screenshot(page, 'not-found');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fleet' }).click();
    await page.getByRole('heading', { name: 'Devices', level: 1 }).waitFor();
    // The parts of the fleet still to come say so, under the section's own address.
    await page.goto('/fleet/installations');
    await page.getByRole('heading', { name: 'Coming to this section' }).waitFor();
    await expect(page.getByText(/test scenarios/).textContent()).resolves.toContain('software versions');
    await page.context().close();
  });

  it('signs a user out at once when an administrator revokes their sessions', async () => {
    const page = await newPage(browser);
    await signIn(page, 'repair@demo.local');
    await page.getByRole('heading', { name: /Hello, Rene/ }).waitFor();
    const api = async (path: string, init: RequestInit = {}, token?: string) => {
      const headers = {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      };
      return fetch(`${BASE_URL}/api/v1${path}`, { ...init, headers });
    };
    const admin = await (
      await api('/auth/login', {
        method: 'POST',
        body: JSON.stringify({ email: 'admin@demo.local', password: 'demo1234' }),
      })
    ).json();
    const users = await (await api('/users?q=repair%40demo.local', {}, admin.accessToken)).json();
    const revoked = await api(
      `/users/${users.items[0].id}/sessions`,
      { method: 'DELETE' },
      admin.accessToken,
    );
    expect(revoked.status).toBe(204);
    await page.getByText('You were signed out: revoked by an administrator.').waitFor({ timeout: 10_000 });
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.context().close();
  });

  it('fits a tablet: the navigation opens from the menu button', async () => {
    const page = await newPage(browser, { width: 820, height: 1180 });
    await signIn(page, 'operator@demo.local');
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    await screenshot(page, 'home-tablet');
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await nav.isVisible()).toBe(true);
    await screenshot(page, 'home-tablet-menu');
    await nav.getByRole('link', { name: 'Production' }).click();
    // The section opens on its dashboard.
    await page.getByRole('heading', { name: 'Production', level: 1 }).waitFor();
    expect(await nav.isVisible()).toBe(false);
    await page.context().close();
  });
});
