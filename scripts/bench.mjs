// `npm run bench:<name>`: runs bench/<name>.mjs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled, ROOT, run } from './lib.mjs';

const name = process.argv[2];
const file = path.join(ROOT, 'bench', `${name}.mjs`);
if (!name || !existsSync(file)) {
  console.error(`Usage: node scripts/bench.mjs <name>, with bench/<name>.mjs present`);
  process.exit(2);
}
await ensureInstalled();
process.exitCode = await run(process.execPath, [file]);
