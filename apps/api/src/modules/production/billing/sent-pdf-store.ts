import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Work } from '../../../database/unit-of-work.js';

/**
 * The PDFs of sent quotes and invoices, exactly as they went out, under `<root>/<sha256>.pdf` (the document
 * row names its file by that hash): what a client received does not change when the company settings do.
 */
export class SentPdfStore {
  constructor(private readonly root: string) {}

  /** Writes `pdf` in `work`'s transaction (removed again if it rolls back); answers its SHA-256. */
  async keep(work: Work, pdf: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await mkdir(this.root, { recursive: true });
    const file = this.fileOf(sha256);
    work.onRollback(() => rm(file, { force: true }));
    await writeFile(file, pdf);
    return sha256;
  }

  read(sha256: string): Promise<Buffer> {
    return readFile(this.fileOf(sha256));
  }

  private fileOf(sha256: string): string {
    return path.join(this.root, `${sha256}.pdf`);
  }
}
