import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where tests leave pictures to look at, beside the browser tests' screenshots. */
export const SCREENSHOTS = path.resolve(process.cwd(), '../../test-results/screenshots');

/** The text of each page of a PDF as MuPDF extracts it (what a reader would copy), wrapped lines joined by spaces. */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const mupdf = await import('mupdf');
  const document = mupdf.Document.openDocument(pdf, 'application/pdf');
  try {
    return Array.from({ length: document.countPages() }, (_, index) => {
      const page = document.loadPage(index);
      const text = page.toStructuredText('').asText().replace(/\s+/g, ' ');
      page.destroy();
      return text;
    });
  } finally {
    document.destroy();
  }
}

/** Renders page `index` of a PDF to a PNG in SCREENSHOTS (at 2× for reading), answering its path. */
export async function savePdfPage(pdf: Buffer, index: number, name: string): Promise<string> {
  const mupdf = await import('mupdf');
  const document = mupdf.Document.openDocument(pdf, 'application/pdf');
  try {
    const page = document.loadPage(index);
    const pixmap = page.toPixmap(mupdf.Matrix.scale(2, 2), mupdf.ColorSpace.DeviceRGB, false, true);
    await mkdir(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, name);
    await writeFile(file, pixmap.asPNG());
    pixmap.destroy();
    page.destroy();
    return file;
  } finally {
    document.destroy();
  }
}
