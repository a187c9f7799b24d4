import { StreamableFile } from '@nestjs/common';
import { dispositionOf } from '../../../common/attachment.js';

/** A rendered document as a download under its own name (RFC 6266). */
export function pdfDownload(file: { name: string; content: Buffer }): StreamableFile {
  return new StreamableFile(file.content, {
    type: 'application/pdf',
    disposition: dispositionOf('attachment', file.name),
    length: file.content.length,
  });
}
