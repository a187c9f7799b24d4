import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

const SEGMENT = /^\d{13}-\d+\.copy$/;

/**
 * Readings the database could not take yet, on local disk: segment files of PostgreSQL COPY text
 * lines, each written whole (temporary name, then rename) so a crash never leaves half a segment.
 * A segment is claimed (renamed) before it is replayed, and removed only after its rows committed;
 * replaying one twice is harmless because stored readings ignore duplicates.
 */
export class ReadingSpool {
  private sequence = 0;

  constructor(private readonly directory: string) {}

  /** Writes a segment; `rejected` ones are set aside for an operator and never replayed. */
  async write(copyText: string, kind: 'copy' | 'rejected' = 'copy'): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    this.sequence += 1;
    const name = `${Date.now()}-${process.pid}${String(this.sequence).padStart(6, '0')}.copy${kind === 'rejected' ? '.rejected' : ''}`;
    const temporary = path.join(this.directory, `${name}.tmp`);
    await writeFile(temporary, copyText, { flush: true });
    await rename(temporary, path.join(this.directory, name));
  }

  /** Segments waiting to be replayed, oldest first. */
  async segments(): Promise<string[]> {
    const names = await readdir(this.directory).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    return names.filter((name) => SEGMENT.test(name)).sort();
  }

  /**
   * Replays the oldest segment through `store`, then removes it. A segment whose content `store`
   * refuses is set aside as `.rejected` (kept for an operator, never retried in a loop).
   */
  async replayOldest(
    store: (rows: Readable) => Promise<void>,
    isBadContent: (error: unknown) => boolean,
  ): Promise<'none' | 'replayed' | { rejected: string; error: unknown }> {
    const [oldest] = await this.segments();
    if (!oldest) return 'none';
    const claimed = path.join(this.directory, `${oldest}.replaying-${process.pid}`);
    try {
      await rename(path.join(this.directory, oldest), claimed);
    } catch (error) {
      // Another process sharing the directory claimed it first.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'replayed';
      throw error;
    }
    try {
      await store(createReadStream(claimed));
    } catch (error) {
      const rejected = isBadContent(error);
      await rename(claimed, path.join(this.directory, rejected ? `${oldest}.rejected` : oldest));
      if (rejected) return { rejected: `${oldest}.rejected`, error };
      throw error;
    }
    await unlink(claimed);
    return 'replayed';
  }

  /**
   * Gives back segments claimed by a process that died while replaying them. Called before this
   * process replays anything, so a claim bearing its own pid (containers reuse pids) is stale too.
   */
  async releaseAbandonedClaims(): Promise<void> {
    const names = await readdir(this.directory).catch(() => []);
    for (const name of names) {
      const claim = /^(.+\.copy)\.replaying-(\d+)$/.exec(name);
      const pid = Number(claim?.[2]);
      if (!claim || (pid !== process.pid && isRunning(pid))) continue;
      await rename(path.join(this.directory, name), path.join(this.directory, claim[1])).catch(
        () => undefined,
      );
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
