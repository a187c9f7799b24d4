import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SentDocumentPdfs1796413564261 implements MigrationInterface {
  name = 'SentDocumentPdfs1796413564261';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"production_quotes\" ADD \"sent_pdf_sha256\" text");
    await queryRunner.query("ALTER TABLE \"production_invoices\" ADD \"sent_pdf_sha256\" text");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"production_invoices\" DROP COLUMN \"sent_pdf_sha256\"");
    await queryRunner.query("ALTER TABLE \"production_quotes\" DROP COLUMN \"sent_pdf_sha256\"");
  }
}
