import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductionBilling1796357885629 implements MigrationInterface {
  name = 'ProductionBilling1796357885629';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"production_quotes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"number\" text NOT NULL, \"year\" integer NOT NULL, \"sequence\" integer NOT NULL, \"project_id\" uuid NOT NULL, \"currency\" text NOT NULL, \"vat_rate\" numeric(5,2) NOT NULL, \"subtotal\" numeric(12,2) NOT NULL, \"vat\" numeric(12,2) NOT NULL, \"total\" numeric(12,2) NOT NULL, \"notes\" text NOT NULL DEFAULT '', \"sent_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"status\" text NOT NULL DEFAULT 'Draft', \"valid_until\" date NOT NULL, \"decided_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_b6ce2e8742e1d895b003ce0cd62\" UNIQUE (\"number\"), CONSTRAINT \"UQ_c6dcb6a37f66c61b0cc0757abd0\" UNIQUE (\"year\", \"sequence\"), CONSTRAINT \"PK_e995642ee8d59107858cbbd5ac7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a930fa3f5faae1f6957f438808\" ON \"production_quotes\"  (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_40df4955c69c59cf37d2ba1cdc\" ON \"production_quotes\"  (\"created_at\") ");
    await queryRunner.query("CREATE TABLE \"production_invoices\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"number\" text NOT NULL, \"year\" integer NOT NULL, \"sequence\" integer NOT NULL, \"project_id\" uuid NOT NULL, \"currency\" text NOT NULL, \"vat_rate\" numeric(5,2) NOT NULL, \"subtotal\" numeric(12,2) NOT NULL, \"vat\" numeric(12,2) NOT NULL, \"total\" numeric(12,2) NOT NULL, \"notes\" text NOT NULL DEFAULT '', \"sent_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"status\" text NOT NULL DEFAULT 'Draft', \"issue_date\" date NOT NULL, \"due_date\" date NOT NULL, \"quote_id\" uuid, \"paid_on\" date, \"cancelled_at\" TIMESTAMP WITH TIME ZONE, \"cancel_reason\" text NOT NULL DEFAULT '', \"replaces_id\" uuid, CONSTRAINT \"UQ_38fdc220415cca8c9f69da9eab7\" UNIQUE (\"number\"), CONSTRAINT \"UQ_c97f9f54b442fc8a92dc08342a5\" UNIQUE (\"year\", \"sequence\"), CONSTRAINT \"REL_96e22c595bb929b4f2e5a079d6\" UNIQUE (\"replaces_id\"), CONSTRAINT \"PK_96e3681d4631282077bbacdf124\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b1bc04948a471e0ea8155f711c\" ON \"production_invoices\"  (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dece7a8db9559006595b32b24b\" ON \"production_invoices\"  (\"quote_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b2de00fd215a01169747e35426\" ON \"production_invoices\"  (\"created_at\") ");
    await queryRunner.query("CREATE TABLE \"production_billing_lines\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"quote_id\" uuid, \"invoice_id\" uuid, \"position\" integer NOT NULL, \"product_id\" uuid, \"description\" text NOT NULL, \"quantity\" numeric(9,2) NOT NULL, \"unit_price\" numeric(10,2) NOT NULL, \"line_total\" numeric(12,2) NOT NULL, CONSTRAINT \"CHK_6feb1f5119a94496284db9c63d\" CHECK (num_nonnulls(quote_id, invoice_id) = 1), CONSTRAINT \"PK_0c3f304ee4a7cb594afbf21ea2d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ef6feac97cb226af3d5d1f6b80\" ON \"production_billing_lines\"  (\"product_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_53fb077a9d2b70c5b6f9fd910d\" ON \"production_billing_lines\"  (\"invoice_id\", \"position\") WHERE invoice_id IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_fd6f0972c82deffe3f36c19639\" ON \"production_billing_lines\"  (\"quote_id\", \"position\") WHERE quote_id IS NOT NULL");
    await queryRunner.query("CREATE TABLE \"production_company_settings\" (\"id\" text NOT NULL, \"company_name\" text NOT NULL DEFAULT '', \"address\" text NOT NULL DEFAULT '', \"email\" text NOT NULL DEFAULT '', \"phone\" text NOT NULL DEFAULT '', \"vat_number\" text NOT NULL DEFAULT '', \"bank_details\" text NOT NULL DEFAULT '', \"logo_sha256\" text, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"CHK_dbf0d6387db23ac2a8c7acd375\" CHECK (id = 'company'), CONSTRAINT \"PK_a450aae311c277c536e3ff7a48a\" PRIMARY KEY (\"id\"))");
    // The one row of company details, blank until someone fills it in.
    await queryRunner.query("INSERT INTO \"production_company_settings\" (\"id\", \"version\") VALUES ('company', 1)");
    await queryRunner.query("ALTER TABLE \"notification_outbox\" ADD \"attachments\" jsonb NOT NULL DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"production_quotes\" ADD CONSTRAINT \"FK_a930fa3f5faae1f6957f4388080\" FOREIGN KEY (\"project_id\") REFERENCES \"production_projects\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_invoices\" ADD CONSTRAINT \"FK_b1bc04948a471e0ea8155f711c7\" FOREIGN KEY (\"project_id\") REFERENCES \"production_projects\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_invoices\" ADD CONSTRAINT \"FK_dece7a8db9559006595b32b24bf\" FOREIGN KEY (\"quote_id\") REFERENCES \"production_quotes\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_invoices\" ADD CONSTRAINT \"FK_96e22c595bb929b4f2e5a079d68\" FOREIGN KEY (\"replaces_id\") REFERENCES \"production_invoices\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_billing_lines\" ADD CONSTRAINT \"FK_d817965783a94db37d653ecf4dc\" FOREIGN KEY (\"quote_id\") REFERENCES \"production_quotes\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_billing_lines\" ADD CONSTRAINT \"FK_80689b62ec86bc1bd8c86087846\" FOREIGN KEY (\"invoice_id\") REFERENCES \"production_invoices\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_billing_lines\" ADD CONSTRAINT \"FK_ef6feac97cb226af3d5d1f6b804\" FOREIGN KEY (\"product_id\") REFERENCES \"production_products\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"production_billing_lines\" DROP CONSTRAINT \"FK_ef6feac97cb226af3d5d1f6b804\"");
    await queryRunner.query("ALTER TABLE \"production_billing_lines\" DROP CONSTRAINT \"FK_80689b62ec86bc1bd8c86087846\"");
    await queryRunner.query("ALTER TABLE \"production_billing_lines\" DROP CONSTRAINT \"FK_d817965783a94db37d653ecf4dc\"");
    await queryRunner.query("ALTER TABLE \"production_invoices\" DROP CONSTRAINT \"FK_96e22c595bb929b4f2e5a079d68\"");
    await queryRunner.query("ALTER TABLE \"production_invoices\" DROP CONSTRAINT \"FK_dece7a8db9559006595b32b24bf\"");
    await queryRunner.query("ALTER TABLE \"production_invoices\" DROP CONSTRAINT \"FK_b1bc04948a471e0ea8155f711c7\"");
    await queryRunner.query("ALTER TABLE \"production_quotes\" DROP CONSTRAINT \"FK_a930fa3f5faae1f6957f4388080\"");
    await queryRunner.query("ALTER TABLE \"notification_outbox\" DROP COLUMN \"attachments\"");
    await queryRunner.query("DROP TABLE \"production_company_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fd6f0972c82deffe3f36c19639\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_53fb077a9d2b70c5b6f9fd910d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ef6feac97cb226af3d5d1f6b80\"");
    await queryRunner.query("DROP TABLE \"production_billing_lines\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b2de00fd215a01169747e35426\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_dece7a8db9559006595b32b24b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b1bc04948a471e0ea8155f711c\"");
    await queryRunner.query("DROP TABLE \"production_invoices\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_40df4955c69c59cf37d2ba1cdc\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a930fa3f5faae1f6957f438808\"");
    await queryRunner.query("DROP TABLE \"production_quotes\"");
  }
}
