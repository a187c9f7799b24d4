// `npm test`: installs what is missing (dependencies, Debian chromium), then runs every suite —
// typecheck, lint, API unit + integration + e2e (real PostgreSQL), simulator, web unit, browser — and ends with
// one line "N passed, N failed" counted over all of them. `npm test -- typecheck lint` runs a subset.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildIfStale, ensureInstalled, freePort, pnpm, ROOT, run, startBuiltApp } from './lib.mjs';

const SUITES = ['typecheck', 'lint', 'api', 'simulator', 'web', 'browser'];
const wanted = process.argv.slice(2).filter((arg) => SUITES.includes(arg));
const selected = wanted.length ? wanted : SUITES;
const results = [];
const reportDir = path.join(ROOT, 'test-results');

function record(suite, passed, failed, note = '') {
  results.push({ suite, passed, failed, note });
  console.log(`\n■ ${suite}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}\n`);
}

async function jsonCounts(file) {
  try {
    const report = JSON.parse(await readFile(file, 'utf8'));
    return {
      passed: report.numPassedTests ?? 0,
      failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
    };
  } catch {
    return undefined;
  }
}

/** A suite whose runner writes a jest-style JSON report; a crash without a report counts as one failure. */
async function countedSuite(suite, args, env = {}) {
  const file = path.join(reportDir, `${suite}.json`);
  await rm(file, { force: true });
  const code = await pnpm([...args, `--outputFile=${file}`], { env: { ...process.env, ...env } });
  const counts = await jsonCounts(file);
  if (!counts) return record(suite, 0, 1, `runner exited with ${code} and wrote no report`);
  if (code !== 0 && counts.failed === 0) return record(suite, counts.passed, 1, `runner exited with ${code}`);
  record(suite, counts.passed, counts.failed);
}

async function checkSuite(suite, args) {
  const code = await pnpm(args);
  record(suite, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

/** Installs Debian packages when `present()` says they are missing (only possible as root). */
async function ensureDebian(what, packages, present) {
  if (await present()) return;
  if (process.getuid?.() !== 0)
    throw new Error(`${what} is missing: install Debian's ${packages.join(' ')} (apt-get install)`);
  console.log(`› Installing Debian ${packages.join(' ')} for ${what}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', ['update', '-qq'], { env })) !== 0) throw new Error('apt-get update failed');
  if ((await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env })) !== 0)
    throw new Error(`apt-get install ${packages.join(' ')} failed`);
}

async function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  await ensureDebian('the browser tests (or set CHROMIUM_PATH)', ['chromium'], () => existsSync(chromium));
  return chromium;
}

/** The simulator is checked with a PyVISA script written for the real device. */
async function ensurePyvisa() {
  const python = process.env.PYVISA_PYTHON ?? '/usr/bin/python3';
  const present = async () =>
    (await run(python, ['-c', 'import pyvisa, pyvisa_py'], { stdio: 'ignore' }).catch(() => 1)) === 0;
  await ensureDebian('the PyVISA check of the simulator', ['python3-pyvisa', 'python3-pyvisa-py'], present);
  return python;
}

async function main() {
  await mkdir(reportDir, { recursive: true });
  await ensureInstalled();
  await buildIfStale();

  if (selected.includes('typecheck'))
    await checkSuite('typecheck', ['-r', '--workspace-concurrency=1', 'run', 'typecheck']);
  if (selected.includes('lint'))
    await checkSuite('lint', ['exec', 'biome', 'ci', '--diagnostic-level=warn', '--error-on-warnings', '.']);
  if (selected.includes('api')) {
    await countedSuite(
      'api',
      ['--filter', '@factoryops/api', 'exec', 'jest', '--ci', '--maxWorkers=2', '--json'],
      {
        // --expose-gc: the flat-memory export test collects garbage before it takes its baseline.
        NODE_OPTIONS: '--experimental-vm-modules --no-warnings=ExperimentalWarning --expose-gc',
      },
    );
  }
  if (selected.includes('simulator')) {
    try {
      const python = await ensurePyvisa();
      await countedSuite(
        'simulator',
        [
          '--filter',
          '@factoryops/simulator',
          'exec',
          'vitest',
          'run',
          '--reporter=default',
          '--reporter=json',
        ],
        { PYVISA_PYTHON: python },
      );
    } catch (error) {
      record('simulator', 0, 1, error.message);
    }
  }
  if (selected.includes('web')) {
    await countedSuite('web', [
      '--filter',
      '@factoryops/web',
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
    ]);
  }
  if (selected.includes('browser')) {
    let app;
    try {
      const chromium = await ensureChromium();
      // The app's Sage Accounting points at a port where the accounting browser test starts the fake Sage
      // of the API tests (apps/api/test/fake-sage.ts, with the same client credentials).
      const sagePort = await freePort();
      const fakeSage = `http://127.0.0.1:${sagePort}`;
      app = await startBuiltApp({
        SAGE_CLIENT_ID: 'factoryops-test-client',
        SAGE_CLIENT_SECRET: 'factoryops-test-secret',
        SAGE_AUTH_URL: `${fakeSage}/oauth2/auth/central?filter=apiv3.1`,
        SAGE_TOKEN_URL: `${fakeSage}/oauth/token`,
        SAGE_REVOKE_URL: `${fakeSage}/oauth/revoke`,
        SAGE_API_URL: `${fakeSage}/v3.1`,
      });
      await countedSuite(
        'browser',
        [
          '--filter',
          '@factoryops/web',
          'exec',
          'vitest',
          'run',
          '-c',
          'vitest.e2e.config.ts',
          '--reporter=default',
          '--reporter=json',
        ],
        {
          E2E_BASE_URL: app.url,
          E2E_FAKE_SAGE_PORT: String(sagePort),
          CHROMIUM_PATH: chromium,
        },
      );
    } catch (error) {
      record('browser', 0, 1, error.message);
    } finally {
      await app?.stop();
    }
  }
}

try {
  await main();
} catch (error) {
  record('setup', 0, 1, error.message);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\nSuites:');
for (const r of results)
  console.log(
    `  ${r.failed ? '✖' : '✔'} ${r.suite.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.note ? ` — ${r.note}` : ''}`,
  );
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
