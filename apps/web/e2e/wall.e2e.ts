import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, newPage, screenshot, signIn } from './browser';

describe('wall display in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows live values full screen from a manager’s link, without signing in, until it is revoked', async () => {
    const manager = await newPage(browser);
    await signIn(manager, 'manager@demo.local');
    await manager.getByRole('heading', { name: /Hello/ }).waitFor();
    await manager.goto('/monitoring/instruments');
    const section = manager.getByRole('region', { name: 'Wall displays' });
    await section.getByLabel('New wall display').fill('Lab 1 TV');
    await section.getByRole('button', { name: 'Create link' }).click();
    const link = await section.getByLabel('Wall display link').inputValue();
    expect(link).toMatch(new RegExp(`^${BASE_URL}/wall#key=fo_`));

    const wall = await newPage(browser, { width: 1600, height: 900 });
    await wall.goto(link);
    const tile = wall.getByRole('region', { name: 'Lab 1A' });
    await tile.waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => (await tile.textContent()) ?? '', { timeout: 20_000 })
      .toMatch(/\d+\.\d °C/);
    expect(await wall.getByRole('navigation').count()).toBe(0);
    await screenshot(wall, 'wall');

    manager.once('dialog', (confirm) => void confirm.accept());
    await section.getByRole('button', { name: 'Revoke Lab 1 TV' }).click();
    await section.getByText('Revoked').waitFor();
    await wall.reload();
    await wall.getByRole('heading', { name: 'This wall display link is not valid' }).waitFor();
    await manager.context().close();
    await wall.context().close();
  });
});
