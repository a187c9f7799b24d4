import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductsAndDesignFiles1796344946140 implements MigrationInterface {
  name = 'ProductsAndDesignFiles1796344946140';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"production_products\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"sku\" text NOT NULL, \"name\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"material\" text NOT NULL DEFAULT '', \"thickness\" numeric(10,2), \"unit_price\" numeric(12,2), \"notes\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"UQ_13a0f3c23f0c830928de1ce12e4\" UNIQUE (\"sku\"), CONSTRAINT \"PK_0879d10bf383cb0f3cad6578a7c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"production_design_files\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid, \"product_id\" uuid, \"name\" text NOT NULL, \"kind\" text NOT NULL, \"content_type\" text NOT NULL, \"size\" bigint NOT NULL, \"sha256\" character(64) NOT NULL, \"preview\" text, \"uploaded_by\" text, \"uploaded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"CHK_d9d63cd893bffbdb090ef3dd67\" CHECK ((\"project_id\" IS NULL) <> (\"product_id\" IS NULL)), CONSTRAINT \"PK_486c59e9c741cf7e1f06bf39901\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9554d1da1b162d39bb733bc4d8\" ON \"production_design_files\"  (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_03b96173824909c3422bd3a557\" ON \"production_design_files\"  (\"product_id\") ");
    await queryRunner.query("CREATE TABLE \"production_project_products\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"product_id\" uuid NOT NULL, \"quantity\" integer NOT NULL, \"unit_price\" numeric(12,2), \"version\" integer NOT NULL, CONSTRAINT \"UQ_99201a555ccf0b475d2f6bbc790\" UNIQUE (\"project_id\", \"product_id\"), CONSTRAINT \"PK_1aa6601500ab988d6b5658b5e39\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_13c1d8aca256d3ee605c25cf9c\" ON \"production_project_products\"  (\"product_id\") ");
    await queryRunner.query("ALTER TABLE \"production_design_files\" ADD CONSTRAINT \"FK_9554d1da1b162d39bb733bc4d8e\" FOREIGN KEY (\"project_id\") REFERENCES \"production_projects\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_design_files\" ADD CONSTRAINT \"FK_03b96173824909c3422bd3a5572\" FOREIGN KEY (\"product_id\") REFERENCES \"production_products\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_project_products\" ADD CONSTRAINT \"FK_a1b1aa0a205321ca82e1c4248ff\" FOREIGN KEY (\"project_id\") REFERENCES \"production_projects\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_project_products\" ADD CONSTRAINT \"FK_13c1d8aca256d3ee605c25cf9c5\" FOREIGN KEY (\"product_id\") REFERENCES \"production_products\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"production_project_products\" DROP CONSTRAINT \"FK_13c1d8aca256d3ee605c25cf9c5\"");
    await queryRunner.query("ALTER TABLE \"production_project_products\" DROP CONSTRAINT \"FK_a1b1aa0a205321ca82e1c4248ff\"");
    await queryRunner.query("ALTER TABLE \"production_design_files\" DROP CONSTRAINT \"FK_03b96173824909c3422bd3a5572\"");
    await queryRunner.query("ALTER TABLE \"production_design_files\" DROP CONSTRAINT \"FK_9554d1da1b162d39bb733bc4d8e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_13c1d8aca256d3ee605c25cf9c\"");
    await queryRunner.query("DROP TABLE \"production_project_products\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_03b96173824909c3422bd3a557\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9554d1da1b162d39bb733bc4d8\"");
    await queryRunner.query("DROP TABLE \"production_design_files\"");
    await queryRunner.query("DROP TABLE \"production_products\"");
  }
}
