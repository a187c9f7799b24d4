import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The number of projects of each status (ProjectCountEntity), kept by statement-level triggers on
 * production_projects in the transaction of each change, and started from the projects already there.
 * A statement's changes are summed per status from its transition tables; an update that changes no
 * status touches no count (so no edit waits on another's). The counts are updated in the order of their
 * statuses, so two transactions never take them in opposite orders; a count that reaches zero stays.
 * TypeORM cannot describe triggers: written by hand.
 */
export class ProjectCounts1796353413981 implements MigrationInterface {
  name = 'ProjectCounts1796353413981';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"production_project_counts\" (\"status\" text NOT NULL, \"projects\" integer NOT NULL, CONSTRAINT \"PK_ada2075d386a829ea5476278a8b\" PRIMARY KEY (\"status\"))");
    await queryRunner.query(`
      CREATE FUNCTION production_project_counts_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changes jsonb;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT jsonb_object_agg(status, n) INTO changes FROM (SELECT status, count(*) AS n FROM new_rows GROUP BY status) s;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT jsonb_object_agg(status, -n) INTO changes FROM (SELECT status, count(*) AS n FROM old_rows GROUP BY status) s;
        ELSE
          SELECT jsonb_object_agg(status, n) INTO changes FROM (SELECT status, sum(n) AS n FROM (
            SELECT status, 1 AS n FROM new_rows UNION ALL SELECT status, -1 FROM old_rows) c GROUP BY status) s;
        END IF;
        INSERT INTO production_project_counts AS counts (status, projects)
        SELECT change.key, change.value::int FROM jsonb_each_text(changes) AS change
         WHERE change.value::int <> 0
         ORDER BY change.key
        ON CONFLICT (status) DO UPDATE SET projects = counts.projects + EXCLUDED.projects;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION production_project_counts_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM production_project_counts;
        RETURN NULL;
      END $$`);
    for (const [event, tables] of [
      ['insert', 'NEW TABLE AS new_rows'],
      ['delete', 'OLD TABLE AS old_rows'],
      ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
    ])
      await queryRunner.query(
        `CREATE TRIGGER production_project_counts_${event} AFTER ${event.toUpperCase()} ON production_projects
           REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION production_project_counts_after_change()`,
      );
    await queryRunner.query(
      `CREATE TRIGGER production_project_counts_truncate AFTER TRUNCATE ON production_projects
         FOR EACH STATEMENT EXECUTE FUNCTION production_project_counts_after_truncate()`,
    );
    await queryRunner.query(
      'INSERT INTO production_project_counts (status, projects) SELECT status, count(*) FROM production_projects GROUP BY status',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'delete', 'update', 'truncate'])
      await queryRunner.query(`DROP TRIGGER production_project_counts_${event} ON production_projects`);
    for (const event of ['change', 'truncate'])
      await queryRunner.query(`DROP FUNCTION production_project_counts_after_${event}()`);
    await queryRunner.query("DROP TABLE \"production_project_counts\"");
  }
}
