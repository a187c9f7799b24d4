import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductionClientsProjects1796295197240 implements MigrationInterface {
  name = 'ProductionClientsProjects1796295197240';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"customers\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"number\" SERIAL NOT NULL, \"name\" text NOT NULL, \"contact_person\" text NOT NULL DEFAULT '', \"email\" text NOT NULL DEFAULT '', \"phone\" text NOT NULL DEFAULT '', \"address\" text NOT NULL DEFAULT '', \"notes\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"UQ_7a34a76424248001dee0027c62e\" UNIQUE (\"number\"), CONSTRAINT \"PK_133ec679a801fab5e070f73d3ea\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"production_projects\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"code\" text NOT NULL, \"customer_id\" uuid NOT NULL, \"month\" text NOT NULL, \"number\" integer NOT NULL, \"name\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"status\" text NOT NULL DEFAULT 'Request', \"on_hold\" boolean NOT NULL DEFAULT false, \"quote_date\" date, \"approval_date\" date, \"due_date\" date, \"completion_date\" date, \"quoted_price\" numeric(10,2), \"final_price\" numeric(10,2), \"material_type\" text NOT NULL DEFAULT '', \"material_thickness\" numeric(10,2), \"sheets\" integer, \"parts\" integer, \"estimated_cut_minutes\" integer, \"drawing_minutes\" integer, \"bins\" integer, \"scheduled_cut_date\" date, \"pop_received\" boolean NOT NULL DEFAULT false, \"pop_received_on\" date, \"pop_deadline\" date, \"client_notified\" boolean NOT NULL DEFAULT false, \"client_notified_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"UQ_1c6d96b3eb9871ba052f83ffff4\" UNIQUE (\"code\"), CONSTRAINT \"UQ_d66403c82df7e377a5eef3029ea\" UNIQUE (\"customer_id\", \"month\", \"number\"), CONSTRAINT \"PK_6eea02456eea4638945dee7818d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e3140fa15fdd014da14a5ac0e8\" ON \"production_projects\"  (\"customer_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a584fec62c59b2aae1a62352dd\" ON \"production_projects\"  (\"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d7b107a5682543cbbf8ff32f88\" ON \"production_projects\"  (\"pop_deadline\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2ff52a2e44d143ac44c82b0dfd\" ON \"production_projects\"  (\"due_date\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b47dc687c5c764e318a592e8c2\" ON \"production_projects\"  (\"status\") ");
    await queryRunner.query("ALTER TABLE \"production_projects\" ADD CONSTRAINT \"FK_e3140fa15fdd014da14a5ac0e8a\" FOREIGN KEY (\"customer_id\") REFERENCES \"customers\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"production_projects\" DROP CONSTRAINT \"FK_e3140fa15fdd014da14a5ac0e8a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b47dc687c5c764e318a592e8c2\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2ff52a2e44d143ac44c82b0dfd\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d7b107a5682543cbbf8ff32f88\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a584fec62c59b2aae1a62352dd\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e3140fa15fdd014da14a5ac0e8\"");
    await queryRunner.query("DROP TABLE \"production_projects\"");
    await queryRunner.query("DROP TABLE \"customers\"");
  }
}
