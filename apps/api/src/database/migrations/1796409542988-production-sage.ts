import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductionSage1796409542988 implements MigrationInterface {
  name = 'ProductionSage1796409542988';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sage_connections\" (\"id\" text NOT NULL DEFAULT 'site', \"access_token_sealed\" text NOT NULL, \"refresh_token_sealed\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"business_id\" text, \"business_name\" text, \"connected_by\" text NOT NULL, \"connected_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2cb4e3d56d27cac2c0abef73ed0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"sage_contact_links\" (\"business_id\" text NOT NULL, \"customer_id\" uuid NOT NULL, \"sage_id\" text NOT NULL, \"linked_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cd32f019cc87732990cb619a2a9\" PRIMARY KEY (\"business_id\", \"customer_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b44beb3cdc80442bdd227097af\" ON \"sage_contact_links\"  (\"business_id\", \"sage_id\") ");
    await queryRunner.query("CREATE TABLE \"sage_invoice_links\" (\"business_id\" text NOT NULL, \"invoice_id\" uuid NOT NULL, \"sage_id\" text NOT NULL, \"sage_status\" text NOT NULL, \"linked_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"checked_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_1108c863a45d6587128713d8853\" PRIMARY KEY (\"business_id\", \"invoice_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_60119179d04612c4d35c8983a2\" ON \"sage_invoice_links\"  (\"business_id\", \"sage_id\") ");
    await queryRunner.query("CREATE TABLE \"sage_oauth_states\" (\"state_hash\" text NOT NULL, \"user_id\" uuid NOT NULL, \"redirect_uri\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_d1b7aa69fa66297fe94849aeb01\" PRIMARY KEY (\"state_hash\"))");
    await queryRunner.query("CREATE TABLE \"sage_syncs\" (\"id\" uuid NOT NULL, \"business_id\" text NOT NULL, \"requested_by\" text NOT NULL, \"result\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_401a2075c2c840ea5aa40b0a08d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e6fb693c183a39e2cf2415f924\" ON \"sage_syncs\"  (\"created_at\") ");
    await queryRunner.query("CREATE TABLE \"sage_sync_calls\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"sync_id\" uuid NOT NULL, \"method\" text NOT NULL, \"path\" text NOT NULL, \"status\" integer, \"duration_ms\" integer NOT NULL, \"attempt\" integer NOT NULL, \"error\" text, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_91b95c32677601b9a8e4271bc30\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0902b2567586f0bcf58ff1a919\" ON \"sage_sync_calls\"  (\"sync_id\", \"at\") ");
    await queryRunner.query("ALTER TABLE \"sage_contact_links\" ADD CONSTRAINT \"FK_875e677cb2e3f22b7979d39d7d5\" FOREIGN KEY (\"customer_id\") REFERENCES \"customers\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sage_invoice_links\" ADD CONSTRAINT \"FK_21aeae3ef9cf6305e9832ebe605\" FOREIGN KEY (\"invoice_id\") REFERENCES \"production_invoices\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sage_syncs\" ADD CONSTRAINT \"FK_401a2075c2c840ea5aa40b0a08d\" FOREIGN KEY (\"id\") REFERENCES \"jobs\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sage_sync_calls\" ADD CONSTRAINT \"FK_c29ed0910efb32f09fefded1d36\" FOREIGN KEY (\"sync_id\") REFERENCES \"sage_syncs\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sage_sync_calls\" DROP CONSTRAINT \"FK_c29ed0910efb32f09fefded1d36\"");
    await queryRunner.query("ALTER TABLE \"sage_syncs\" DROP CONSTRAINT \"FK_401a2075c2c840ea5aa40b0a08d\"");
    await queryRunner.query("ALTER TABLE \"sage_invoice_links\" DROP CONSTRAINT \"FK_21aeae3ef9cf6305e9832ebe605\"");
    await queryRunner.query("ALTER TABLE \"sage_contact_links\" DROP CONSTRAINT \"FK_875e677cb2e3f22b7979d39d7d5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0902b2567586f0bcf58ff1a919\"");
    await queryRunner.query("DROP TABLE \"sage_sync_calls\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e6fb693c183a39e2cf2415f924\"");
    await queryRunner.query("DROP TABLE \"sage_syncs\"");
    await queryRunner.query("DROP TABLE \"sage_oauth_states\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_60119179d04612c4d35c8983a2\"");
    await queryRunner.query("DROP TABLE \"sage_invoice_links\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b44beb3cdc80442bdd227097af\"");
    await queryRunner.query("DROP TABLE \"sage_contact_links\"");
    await queryRunner.query("DROP TABLE \"sage_connections\"");
  }
}
