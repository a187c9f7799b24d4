import { createRequire } from 'node:module';
import { type BillingLine, formatMoney } from '@factoryops/contracts';
import PDFDocument from 'pdfkit';
import type { CompanyDetails } from '../settings/company-settings.service.js';

/** What a quote or invoice prints, beside the company's details. */
export interface PrintedDocument {
  kind: 'quote' | 'invoice';
  number: string;
  /** Printed beside the title unless the document is simply out with the client (Sent). */
  status: string;
  /** Label and calendar day (`YYYY-MM-DD`): issued, valid until, due… */
  dates: [label: string, day: string][];
  client: {
    code: string;
    name: string;
    contactPerson: string;
    address: string;
    email: string;
    phone: string;
  };
  project: { code: string; name: string };
  lines: BillingLine[];
  currency: string;
  vatRate: string;
  subtotal: string;
  vat: string;
  total: string;
  notes: string;
}

/** DejaVu Sans covers Latin, Greek and Cyrillic, where PDF's built-in Helvetica stops at Windows-1252. */
const fontFile = (name: string) => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`);
const REGULAR = fontFile('DejaVuSans.ttf');
const BOLD = fontFile('DejaVuSans-Bold.ttf');

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const FOOTER_SPACE = 50;
const CONTENT_WIDTH = A4.width - 2 * MARGIN;
const INK = '#1f2933';
const MUTED = '#616e7c';
const RULE = '#cbd2d9';
const ACCENT = '#c2410c';

/** The lines table: where each column starts, how wide it is, how it aligns. */
const COLUMNS = [
  { title: '#', x: MARGIN, width: 22, align: 'left' },
  { title: 'Description', x: MARGIN + 24, width: 241, align: 'left' },
  { title: 'Qty', x: MARGIN + 267, width: 55, align: 'right' },
  { title: 'Unit price', x: MARGIN + 324, width: 83, align: 'right' },
  { title: 'Amount', x: MARGIN + 409, width: 86, align: 'right' },
] as const;

const calendar = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const printedDay = (day: string) => calendar.format(new Date(`${day}T00:00:00Z`));
/** `50.00` → `50`, `2.50` → `2.5`. */
const printedQuantity = (quantity: string) =>
  quantity.includes('.') ? quantity.replace(/\.?0+$/, '') : quantity;

/**
 * Renders a quote or invoice as an A4 PDF with PDFKit: the company block with its logo, the client, the
 * lines (continued over as many pages as they need, the table's head repeated), subtotal, VAT and total
 * in the document's currency, the bank details to pay into, and "Page n of m" on every page.
 */
export function renderBillingPdf(printed: PrintedDocument, company: CompanyDetails): Promise<Buffer> {
  const title = printed.kind === 'quote' ? 'Quote' : 'Invoice';
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: FOOTER_SPACE, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `${title} ${printed.number}`, Author: company.companyName || 'FactoryOps' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('regular', REGULAR);
  pdf.registerFont('bold', BOLD);

  let y = header(pdf, company);
  y = heading(pdf, printed, title, y);
  y = linesTable(pdf, printed, y);
  y = totals(pdf, printed, y);
  closing(pdf, printed, company, y);
  footers(pdf, printed, company);
  pdf.end();
  return done;
}

/** The logo on the left, the company's name and details on the right; answers where the block ends. */
function header(pdf: PDFKit.PDFDocument, company: CompanyDetails): number {
  let logoBottom = MARGIN;
  if (company.logo) {
    pdf.image(company.logo, MARGIN, MARGIN, { fit: [170, 70] });
    logoBottom = MARGIN + 70;
  }
  const x = MARGIN + 200;
  const width = CONTENT_WIDTH - 200;
  pdf.font('bold').fontSize(13).fillColor(INK);
  pdf.text(company.companyName || 'Your company name (set it in the production settings)', x, MARGIN, {
    width,
    align: 'right',
  });
  pdf.font('regular').fontSize(9).fillColor(MUTED);
  const details = [
    company.address,
    [company.phone, company.email].filter(Boolean).join('  ·  '),
    company.vatNumber ? `VAT No. ${company.vatNumber}` : '',
  ].filter(Boolean);
  if (details.length > 0) pdf.text(details.join('\n'), x, pdf.y + 2, { width, align: 'right' });
  return Math.max(logoBottom, pdf.y) + 24;
}

/** The title and number, the dates, the client and the project. */
function heading(pdf: PDFKit.PDFDocument, printed: PrintedDocument, title: string, top: number): number {
  pdf.font('bold').fontSize(22).fillColor(INK).text(title.toUpperCase(), MARGIN, top);
  pdf.font('regular').fontSize(11).fillColor(INK).text(printed.number, MARGIN, pdf.y);
  if (printed.status !== 'Sent')
    pdf
      .font('bold')
      .fontSize(10)
      .fillColor(ACCENT)
      .text(printed.status.toUpperCase(), MARGIN, pdf.y + 2);
  const titleBottom = pdf.y;

  // The dates, as label / value pairs on the right.
  let dateY = top + 4;
  for (const [label, day] of printed.dates) {
    pdf
      .font('regular')
      .fontSize(9)
      .fillColor(MUTED)
      .text(label, MARGIN + 290, dateY, { width: 110 });
    pdf.font('bold').fontSize(9).fillColor(INK);
    pdf.text(printedDay(day), MARGIN + 400, dateY, { width: CONTENT_WIDTH - 400, align: 'right' });
    dateY += 15;
  }

  let y = Math.max(titleBottom, dateY) + 18;
  pdf.font('bold').fontSize(8).fillColor(MUTED);
  pdf.text(printed.kind === 'quote' ? 'QUOTE FOR' : 'BILL TO', MARGIN, y, { characterSpacing: 0.6 });
  pdf.text('PROJECT', MARGIN + 290, y, { characterSpacing: 0.6 });
  y += 13;
  const client = printed.client;
  pdf.font('bold').fontSize(10).fillColor(INK).text(client.name, MARGIN, y, { width: 270 });
  const clientLines = [
    client.contactPerson ? `Attn: ${client.contactPerson}` : '',
    client.address,
    client.email,
    client.phone,
    `Client ${client.code}`,
  ].filter(Boolean);
  pdf
    .font('regular')
    .fontSize(9)
    .fillColor(INK)
    .text(clientLines.join('\n'), MARGIN, pdf.y + 1, { width: 270 });
  const clientBottom = pdf.y;
  pdf
    .font('bold')
    .fontSize(10)
    .text(printed.project.code, MARGIN + 290, y, { width: CONTENT_WIDTH - 290 });
  pdf
    .font('regular')
    .fontSize(9)
    .text(printed.project.name, MARGIN + 290, pdf.y + 1, { width: CONTENT_WIDTH - 290 });
  return Math.max(clientBottom, pdf.y) + 22;
}

function tableHead(pdf: PDFKit.PDFDocument, y: number): number {
  pdf.rect(MARGIN, y, CONTENT_WIDTH, 18).fill('#f0f4f8');
  pdf.font('bold').fontSize(8.5).fillColor(MUTED);
  for (const column of COLUMNS)
    pdf.text(column.title, column.x + 3, y + 5, { width: column.width - 6, align: column.align });
  return y + 22;
}

/** The last y a row may reach on a page. */
const pageBottom = () => A4.height - FOOTER_SPACE - 10;

/** One row per line, wrapped descriptions included; a row that would not fit starts a new page. */
function linesTable(pdf: PDFKit.PDFDocument, printed: PrintedDocument, top: number): number {
  let y = tableHead(pdf, top);
  printed.lines.forEach((line, index) => {
    pdf.font('regular').fontSize(9);
    const descriptionHeight = pdf.heightOfString(line.description, { width: COLUMNS[1].width - 6 });
    const height = Math.max(descriptionHeight, 11) + 8;
    if (y + height > pageBottom()) {
      pdf.addPage();
      pdf.font('regular').fontSize(9).fillColor(MUTED);
      pdf.text(`${printed.number} (continued)`, MARGIN, MARGIN);
      y = tableHead(pdf, MARGIN + 18);
    }
    const cells = [
      String(index + 1),
      line.description,
      printedQuantity(line.quantity),
      formatMoney(line.unitPrice, printed.currency),
      formatMoney(line.lineTotal, printed.currency),
    ];
    pdf.font('regular').fontSize(9).fillColor(INK);
    cells.forEach((cell, column) => {
      const { x, width, align } = COLUMNS[column];
      pdf.text(cell, x + 3, y + 4, { width: width - 6, align });
    });
    y += height;
    pdf
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + CONTENT_WIDTH, y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
  });
  if (printed.lines.length === 0) {
    pdf
      .font('regular')
      .fontSize(9)
      .fillColor(MUTED)
      .text('No lines yet.', MARGIN + 3, y + 4);
    y += 20;
  }
  return y;
}

/** Subtotal, VAT and total, right-aligned under the amounts, kept together on one page. */
function totals(pdf: PDFKit.PDFDocument, printed: PrintedDocument, top: number): number {
  let y = top + 10;
  if (y + 72 > pageBottom()) {
    pdf.addPage();
    y = MARGIN;
  }
  const labelX = MARGIN + 250;
  const rows: [string, string, boolean][] = [
    ['Subtotal', printed.subtotal, false],
    [`VAT (${printed.vatRate.replace(/\.?0+$/, '')} %)`, printed.vat, false],
    [`Total (${printed.currency})`, printed.total, true],
  ];
  for (const [label, amount, strong] of rows) {
    if (strong) {
      y += 3;
      pdf
        .moveTo(labelX, y)
        .lineTo(MARGIN + CONTENT_WIDTH, y)
        .lineWidth(1)
        .strokeColor(INK)
        .stroke();
      y += 6;
    }
    pdf
      .font(strong ? 'bold' : 'regular')
      .fontSize(strong ? 11 : 9.5)
      .fillColor(INK);
    pdf.text(label, labelX, y, { width: 150 });
    pdf.text(formatMoney(amount, printed.currency), labelX + 150, y, {
      width: CONTENT_WIDTH - 250 - 150,
      align: 'right',
    });
    y += strong ? 18 : 15;
  }
  return y + 14;
}

/** How to pay (bank details, the number as reference) and the document's notes. */
function closing(
  pdf: PDFKit.PDFDocument,
  printed: PrintedDocument,
  company: CompanyDetails,
  top: number,
): void {
  const blocks: [string, string][] = [];
  if (company.bankDetails)
    blocks.push(['PAYMENT DETAILS', `${company.bankDetails}\nReference: ${printed.number}`]);
  if (printed.notes) blocks.push(['NOTES', printed.notes]);
  let y = top;
  for (const [label, body] of blocks) {
    pdf.font('regular').fontSize(9);
    const height = pdf.heightOfString(body, { width: CONTENT_WIDTH }) + 16;
    if (y + height > pageBottom()) {
      pdf.addPage();
      y = MARGIN;
    }
    pdf.font('bold').fontSize(8).fillColor(MUTED).text(label, MARGIN, y, { characterSpacing: 0.6 });
    pdf
      .font('regular')
      .fontSize(9)
      .fillColor(INK)
      .text(body, MARGIN, pdf.y + 3, { width: CONTENT_WIDTH });
    y = pdf.y + 14;
  }
}

/** "Page n of m" and the company's name at the foot of every page, once the page count is known. */
function footers(pdf: PDFKit.PDFDocument, printed: PrintedDocument, company: CompanyDetails): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let page = start; page < start + count; page += 1) {
    pdf.switchToPage(page);
    // Below the bottom margin PDFKit would start a new page for the text: lift the margin while writing.
    pdf.page.margins.bottom = 0;
    const y = A4.height - 36;
    pdf
      .moveTo(MARGIN, y - 6)
      .lineTo(MARGIN + CONTENT_WIDTH, y - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    pdf.font('regular').fontSize(8).fillColor(MUTED);
    pdf.text([company.companyName, printed.number].filter(Boolean).join('  ·  '), MARGIN, y, {
      width: 300,
      lineBreak: false,
    });
    pdf.text(`Page ${page - start + 1} of ${count}`, MARGIN + CONTENT_WIDTH - 150, y, {
      width: 150,
      align: 'right',
      lineBreak: false,
    });
    pdf.page.margins.bottom = FOOTER_SPACE;
  }
}
