import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductionLaserRuns1796345647205 implements MigrationInterface {
  name = 'ProductionLaserRuns1796345647205';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"production_laser_runs\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"queue_item_id\" uuid, \"operator_id\" uuid NOT NULL, \"preset_id\" uuid, \"run_date\" date NOT NULL, \"cut_minutes\" integer NOT NULL, \"material\" text NOT NULL, \"thickness\" numeric(10,2) NOT NULL, \"sheets\" integer NOT NULL DEFAULT '0', \"parts\" integer NOT NULL DEFAULT '0', \"notes\" text NOT NULL DEFAULT '', \"recorded_by_user_id\" uuid, \"recorded_by\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_75150ca1f9244f11a3d03757e60\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_825189156f3a54ebde7df0d2d3\" ON \"production_laser_runs\"  (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cd19bb16e29d7a16e5abb45205\" ON \"production_laser_runs\"  (\"queue_item_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cb32a0dbff8051c23958fddad7\" ON \"production_laser_runs\"  (\"operator_id\", \"run_date\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f34a549292367bb4132b597582\" ON \"production_laser_runs\"  (\"run_date\") ");
    await queryRunner.query("ALTER TABLE \"production_laser_runs\" ADD CONSTRAINT \"FK_825189156f3a54ebde7df0d2d39\" FOREIGN KEY (\"project_id\") REFERENCES \"production_projects\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_laser_runs\" ADD CONSTRAINT \"FK_cd19bb16e29d7a16e5abb45205a\" FOREIGN KEY (\"queue_item_id\") REFERENCES \"production_queue_items\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_laser_runs\" ADD CONSTRAINT \"FK_b32c97735a4cebcc05f9a9f5e09\" FOREIGN KEY (\"operator_id\") REFERENCES \"production_operators\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_laser_runs\" ADD CONSTRAINT \"FK_9aed668beb1a4345a1b8a3e108f\" FOREIGN KEY (\"preset_id\") REFERENCES \"production_presets\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"production_laser_runs\" DROP CONSTRAINT \"FK_9aed668beb1a4345a1b8a3e108f\"");
    await queryRunner.query("ALTER TABLE \"production_laser_runs\" DROP CONSTRAINT \"FK_b32c97735a4cebcc05f9a9f5e09\"");
    await queryRunner.query("ALTER TABLE \"production_laser_runs\" DROP CONSTRAINT \"FK_cd19bb16e29d7a16e5abb45205a\"");
    await queryRunner.query("ALTER TABLE \"production_laser_runs\" DROP CONSTRAINT \"FK_825189156f3a54ebde7df0d2d39\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f34a549292367bb4132b597582\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cb32a0dbff8051c23958fddad7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cd19bb16e29d7a16e5abb45205\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_825189156f3a54ebde7df0d2d3\"");
    await queryRunner.query("DROP TABLE \"production_laser_runs\"");
  }
}
