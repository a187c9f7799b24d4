import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DeviceTypeConfigTemplate1796415416631 implements MigrationInterface {
  name = 'DeviceTypeConfigTemplate1796415416631';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"fleet_device_types\" ADD \"config_template_id\" uuid");
    await queryRunner.query("ALTER TABLE \"fleet_device_types\" ADD CONSTRAINT \"FK_863396d7c88a3f605d513be6c27\" FOREIGN KEY (\"config_template_id\") REFERENCES \"fleet_json_templates\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"fleet_device_types\" DROP CONSTRAINT \"FK_863396d7c88a3f605d513be6c27\"");
    await queryRunner.query("ALTER TABLE \"fleet_device_types\" DROP COLUMN \"config_template_id\"");
  }
}
