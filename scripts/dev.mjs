// `npm run dev`: contracts and API compiled in watch mode, the API restarted when its output changes,
// and Vite's dev server (proxying /api and /socket.io to the API on port 3000). Ctrl-C stops all.
import { spawn } from 'node:child_process';
import { buildIfStale, ensureInstalled, ROOT } from './lib.mjs';

await ensureInstalled();
await buildIfStale();

const processes = {
  contracts: [
    'libs/contracts/node_modules/.bin/tsc',
    ['-p', 'libs/contracts/tsconfig.json', '--watch', '--preserveWatchOutput'],
  ],
  api: [
    'apps/api/node_modules/.bin/tsc',
    ['-p', 'apps/api/tsconfig.build.json', '--watch', '--preserveWatchOutput'],
  ],
  server: [
    process.execPath,
    ['--watch-path=apps/api/dist', '--watch-path=libs/contracts/dist', 'apps/api/dist/main.js'],
  ],
  web: ['apps/web/node_modules/.bin/vite', ['apps/web']],
  simulator: [process.execPath, ['apps/simulator/dist/cli.js', '--instruments', '2', '--base-port', '10001']],
};
const env = { ...process.env, FACTORYOPS_DEMO: process.env.FACTORYOPS_DEMO ?? 'true' };
const children = Object.entries(processes).map(([name, [command, args]]) => {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  child.stdout.on('data', (chunk) => process.stdout.write(prefix(chunk)));
  child.stderr.on('data', (chunk) => process.stderr.write(prefix(chunk)));
  child.once('exit', (code) => {
    if (code && code !== 0) console.error(`[${name}] exited with ${code}`);
  });
  return child;
});
const stop = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGINT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
