import { open } from 'node:fs/promises';

/** The first `bytes` of a file (fewer when it is shorter): enough to tell what the content is. */
export async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Whether a file's first kilobyte holds the PDF signature (some writers put bytes before it). */
export function looksLikePdf(head: Buffer): boolean {
  return head.subarray(0, 1024).includes('%PDF-');
}
