import { describe, expect, it } from '@jest/globals';
import { designFileContent } from './design-file-content.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const text = (value: string) => Buffer.from(value);

describe('designFileContent', () => {
  it.each([
    ['part.dxf', text('  0\r\nSECTION\r\n  2\r\nHEADER\r\n'), 'dxf', 'image/vnd.dxf'],
    ['PART.DXF', text('999\nmade by hand\n0\nSECTION\n2\nENTITIES\n'), 'dxf', 'image/vnd.dxf'],
    ['quote.pdf', text('%PDF-1.7\n%âãÏÓ\n'), 'pdf', 'application/pdf'],
    [
      'nest.lbrn',
      text('<?xml version="1.0"?>\n<LightBurnProject AppVersion="1.4">'),
      'lightburn',
      'application/xml',
    ],
    ['nest.lbrn2', text('<LightBurnProject AppVersion="1.7">'), 'lightburn', 'application/xml'],
    ['photo.png', PNG, 'image', 'image/png'],
    ['photo.jpeg', JPEG, 'image', 'image/jpeg'],
    ['photo.jpg', JPEG, 'image', 'image/jpeg'],
  ])('takes %s as %s', (name, head, kind, contentType) => {
    expect(designFileContent(name, head)).toEqual({ kind, contentType });
  });

  it.each([
    ['part.dxf', text('just some notes'), 'not a DXF drawing'],
    ['part.dxf', text('AutoCAD Binary DXF\r\n\x1a\0'), 'binary DXF'],
    ['part.dxf', Buffer.concat([text('0\nSECTION\n'), Buffer.from([0])]), 'not a DXF drawing'],
    ['quote.pdf', text('0\nSECTION\n'), 'not a PDF'],
    ['nest.lbrn', text('<svg></svg>'), 'not a LightBurn project'],
    ['photo.png', JPEG, 'not a PNG'],
    ['photo.jpg', PNG, 'not a JPEG'],
    ['notes.txt', text('%PDF-1.4'), 'Send a DXF'],
    ['no-extension', text('%PDF-1.4'), 'Send a DXF'],
  ])('refuses %s holding something else', (name, head, reason) => {
    const answer = designFileContent(name, head);
    expect(answer).toEqual({ refused: expect.stringContaining(reason) });
  });
});
