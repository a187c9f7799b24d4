import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecurrenceDay1795441807950 implements MigrationInterface {
  name = 'RecurrenceDay1795441807950';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"maintenance_requests\" ADD \"recurrence_day\" integer");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"maintenance_requests\" DROP COLUMN \"recurrence_day\"");
  }
}
