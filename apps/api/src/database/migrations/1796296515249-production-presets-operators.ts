import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductionPresetsOperators1796296515249 implements MigrationInterface {
  name = 'ProductionPresetsOperators1796296515249';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"production_operators\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"email\" text NOT NULL DEFAULT '', \"phone\" text NOT NULL DEFAULT '', \"user_id\" uuid, \"active\" boolean NOT NULL DEFAULT true, \"notes\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"UQ_c94d1084807b1c580915983f3b0\" UNIQUE (\"name\"), CONSTRAINT \"UQ_dd026e7a19420d4bc81d0760fe9\" UNIQUE (\"user_id\"), CONSTRAINT \"PK_09cbcd994ae96dd5411f3285761\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"production_presets\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"material\" text NOT NULL, \"thickness\" numeric(10,2) NOT NULL, \"power_w\" integer NOT NULL, \"speed_mm_min\" integer NOT NULL, \"frequency_hz\" integer, \"gas_type\" text NOT NULL, \"gas_pressure_bar\" numeric(8,2), \"nozzle_mm\" numeric(8,2), \"focus_mm\" numeric(8,2), \"active\" boolean NOT NULL DEFAULT true, \"notes\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_b00742222ca1a17cdfe40cef128\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9c45d5d9d107dca908cb7233c1\" ON \"production_presets\"  (\"material\", \"thickness\") ");
    await queryRunner.query("ALTER TABLE \"production_operators\" ADD CONSTRAINT \"FK_dd026e7a19420d4bc81d0760fe9\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"production_operators\" DROP CONSTRAINT \"FK_dd026e7a19420d4bc81d0760fe9\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9c45d5d9d107dca908cb7233c1\"");
    await queryRunner.query("DROP TABLE \"production_presets\"");
    await queryRunner.query("DROP TABLE \"production_operators\"");
  }
}
