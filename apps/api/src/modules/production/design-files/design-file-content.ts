import { DESIGN_FILE_EXTENSIONS, type DesignFileKind } from '@factoryops/contracts';
import { looksLikePdf } from '../../../common/file-head.js';

/** How much of a file is read to tell what it holds. */
export const HEAD_BYTES = 4096;

export interface DesignFileContent {
  kind: DesignFileKind;
  contentType: string;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** ASCII DXF: optional `999` comments, then group code 0 opening a SECTION. */
function isDxfText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  const lines = head.toString('latin1').split(/\r?\n/);
  let at = 0;
  while (lines[at]?.trim() === '999') at += 2;
  return lines[at]?.trim() === '0' && lines[at + 1]?.trim() === 'SECTION';
}

function isLightBurn(head: Buffer): boolean {
  const text = head.toString('utf8').trimStart();
  return (text.startsWith('<?xml') || text.startsWith('<')) && text.includes('<LightBurnProject');
}

/**
 * What an uploaded design file is, from its extension and its first bytes together: both must agree
 * (a `.dxf` that is not DXF text, a `.png` holding a JPEG). Answers the reason when they don't.
 */
export function designFileContent(name: string, head: Buffer): DesignFileContent | { refused: string } {
  const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  const kind = DESIGN_FILE_EXTENSIONS[extension];
  if (!kind)
    return {
      refused: 'Send a DXF, PDF, LightBurn (.lbrn, .lbrn2), PNG or JPEG file, named with its extension',
    };
  switch (extension) {
    case 'dxf':
      if (head.toString('latin1').startsWith('AutoCAD Binary DXF'))
        return { refused: 'This is a binary DXF: save the drawing as ASCII DXF and upload that' };
      return isDxfText(head)
        ? { kind, contentType: 'image/vnd.dxf' }
        : { refused: 'This file is not a DXF drawing: its content is not DXF text' };
    case 'pdf':
      return looksLikePdf(head)
        ? { kind, contentType: 'application/pdf' }
        : { refused: 'This file is not a PDF: its content does not start like one' };
    case 'lbrn':
    case 'lbrn2':
      return isLightBurn(head)
        ? { kind, contentType: 'application/xml' }
        : { refused: 'This file is not a LightBurn project: its content is not LightBurn XML' };
    case 'png':
      return head.subarray(0, PNG.length).equals(PNG)
        ? { kind, contentType: 'image/png' }
        : { refused: 'This file is not a PNG image: its content is something else' };
    default:
      return head.subarray(0, JPEG.length).equals(JPEG)
        ? { kind, contentType: 'image/jpeg' }
        : { refused: 'This file is not a JPEG image: its content is something else' };
  }
}
