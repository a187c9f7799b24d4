import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductionQueue1796295696249 implements MigrationInterface {
  name = 'ProductionQueue1796295696249';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"production_queue_items\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"status\" text NOT NULL DEFAULT 'Queued', \"priority\" text NOT NULL DEFAULT 'Normal', \"scheduled_date\" date, \"estimated_minutes\" integer, \"position\" integer NOT NULL, \"started_at\" TIMESTAMP WITH TIME ZONE, \"completed_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"UQ_production_queue_position\" UNIQUE (\"position\") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT \"PK_442ea3242ab98f8cab7437e887a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0290b27f492056a495e42e0c2a\" ON \"production_queue_items\"  (\"project_id\") ");
    await queryRunner.query("ALTER TABLE \"production_queue_items\" ADD CONSTRAINT \"FK_0290b27f492056a495e42e0c2a5\" FOREIGN KEY (\"project_id\") REFERENCES \"production_projects\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"production_queue_items\" DROP CONSTRAINT \"FK_0290b27f492056a495e42e0c2a5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0290b27f492056a495e42e0c2a\"");
    await queryRunner.query("DROP TABLE \"production_queue_items\"");
  }
}
