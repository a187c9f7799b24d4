import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:3000';
const SCREENSHOTS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../test-results/screenshots',
);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-dev-shm-usage',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPage(browser: Browser, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: BASE_URL });
  return context.newPage();
}

export async function signIn(page: Page, email: string, password = 'demo1234'): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A new page signed in as `email` (a demo account), at `path` once the home page has greeted them. */
export async function signedIn(browser: Browser, email: string, path: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
  await page.goto(path);
  return page;
}

/** An access token of a demo account, for a test to make its data through the API as that person. */
export async function accessToken(email: string, password = 'demo1234'): Promise<string> {
  const response = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** POSTs `body` to an API path with `token`, answering the JSON (and throwing on an error answer). */
export async function apiPost<T>(token: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The whole page; only the window while a dialog is open (its backdrop covers just the window). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const dialogOpen = (await page.getByRole('dialog').count()) > 0;
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: !dialogOpen });
}

/**
 * Ticks a sensor in the sensor drop-down of the history and analytics pages ("Calibration lab – Lab 1A").
 * Sensors take their names from the instruments once connected; the list is refetched until then.
 */
export async function chooseSensor(page: Page, name: string): Promise<void> {
  const picker = page.locator('.sensor-picker');
  if (!(await picker.evaluate((details) => (details as HTMLDetailsElement).open)))
    await picker.locator('summary').click();
  const box = page.getByRole('checkbox', { name, exact: true });
  for (let attempt = 0; (await box.count()) === 0 && attempt < 3; attempt += 1) {
    await page.reload();
    await page.locator('.sensor-picker summary').click();
    await box.waitFor({ timeout: 15_000 }).catch(() => undefined);
  }
  // The choice goes through the address, so the box shows it a moment after the click.
  await box.click();
  await expect.poll(() => box.isChecked()).toBe(true);
}
