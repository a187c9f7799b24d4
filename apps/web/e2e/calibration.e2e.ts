import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, screenshot, signIn } from './browser';

/** A one-page PDF, as small as a valid one gets: objects, cross-reference table, trailer. */
function minimalPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 40 100 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** `2026-11-22T00:17`-style values for the date and datetime-local inputs, some days from now. */
function localDay(daysFromNow: number): string {
  const date = new Date(Date.now() + daysFromNow * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const TEMPERATURE: [string, string][] = [
  ['10', '10.12'],
  ['20', '19.97'],
  ['30', '29.91'],
];
const HUMIDITY: [string, string][] = [
  ['30', '31.2'],
  ['50', '50.8'],
  ['70', '69.5'],
];

/**
 * `npm test` starts the app in demo mode: two simulated instruments (sensors Lab 1A … Lab 2B) with 30 days
 * of stored readings, and certificates for three of the sensors.
 */
describe('calibration certificates in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openCalibration(email: string): Promise<Page> {
    const page = await newPage(browser);
    await signIn(page, email);
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monitoring' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibration' }).click();
    await page.getByRole('heading', { name: 'Calibration', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Lab 1A' }).first().waitFor({ timeout: 15_000 });
    return page;
  }

  async function chooseSensor(dialog: Locator, name: string) {
    const option = dialog.getByLabel('Sensor').locator('option', { hasText: name }).first();
    await dialog.getByLabel('Sensor').selectOption((await option.getAttribute('value')) ?? '');
  }

  async function fillPoints(dialog: Locator, quantity: string, points: [string, string][]) {
    for (const [index, [reference, indication]] of points.entries()) {
      await dialog.getByRole('button', { name: `Add ${quantity.toLowerCase()} point` }).click();
      await dialog.getByLabel(`${quantity} point ${index + 1} reference`).fill(reference);
      await dialog.getByLabel(`${quantity} point ${index + 1} indication`).fill(indication);
    }
  }

  it('lets a manager add a certificate with points and its PDF, follow the recompute, and download the file', async () => {
    const page = await openCalibration('manager@demo.local');
    const number = `CAL-E2E-${Date.now().toString(36).toUpperCase()}`;
    await page.getByRole('button', { name: 'Add certificate', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add certificate' });
    // Nothing filled in: the required fields say so before anything is sent.
    await dialog.getByRole('button', { name: 'Add certificate' }).click();
    await dialog.getByRole('alert').getByText('Choose a sensor').waitFor();
    await dialog.getByRole('alert').getByText('Enter the certificate number').waitFor();

    await chooseSensor(dialog, 'Lab 1B');
    await dialog.getByLabel('Certificate number').fill(number);
    await dialog.getByLabel('Calibrated on').fill(localDay(-2));
    // From yesterday on: the demo's stored readings since then are corrected with it.
    await dialog
      .getByLabel('Valid from')
      .fill(`${localDay(-1)}T00:${String(Date.now() % 60).padStart(2, '0')}`);
    await dialog.getByLabel('Next calibration due').fill(localDay(-3));
    await dialog.getByLabel('Laboratory').fill('Metrology Lab Brno');
    await fillPoints(dialog, 'Temperature', TEMPERATURE);
    await fillPoints(dialog, 'Humidity', HUMIDITY);
    await expect(dialog.getByLabel('Temperature point 2 correction').textContent()).resolves.toBe('+0.03 °C');
    await expect(dialog.getByLabel('Humidity point 3 correction').textContent()).resolves.toBe('+0.5 %RH');
    await dialog.getByLabel('Attach PDF').setInputFiles({
      name: 'certificate-e2e.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(number),
    });
    await dialog.getByText('uploaded when you save').waitFor();
    await screenshot(page, 'calibration-form');
    await dialog.getByRole('button', { name: 'Add certificate' }).click();
    const dueError = dialog.getByText('The next calibration is due after this one');
    await dueError.waitFor();
    await dialog.evaluate((element) => element.scrollTo(0, 0));
    await screenshot(page, 'calibration-form-error');
    await dialog.getByLabel('Next calibration due').fill(localDay(363));
    await dialog.getByRole('button', { name: 'Add certificate' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The recompute job runs in the background; its progress arrives on the socket until it is done.
    // It waits behind any job of the same sensor (the demo's own, right after the app started).
    const progress = page.getByRole('region', { name: 'Recomputing corrected readings' });
    const mine = progress.getByRole('status').filter({ hasText: 'Lab 1B (Calibration lab)' }).first();
    await mine.waitFor();
    if ((await progress.getByRole('progressbar').count()) > 0) await screenshot(page, 'calibration-progress');
    await mine.getByText(/Done: [\d,]+ corrected readings recomputed\./).waitFor({ timeout: 90_000 });

    const row = page.getByRole('table').nth(1).getByRole('row').filter({ hasText: number });
    await row.getByText('Metrology Lab Brno').waitFor();
    const sensorRow = page.getByRole('table').first().getByRole('row').filter({ hasText: 'Lab 1B' });
    await sensorRow.getByText('Valid', { exact: true }).waitFor();
    await screenshot(page, 'calibration');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Download certificate-e2e.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('certificate-e2e.pdf');
    const pdf = await readFile(await download.path(), 'latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain(number);

    // The same reference twice: the server points at the very cell.
    await row.getByRole('button', { name: `Edit ${number}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit certificate ${number}` });
    await edit.getByText('certificate-e2e.pdf').waitFor();
    await edit.getByLabel('Temperature point 3 reference').fill('20');
    await edit.getByRole('button', { name: 'Save certificate' }).click();
    await edit.getByRole('alert').getByText('Each reference value may appear once').waitFor();
    await expect(edit.getByLabel('Temperature point 3 reference').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await screenshot(page, 'calibration-duplicate-reference');
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await edit.waitFor({ state: 'hidden' });

    // It corrected stored readings, so it stays on record: the server says how to replace it.
    await row.getByRole('button', { name: `Delete ${number}` }).click();
    const confirm = page.getByRole('dialog', { name: `Delete certificate ${number}` });
    await confirm.getByRole('button', { name: 'Delete certificate' }).click();
    await confirm
      .getByRole('alert')
      .getByText(/add a newer certificate to supersede it/)
      .waitFor();
    await screenshot(page, 'calibration-delete-refused');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await row.waitFor();

    await page.setViewportSize({ width: 820, height: 1180 });
    await screenshot(page, 'calibration-tablet');
    await row.getByRole('button', { name: `Edit ${number}` }).click();
    await edit.getByLabel('Humidity point 3 correction').waitFor();
    await screenshot(page, 'calibration-form-tablet');
    await page.keyboard.press('Escape');
    await page.context().close();
  }, 150_000);

  it('puts overdue and due-soon sensors first, with a notice here and on the live dashboard', async () => {
    // The demo's certificates: Lab 2A overdue, Lab 1A due in 10 days, Lab 1B valid, Lab 2B without.
    const page = await openCalibration('tech@demo.local');
    await page
      .getByRole('status')
      .getByText(/overdue for calibration/)
      .waitFor();
    await page
      .getByRole('status')
      .getByText(/due within 30 days/)
      .waitFor();
    const sensors = page.getByRole('table').first();
    await expect(sensors.getByRole('row').nth(1).textContent()).resolves.toMatch(
      /Lab 2A.*WH-2025-0093.*Overdue/,
    );
    const soon = sensors.getByRole('row').filter({ hasText: 'Lab 1A' });
    await soon.getByText('Due soon', { exact: true }).waitFor();
    await soon.getByText(/^(9|10|11) days$/).waitFor();
    await sensors.getByRole('row').filter({ hasText: 'Lab 2B' }).getByText('No certificate').waitFor();
    await screenshot(page, 'calibration-standings');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Live' }).click();
    const card = page.getByRole('region', { name: 'Calibration due' });
    await card.getByRole('link', { name: /Lab 2A/ }).waitFor({ timeout: 15_000 });
    await card.getByRole('link', { name: /Lab 1A/ }).waitFor();
    expect(await card.getByRole('link', { name: /Lab 1B|Lab 2B/ }).count()).toBe(0);
    await screenshot(page, 'calibration-dashboard-card');
    await card.getByRole('link', { name: /Lab 2A/ }).click();
    await page.getByRole('heading', { name: 'Calibration', exact: true }).waitFor();
    await page.context().close();
  });

  it('shows a viewer where calibration stands, without changing anything', async () => {
    const page = await openCalibration('viewer@demo.local');
    await page.getByRole('heading', { name: 'Certificates' }).waitFor();
    expect(await page.getByRole('button', { name: /Add certificate/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    await page.context().close();
  });
});
