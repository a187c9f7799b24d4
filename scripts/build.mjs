import { buildIfStale, ensureInstalled } from './lib.mjs';

await ensureInstalled();
await buildIfStale({ force: true });
