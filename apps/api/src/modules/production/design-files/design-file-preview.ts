import { readFile } from 'node:fs/promises';
import type { DesignFileKind } from '@factoryops/contracts';
import { Helper } from 'dxf';
import sharp from 'sharp';

/** A picture of a design file: what `GET /production/files/{id}/preview` sends. */
export interface DesignFilePreview {
  contentType: 'image/svg+xml' | 'image/png' | 'image/webp';
  extension: 'svg' | 'png' | 'webp';
  data: Buffer;
}

/** The longest side of a PDF page or image preview, in pixels. */
const PREVIEW_PX = 1200;
const MAX_PIXELS = 50_000_000;

/** The DXF's entities drawn as SVG by the `dxf` package; none for a drawing without entities. */
async function dxfPreview(file: string): Promise<DesignFilePreview | null> {
  const helper = new Helper(await readFile(file, 'utf8'));
  if (helper.denormalised.length === 0) return null;
  // Lines drawn in the drawing's own colour (often white on black in CAD) would vanish on a light page.
  // and the writer's hairline (0.1 % of the drawing) fades out in a thumbnail.
  const svg = helper
    .toSVG()
    .replaceAll('stroke="rgb(255, 255, 255)"', 'stroke="rgb(0, 0, 0)"')
    .replace('stroke-width="0.1%"', 'stroke-width="0.6%"');
  return { contentType: 'image/svg+xml', extension: 'svg', data: Buffer.from(svg) };
}

/** The PDF's first page rendered by MuPDF (WebAssembly, loaded on first use). */
async function pdfPreview(file: string): Promise<DesignFilePreview | null> {
  const mupdf = await import('mupdf');
  mupdf.setLog(() => undefined);
  const document = mupdf.Document.openDocument(await readFile(file), 'application/pdf');
  try {
    if (document.countPages() === 0) return null;
    const page = document.loadPage(0);
    const [x0, y0, x1, y1] = page.getBounds();
    const scale = Math.min(4, PREVIEW_PX / Math.max(x1 - x0, y1 - y0, 1));
    const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
    const png = Buffer.from(pixmap.asPNG());
    pixmap.destroy();
    page.destroy();
    return { contentType: 'image/png', extension: 'png', data: png };
  } finally {
    document.destroy();
  }
}

async function imagePreview(file: string): Promise<DesignFilePreview> {
  const data = await sharp(file, { limitInputPixels: MAX_PIXELS })
    .rotate()
    .resize(PREVIEW_PX, PREVIEW_PX, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
  return { contentType: 'image/webp', extension: 'webp', data };
}

/**
 * Renders a preview of a design file whose content was checked: an SVG of a DXF's entities, a PNG of a
 * PDF's first page, a WebP of an image; LightBurn projects have none. Null when the drawing is empty or
 * the document cannot be rendered; an image that does not decode throws (it is refused).
 */
export async function renderPreview(kind: DesignFileKind, file: string): Promise<DesignFilePreview | null> {
  switch (kind) {
    case 'dxf':
      return dxfPreview(file).catch(() => null);
    case 'pdf':
      return pdfPreview(file).catch(() => null);
    case 'image':
      return imagePreview(file);
    default:
      return null;
  }
}
