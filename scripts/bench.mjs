// `npm run bench:<name>`: runs bench/<name>.mjs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { ensureInstalled, pinned, ROOT, run } from './lib.mjs';

const name = process.argv[2];
const file = path.join(ROOT, 'bench', `${name}.mjs`);
if (!name || !existsSync(file)) {
  console.error(`Usage: node scripts/bench.mjs <name>, with bench/<name>.mjs present`);
  process.exit(2);
}
await ensureInstalled();
// The load generator takes CPU 1; the servers under test are pinned to CPU 0 by the benchmark.
const [command, args] = pinned(os.cpus().length > 1 ? '1' : undefined, process.execPath, [file]);
process.exitCode = await run(command, args);
