import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fleet's devices, their types and the software catalogue with its versions. By hand beside the
 * generated statements: the unique index on `lower(name)` of software (TypeORM cannot describe an
 * expression), and the seed's five device types.
 */
export class FleetDevicesSoftware1796411761897 implements MigrationInterface {
  name = 'FleetDevicesSoftware1796411761897';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"fleet_device_types\" (\"code\" text NOT NULL, \"label\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_99a469e8ad9a7624073f3b9ed94\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("CREATE TABLE \"fleet_devices\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"device_number\" text NOT NULL, \"type\" text NOT NULL, \"kind\" text NOT NULL DEFAULT '', \"serial_number\" text NOT NULL DEFAULT '', \"status\" text NOT NULL DEFAULT 'active', \"customer_id\" uuid, \"configuration\" jsonb NOT NULL DEFAULT '{}', \"notes\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_c21deaff507e61192a42b32fb00\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fleet_devices_type_status\" ON \"fleet_devices\"  (\"type\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fleet_devices_customer\" ON \"fleet_devices\"  (\"customer_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_fleet_devices_device_number\" ON \"fleet_devices\"  (\"device_number\") ");
    await queryRunner.query("CREATE TABLE \"fleet_software\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"vendor\" text NOT NULL DEFAULT '', \"category\" text NOT NULL, \"platform\" text NOT NULL DEFAULT '', \"licence\" text NOT NULL DEFAULT '', \"repository_url\" text NOT NULL DEFAULT '', \"documentation_url\" text NOT NULL DEFAULT '', \"active\" boolean NOT NULL DEFAULT true, \"created_by\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_d84dc37143c8d28f9a161c4eede\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"fleet_software_versions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"software_id\" uuid NOT NULL, \"version_number\" text NOT NULL, \"release_notes\" text NOT NULL DEFAULT '', \"changelog\" text NOT NULL DEFAULT '', \"channel\" text NOT NULL DEFAULT 'stable', \"requires_reboot\" boolean NOT NULL DEFAULT false, \"compatibility\" jsonb NOT NULL DEFAULT '{\"deviceTypes\":[],\"minimumVersions\":{}}', \"released_at\" TIMESTAMP WITH TIME ZONE, \"file_name\" text, \"file_size\" bigint, \"file_sha256\" text, \"file_uploaded_at\" TIMESTAMP WITH TIME ZONE, \"created_by\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_7e950c49fc71392c27f00916f41\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_fleet_software_versions_number\" ON \"fleet_software_versions\"  (\"software_id\", \"version_number\") ");
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_fleet_software_name" ON "fleet_software" (lower("name"))');
    await queryRunner.query(
      `INSERT INTO "fleet_device_types" ("code", "label") VALUES
        ('mask_tester', 'Mask tester'), ('pressure_sensor', 'Pressure sensor'), ('flow_meter', 'Flow meter'),
        ('temperature_sensor', 'Temperature sensor'), ('humidity_sensor', 'Humidity sensor')`,
    );
    await queryRunner.query("ALTER TABLE \"fleet_devices\" ADD CONSTRAINT \"FK_6937f82a33dfef2ca360c55e66c\" FOREIGN KEY (\"type\") REFERENCES \"fleet_device_types\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"fleet_devices\" ADD CONSTRAINT \"FK_27c1e4572c1aed20a8cb5893dc1\" FOREIGN KEY (\"customer_id\") REFERENCES \"customers\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"fleet_software_versions\" ADD CONSTRAINT \"FK_af38143f63cd9a92eee05f1a56e\" FOREIGN KEY (\"software_id\") REFERENCES \"fleet_software\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"fleet_software_versions\" DROP CONSTRAINT \"FK_af38143f63cd9a92eee05f1a56e\"");
    await queryRunner.query("ALTER TABLE \"fleet_devices\" DROP CONSTRAINT \"FK_27c1e4572c1aed20a8cb5893dc1\"");
    await queryRunner.query("ALTER TABLE \"fleet_devices\" DROP CONSTRAINT \"FK_6937f82a33dfef2ca360c55e66c\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_fleet_software_versions_number\"");
    await queryRunner.query("DROP TABLE \"fleet_software_versions\"");
    await queryRunner.query('DROP INDEX "public"."UQ_fleet_software_name"');
    await queryRunner.query("DROP TABLE \"fleet_software\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_fleet_devices_device_number\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fleet_devices_customer\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fleet_devices_type_status\"");
    await queryRunner.query("DROP TABLE \"fleet_devices\"");
    await queryRunner.query("DROP TABLE \"fleet_device_types\"");
  }
}
