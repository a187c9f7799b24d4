// Shared by the root scripts: run commands, bootstrap pnpm, install and build only when needed.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = ['-y', 'pnpm@10.34.9'];

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrFail(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
}

export function pnpm(args, options) {
  return run('npx', [...PNPM, ...args], options);
}

function newest(paths) {
  let latest = 0;
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const name of readdirSync(entry))
        if (name !== 'node_modules' && name !== 'dist') visit(path.join(entry, name));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const entry of paths) visit(path.join(ROOT, entry));
  return latest;
}

function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

/** Installs the workspace when node_modules is missing or older than the lockfile. */
export async function ensureInstalled() {
  const marker = path.join(ROOT, 'node_modules/.pnpm/lock.yaml');
  if (mtime(marker) >= mtime(path.join(ROOT, 'pnpm-lock.yaml')) && existsSync(marker)) return;
  console.log('› Installing dependencies (pnpm)…');
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  const code = await pnpm(['install', ...frozen]);
  if (code !== 0) throw new Error('pnpm install failed');
}

const BUILD_STAMP = path.join(ROOT, 'node_modules/.cache/factoryops-build');
const BUILD_INPUTS = [
  'libs/contracts/src',
  'apps/api/src',
  'apps/simulator/src',
  'apps/mail-catcher/src',
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/public',
  'apps/web/vite.config.ts',
  'pnpm-lock.yaml',
  'libs/contracts/package.json',
  'apps/api/package.json',
  'apps/web/package.json',
];

/** Builds contracts, API and SPA unless nothing changed since the last build. */
export async function buildIfStale({ force = false } = {}) {
  const outputs = [
    'libs/contracts/dist/index.js',
    'apps/api/dist/main.js',
    'apps/simulator/dist/cli.js',
    'apps/mail-catcher/dist/cli.js',
    'apps/web/dist/index.html',
  ];
  const complete = outputs.every((file) => existsSync(path.join(ROOT, file)));
  if (!force && complete && mtime(BUILD_STAMP) >= newest(BUILD_INPUTS)) return;
  console.log('› Building contracts, API and web…');
  const code = await pnpm(['-r', '--workspace-concurrency=1', 'run', 'build']);
  if (code !== 0) throw new Error('the build failed');
  await mkdir(path.dirname(BUILD_STAMP), { recursive: true });
  await writeFile(BUILD_STAMP, new Date().toISOString());
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `[command, args]` to run `args` pinned to the given CPUs (benchmarks), or as they are. */
export function pinned(cpus, command, args) {
  return cpus ? ['taskset', ['-c', cpus, command, ...args]] : [command, args];
}

/** The Fluke 1620A simulator with the demo's two instruments, at `basePort` and the next port. */
export function startSimulatorProcess(basePort, options = {}) {
  return spawn(
    process.execPath,
    ['apps/simulator/dist/cli.js', '--instruments', '2', '--base-port', String(basePort)],
    { cwd: ROOT, stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'] },
  );
}

/**
 * The built app on a throw-away embedded PostgreSQL with demo data, as `npm start` runs it.
 * `cpus` pins it (and the PostgreSQL it starts) to those CPUs.
 */
export async function startBuiltApp(env = {}, { cpus } = {}) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'factoryops-app-'));
  const port = await freePort();
  const postgresPort = await freePort();
  const simulatorPort = await freePort();
  const simulator = startSimulatorProcess(simulatorPort, { quiet: true });
  const [command, args] = pinned(cpus, process.execPath, [
    ...(process.env.API_NODE_FLAGS?.split(' ') ?? []),
    'apps/api/dist/main.js',
  ]);
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_PORT: String(postgresPort),
      FACTORYOPS_DEMO: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      DEMO_SIMULATOR_BASE_PORT: String(simulatorPort),
      ...env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const problem =
      child.exitCode !== null
        ? `the app exited with ${child.exitCode} before it was ready`
        : Date.now() > deadline && 'the app was not ready within 90 s';
    if (problem) {
      child.kill('SIGKILL');
      simulator.kill();
      throw new Error(problem);
    }
    const ok = await fetch(`${url}/api/v1/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    url,
    /** The app's embedded PostgreSQL, for benchmarks that compare with direct database work. */
    async databaseUrl() {
      const { embeddedPgPassword } = JSON.parse(await readFile(path.join(dataDir, 'secrets.json'), 'utf8'));
      return `postgres://postgres:${encodeURIComponent(embeddedPgPassword)}@127.0.0.1:${postgresPort}/factoryops`;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      simulator.kill();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
