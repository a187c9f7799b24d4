import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The fleet's JSON templates (issue 16), with names unique whatever their case. */
export class FleetJsonTemplates1796411647464 implements MigrationInterface {
  name = 'FleetJsonTemplates1796411647464';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"fleet_json_templates\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"type\" text NOT NULL, \"category\" text NOT NULL DEFAULT '', \"schema\" json NOT NULL, \"defaults\" json NOT NULL, \"description\" text NOT NULL DEFAULT '', \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_b263c6735e915277bd80527ecba\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a7d764c498292148368f9ea34a\" ON \"fleet_json_templates\"  (\"type\", \"category\") ");
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_fleet_json_templates_name" ON "fleet_json_templates" (lower("name"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."UQ_fleet_json_templates_name"');
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a7d764c498292148368f9ea34a\"");
    await queryRunner.query("DROP TABLE \"fleet_json_templates\"");
  }
}
