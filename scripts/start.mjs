// `npm start`: install if needed, build if needed, then serve API + SPA on an embedded PostgreSQL
// with demo data. Ctrl-C stops the API, which shuts PostgreSQL down.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, ensureInstalled, ROOT, startSimulatorProcess } from './lib.mjs';

try {
  await ensureInstalled();
  await buildIfStale();
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}

const demo = (process.env.FACTORYOPS_DEMO ?? 'true') === 'true';
// Demo mode: two simulated Fluke 1620As for the demo's instruments to talk to, over real TCP.
const simulatorPort = Number(process.env.DEMO_SIMULATOR_BASE_PORT ?? 10001);
const simulator = demo ? startSimulatorProcess(simulatorPort, { quiet: true }) : undefined;
// Without a mail relay configured, a local catcher takes the alarm emails and keeps them in .data/mail.
const mailPort = Number(process.env.MAIL_CATCHER_PORT ?? 1025);
const mailCatcher = process.env.SMTP_URL
  ? undefined
  : spawn(
      process.execPath,
      [
        'apps/mail-catcher/dist/cli.js',
        '--port',
        String(mailPort),
        '--directory',
        path.join(process.env.DATA_DIR ?? path.join(ROOT, '.data'), 'mail'),
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
const api = spawn(process.execPath, ['apps/api/dist/main.js'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    FACTORYOPS_DEMO: process.env.FACTORYOPS_DEMO ?? 'true',
    NODE_ENV: process.env.NODE_ENV ?? 'production',
    SMTP_URL: process.env.SMTP_URL ?? `smtp://127.0.0.1:${mailPort}`,
  },
});
// A terminal's Ctrl-C reaches both processes; a signal sent to this one alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (api.exitCode === null) api.kill(signal);
    if (simulator?.exitCode === null) simulator.kill(signal);
    if (mailCatcher?.exitCode === null) mailCatcher.kill(signal);
  });
}
api.once('exit', (code, signal) => {
  if (simulator?.exitCode === null) simulator.kill();
  if (mailCatcher?.exitCode === null) mailCatcher.kill();
  process.exit(code ?? (signal ? 0 : 1));
});
