import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseSensor, launchChromium, newPage, screenshot, signIn } from './browser';

const LAB = 'Lab 1A (Calibration lab)';
const WAREHOUSE = 'Lab 2A (Warehouse)';

/**
 * `npm test` starts the app in demo mode: 30 days of stored readings, limits 18–24 °C and 30–60 %RH,
 * a temperature excursion in the calibration lab, a humidity one and a six-hour outage in the warehouse.
 */
describe('monitoring analytics in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openAnalytics(email: string): Promise<Page> {
    const page = await newPage(browser);
    await signIn(page, email);
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Monitoring' }).click();
    // Next to History in the monitoring pages.
    await nav.getByRole('link', { name: 'Analytics' }).waitFor();
    const links = await nav.getByRole('link').allTextContents();
    expect(links.indexOf('Analytics')).toBe(links.indexOf('History') + 1);
    await nav.getByRole('link', { name: 'Analytics' }).click();
    await page.getByRole('heading', { name: 'Analytics', exact: true }).waitFor();
    return page;
  }

  const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
  const figure = (page: Page, name: string) => page.getByRole('figure', { name });
  const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
  /** The result of the view chosen (not the previous one, kept on screen while it is computed). */
  async function settled(page: Page): Promise<void> {
    await page.locator('.analytics-results[aria-busy="false"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.analytics-progress').count()).toBe(0);
  }

  it('analyses two sensors over 30 days: time out of limits, MKT, excursions and charts', async () => {
    const page = await openAnalytics('tech@demo.local');
    await page.getByRole('heading', { name: 'Choose sensors' }).waitFor();
    await screenshot(page, 'analytics-no-sensor');
    await page.getByLabel('Range', { exact: true }).selectOption({ label: 'Last 30 days' });
    await expect.poll(() => param(page, 'range')).toBe('30d');
    await chooseSensor(page, 'Calibration lab – Lab 1A');
    await chooseSensor(page, 'Warehouse – Lab 2A');
    await page.keyboard.press('Escape');
    expect(param(page, 'sensors')?.split(',')).toHaveLength(2);

    // The written summary names both sensors.
    await settled(page);
    const summary = region(page, 'Summary');
    await expect(summary.textContent()).resolves.toMatch(/Lab 1A/);
    await expect(summary.textContent()).resolves.toMatch(/Lab 2A/);

    // One group of three bars per sensor.
    const outOfLimits = figure(page, 'Time out of limits (% of covered time)');
    await outOfLimits.locator('svg .apexcharts-bar-series').waitFor();
    await expect(outOfLimits.locator('.apexcharts-bar-area').count()).resolves.toBe(6);
    await expect(outOfLimits.locator('.apexcharts-legend').textContent()).resolves.toMatch(
      /Temperature.*Humidity.*Either/,
    );

    // The calibration lab was too warm once; the warehouse too humid once, and off for six hours.
    const lab = region(page, LAB);
    const warehouse = region(page, WAREHOUSE);
    const tile = (section: typeof lab, name: string) =>
      section.locator('.analytics-tile', { has: page.getByText(name, { exact: true }) });
    await expect(tile(lab, 'Temperature out of limits').textContent()).resolves.toMatch(
      /out of limits(< )?\d+(\.\d+)? %.*limits 18\.00 – 24\.00\s°C/,
    );
    await expect(tile(lab, 'Temperature out of limits').getAttribute('class')).resolves.toContain(
      'analytics-tile--out',
    );
    await expect(tile(lab, 'Humidity out of limits').textContent()).resolves.toMatch(
      /0 %.*30\.0 – 60\.0\s%RH/,
    );
    // How high the warehouse's humidity went depends on the time of day the demo started.
    await expect(tile(warehouse, 'Humidity out of limits').textContent()).resolves.toMatch(/\d %/);
    await expect(tile(lab, 'Mean kinetic temperature').textContent()).resolves.toMatch(
      /\d+\.\d{2} °C.*ΔH\/R 10,000 K/,
    );
    await expect(tile(warehouse, 'Coverage').textContent()).resolves.toMatch(/Coverage9\d(\.\d)? %/);
    await expect(warehouse.textContent()).resolves.toMatch(/9\d(\.\d)? % of the range covered/);

    // Means, extremes with their times, trends.
    const figures = lab.locator('table.analytics-figures');
    const temperatureRow = figures.getByRole('row', { name: /^Temperature/ });
    await expect(temperatureRow.textContent()).resolves.toMatch(
      /\d+\.\d{2} °C.*\d+\.\d{2} °C\w{3} \d+, \d{4}.*[+−]?\d+\.\d{2} °C\/day/,
    );

    // The excursions: quantity, direction, times, duration, worst value and limit.
    const labExcursions = region(page, `Excursions of ${LAB}`);
    await expect(labExcursions.getByRole('heading').textContent()).resolves.toMatch(
      /Excursions \([1-9]\d*\)/,
    );
    const first = labExcursions.getByRole('row').nth(1);
    await expect(first.textContent()).resolves.toMatch(
      /TemperatureAbove limit.*\d+ (min|h).*\d+\.\d{2} °C.*24\.00 °C/,
    );

    // Daily bands and distributions of each quantity, for each sensor.
    for (const section of [lab, warehouse]) {
      for (const name of ['Daily temperature (°C)', 'Daily humidity (%RH)']) {
        const chart = section.getByRole('figure', { name });
        await chart.locator('svg .apexcharts-rangeArea-series').waitFor();
        await expect(chart.locator('.apexcharts-yaxis-annotations line').count()).resolves.toBe(2);
      }
      for (const name of ['Temperature distribution (% of time)', 'Humidity distribution (% of time)']) {
        const chart = section.getByRole('figure', { name });
        await chart.locator('svg .apexcharts-bar-series').waitFor();
        await expect(chart.locator('.apexcharts-bar-area').count()).resolves.toBeGreaterThan(3);
      }
    }
    await page.waitForTimeout(500);
    await screenshot(page, 'analytics-30d');

    // A slow computation: the time it has been running, the previous result still shown meanwhile.
    await page.route('**/api/v1/analytics?*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue();
    });
    const energy = page.getByLabel('Activation energy ΔH/R (K)');
    await energy.fill('8000');
    await energy.press('Enter');
    await expect.poll(() => param(page, 'activationEnergy')).toBe('8000');
    const progress = page.getByRole('status').filter({ hasText: 'Computing the analytics of 2 sensors' });
    await expect
      .poll(() => progress.locator('.analytics-progress__elapsed').textContent(), { timeout: 5_000 })
      .toMatch(/^[12] s$/);
    await expect(progress.textContent()).resolves.toMatch(/the previous result stays below/);
    expect(await lab.count()).toBe(1);
    await screenshot(page, 'analytics-computing');
    await tile(lab, 'Mean kinetic temperature').getByText('ΔH/R 8,000 K').waitFor({ timeout: 30_000 });
    await expect(progress.count()).resolves.toBe(0);
    await page.unroute('**/api/v1/analytics?*');

    // A tablet held upright: the charts stack, the tables keep their essential columns.
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.waitForTimeout(800);
    await screenshot(page, 'analytics-tablet');
    await page.context().close();
  });

  it('says what is wrong with an activation energy, shows an empty range, and keeps the view in the address', async () => {
    const page = await openAnalytics('viewer@demo.local');
    // As if a language model were configured: its rewrite first, marked as such, the server's words a click away.
    await page.route('**/api/v1/analytics?*', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.summary.rewritten = 'All in order this week.\nNothing went beyond a limit.';
      await route.fulfill({ response, json: body });
    });
    await chooseSensor(page, 'Calibration lab – Lab 1A');
    await page.keyboard.press('Escape');
    const summary = region(page, 'Summary');
    await summary.getByText('Rewritten by the language model').waitFor({ timeout: 30_000 });
    await summary.getByText(/All in order this week/).waitFor();
    const original = summary.getByText('Original summary, written from the figures');
    await original.click();
    await expect(summary.locator('details p').textContent()).resolves.toMatch(/Lab 1A/);
    await screenshot(page, 'analytics-rewritten');
    await page.unroute('**/api/v1/analytics?*');

    const energy = page.getByLabel('Activation energy ΔH/R (K)');
    await energy.fill('50');
    await energy.press('Enter');
    await page
      .getByRole('alert')
      .getByText('Use an activation energy (ΔH/R) between 1,000 and 100,000 K')
      .waitFor({ timeout: 15_000 });
    await expect(energy.getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'analytics-refused');
    await energy.fill('10000');
    await energy.press('Enter');
    await region(page, 'Summary').waitFor({ timeout: 30_000 });

    // Long before the demo's readings.
    await page.getByLabel('Range', { exact: true }).selectOption({ label: 'Custom' });
    await page.getByLabel('From', { exact: true }).fill('2020-01-01T00:00');
    await page.getByLabel('To', { exact: true }).fill('2020-01-31T00:00');
    await page.getByRole('heading', { name: 'No readings in this range' }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'analytics-empty');

    // The same address opens the same view.
    await page.reload();
    await page.getByRole('heading', { name: 'No readings in this range' }).waitFor({ timeout: 30_000 });
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe('2020-01-01T00:00');
    await page.context().close();
  });
});
