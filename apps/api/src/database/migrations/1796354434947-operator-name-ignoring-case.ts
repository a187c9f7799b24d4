import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operator names unique whatever their case ("Alex" and "alex" are one operator): a unique index on
 * `lower(name)` in place of the plain unique constraint. The index is written by hand: TypeORM cannot
 * describe an expression index (see OperatorEntity).
 */
export class OperatorNameIgnoringCase1796354434947 implements MigrationInterface {
  name = 'OperatorNameIgnoringCase1796354434947';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_production_operators_lower_name" ON "production_operators" (lower("name"))',
    );
    await queryRunner.query("ALTER TABLE \"production_operators\" DROP CONSTRAINT \"UQ_c94d1084807b1c580915983f3b0\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"production_operators\" ADD CONSTRAINT \"UQ_c94d1084807b1c580915983f3b0\" UNIQUE (\"name\")");
    await queryRunner.query('DROP INDEX "public"."UQ_production_operators_lower_name"');
  }
}
