import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KioskLinks1795426190620 implements MigrationInterface {
  name = 'KioskLinks1795426190620';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"api_keys\" ADD \"kind\" text NOT NULL DEFAULT 'machine'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"api_keys\" DROP COLUMN \"kind\"");
  }
}
