import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MaintenancePortal1795438721782 implements MigrationInterface {
  name = 'MaintenancePortal1795438721782';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"maintenance_request_images\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"request_id\" uuid NOT NULL, \"file_name\" text NOT NULL, \"content_type\" text NOT NULL, \"size\" integer NOT NULL, \"uploaded_by\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_95e00c845a0983e1ea3a3d11e22\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"maintenance_requests\" ADD \"reporter_address\" text");
    await queryRunner.query("ALTER TABLE \"maintenance_request_images\" ADD CONSTRAINT \"FK_14d2d46e3e3ba486e5881d33695\" FOREIGN KEY (\"request_id\") REFERENCES \"maintenance_requests\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"maintenance_request_images\" DROP CONSTRAINT \"FK_14d2d46e3e3ba486e5881d33695\"");
    await queryRunner.query("ALTER TABLE \"maintenance_requests\" DROP COLUMN \"reporter_address\"");
    await queryRunner.query("DROP TABLE \"maintenance_request_images\"");
  }
}
