import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one-operator-per-account constraint gets a name the API maps to its 409 (`userId`), instead of the
 * generated one; TypeORM's schema diff does not compare constraint names, so this is written by hand.
 */
export class OperatorAccountUnique1796360000000 implements MigrationInterface {
  name = 'OperatorAccountUnique1796360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "production_operators" RENAME CONSTRAINT "UQ_dd026e7a19420d4bc81d0760fe9" TO "UQ_production_operators_user"',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "production_operators" RENAME CONSTRAINT "UQ_production_operators_user" TO "UQ_dd026e7a19420d4bc81d0760fe9"',
    );
  }
}
