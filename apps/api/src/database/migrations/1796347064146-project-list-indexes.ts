import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the project list at shop scale: open projects' POP deadlines and due dates (partial), and
 * trigram indexes for the search on code and name. The trigram part is written by hand: TypeORM cannot
 * describe an operator class (see ProjectEntity). pg_trgm ships with PostgreSQL (contrib) and is a
 * trusted extension, so the database owner may create it.
 */
export class ProjectListIndexes1796347064146 implements MigrationInterface {
  name = 'ProjectListIndexes1796347064146';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d7b107a5682543cbbf8ff32f88\"");
    await queryRunner.query("CREATE INDEX \"IDX_65c891a944a0d4e2d3b3ae9529\" ON \"production_projects\"  (\"pop_deadline\") WHERE status NOT IN ('Completed', 'Cancelled')");
    await queryRunner.query("CREATE INDEX \"IDX_db3eaa1b141c1ed473aa557241\" ON \"production_projects\"  (\"due_date\") WHERE status NOT IN ('Completed', 'Cancelled')");
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE INDEX "IDX_production_projects_code_trgm" ON "production_projects" USING gin ("code" gin_trgm_ops) WITH (fastupdate = off)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_production_projects_name_trgm" ON "production_projects" USING gin ("name" gin_trgm_ops) WITH (fastupdate = off)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_production_projects_name_trgm"');
    await queryRunner.query('DROP INDEX "public"."IDX_production_projects_code_trgm"');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
    await queryRunner.query("DROP INDEX \"public\".\"IDX_db3eaa1b141c1ed473aa557241\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_65c891a944a0d4e2d3b3ae9529\"");
    await queryRunner.query("CREATE INDEX \"IDX_d7b107a5682543cbbf8ff32f88\" ON \"production_projects\" USING btree (\"pop_deadline\") ");
  }
}
