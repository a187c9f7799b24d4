// `node scripts/pnpm.mjs <args>`: pnpm at the pinned version, without corepack.
import { pnpm } from './lib.mjs';

process.exitCode = await pnpm(process.argv.slice(2));
