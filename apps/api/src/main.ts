import { createApp } from './app.js';
import { createLogger } from './common/logger.js';
import { AppConfig } from './config/app-config.js';
import { InvalidConfigError, parseEnv } from './config/env.js';
import { loadOrCreateSecrets } from './config/secrets.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { DEMO_PASSWORD, DEMO_USERS } from './modules/demo/demo-data.js';

async function main(): Promise<void> {
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof InvalidConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const logger = createLogger(env.LOG_LEVEL);
  const secrets = await loadOrCreateSecrets(env.DATA_DIR);

  let embedded: EmbeddedDatabase | undefined;
  if (!env.DATABASE_URL) {
    logger.info({ dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT }, 'starting embedded PostgreSQL');
    // embedded-postgres rejects an inner promise of its own (with no reason) when the server fails.
    const failed = (reason: unknown) => {
      logger.fatal(
        { reason: reason instanceof Error ? reason.message : String(reason) },
        `Embedded PostgreSQL did not start. Is another FactoryOps using ${env.DATA_DIR} or port ${env.EMBEDDED_PG_PORT}? Set DATA_DIR / EMBEDDED_PG_PORT, or DATABASE_URL.`,
      );
      process.exit(1);
    };
    process.once('unhandledRejection', failed);
    embedded = await startEmbeddedPostgres({
      dataDir: env.DATA_DIR,
      port: env.EMBEDDED_PG_PORT,
      password: secrets.embeddedPgPassword,
      database: 'factoryops',
      log: (message) => logger.debug({ component: 'postgres' }, message),
    }).catch(failed);
    process.off('unhandledRejection', failed);
  }
  const config = new AppConfig(
    env,
    env.DATABASE_URL ?? (embedded as EmbeddedDatabase).url,
    env.JWT_SECRET ?? secrets.jwtSecret,
  );

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app?.close();
    } finally {
      await embedded?.stop();
      logger.info('stopped');
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    app = await createApp(config, logger);
    await app.listen(env.PORT, env.HOST);
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    await app?.close().catch(() => undefined);
    await embedded?.stop();
    process.exit(1);
  }
  const url = `http://localhost:${env.PORT}`;
  const lines = [
    '',
    `  FactoryOps is running at ${url}`,
    `  API docs: ${url}/api/docs`,
    `  Database: ${embedded ? `embedded PostgreSQL in ${env.DATA_DIR}` : 'DATABASE_URL'}`,
  ];
  if (config.isDemo) {
    lines.push(
      `  Demo logins (password ${DEMO_PASSWORD}):`,
      ...DEMO_USERS.map((u) => `    ${u.email.padEnd(22)} ${u.roles.join(', ')}`),
    );
  }
  lines.push('  Press Ctrl-C to stop.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
}

void main();
