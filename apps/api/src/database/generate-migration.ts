/**
 * Generates a migration from the difference between the entities and the schema that the existing
 * migrations build, on a throw-away embedded PostgreSQL. Usage: `pnpm migration:generate <Name>`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: migration:generate <PascalCaseName>');
  process.exit(2);
}
const sourceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/database/migrations');
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'factoryops-migration-'));
const database = await startEmbeddedPostgres({
  dataDir,
  port: 54400,
  password: 'generate',
  database: 'generate',
});
try {
  const dataSource = new DataSource(dataSourceOptions(database.url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (sql.upQueries.length === 0) {
    console.log('The schema already matches the entities: no migration needed.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (query: string) => `    await queryRunner.query(${JSON.stringify(query)});`;
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((q) => quote(q.query)).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((q) => quote(q.query))
  .join('\n')}
  }
}
`;
    const file = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    await writeFile(path.join(sourceDir, `${file}.ts`), body);
    const indexFile = path.join(sourceDir, 'index.ts');
    const index = await readFile(indexFile, 'utf8');
    const updated = `import { ${className} } from './${file}.js';\n${index.replace(
      /export const MIGRATIONS = \[([^\]]*)\];/,
      (_, list: string) =>
        `export const MIGRATIONS = [${[
          ...list
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          className,
        ].join(', ')}];`,
    )}`;
    await writeFile(indexFile, updated);
    console.log(`Wrote src/database/migrations/${file}.ts with ${sql.upQueries.length} statements.`);
  }
} finally {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
