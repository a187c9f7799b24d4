import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Instruments1795424009520 implements MigrationInterface {
  name = 'Instruments1795424009520';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sensors\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"instrument_id\" uuid NOT NULL, \"channel\" integer NOT NULL, \"name\" text NOT NULL, \"location\" text NOT NULL DEFAULT '', \"temperature_min\" double precision, \"temperature_max\" double precision, \"humidity_min\" double precision, \"humidity_max\" double precision, \"active\" boolean NOT NULL DEFAULT true, \"version\" integer NOT NULL, CONSTRAINT \"UQ_53ef73d1944fa08b621a21a3717\" UNIQUE (\"instrument_id\", \"channel\"), CONSTRAINT \"PK_b8bd5fcfd700e39e96bcd9ba6b7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"instruments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"model\" text NOT NULL DEFAULT '', \"serial\" text NOT NULL DEFAULT '', \"firmware\" text NOT NULL DEFAULT '', \"location\" text NOT NULL DEFAULT '', \"host\" text NOT NULL DEFAULT '', \"port\" integer NOT NULL DEFAULT '10001', \"driver\" text NOT NULL, \"poll_interval_s\" integer NOT NULL DEFAULT '5', \"storage_interval_s\" integer NOT NULL DEFAULT '5', \"enabled\" boolean NOT NULL DEFAULT true, \"retired_at\" TIMESTAMP WITH TIME ZONE, \"connection_state\" text NOT NULL DEFAULT 'disconnected', \"last_error\" text, \"last_reading_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_44d772c3199b38559c5fb666eb6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"readings\" (\"sensor_id\" uuid NOT NULL, \"time\" TIMESTAMP WITH TIME ZONE NOT NULL, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"temperature_raw\" double precision NOT NULL, \"humidity_raw\" double precision NOT NULL, \"temperature\" double precision NOT NULL, \"humidity\" double precision NOT NULL, \"certificate_id\" uuid, CONSTRAINT \"PK_196c5ce9a5905819e070f37b291\" PRIMARY KEY (\"sensor_id\", \"time\"))");
    await queryRunner.query("CREATE INDEX \"IDX_8638c525e8214aabbeeacb578c\" ON \"readings\"  (\"time\") ");
    await queryRunner.query("ALTER TABLE \"sensors\" ADD CONSTRAINT \"FK_13a9159c628fd940e0051160ef1\" FOREIGN KEY (\"instrument_id\") REFERENCES \"instruments\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"readings\" ADD CONSTRAINT \"FK_b6caef081015dd98a8f84e4c906\" FOREIGN KEY (\"sensor_id\") REFERENCES \"sensors\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"readings\" DROP CONSTRAINT \"FK_b6caef081015dd98a8f84e4c906\"");
    await queryRunner.query("ALTER TABLE \"sensors\" DROP CONSTRAINT \"FK_13a9159c628fd940e0051160ef1\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8638c525e8214aabbeeacb578c\"");
    await queryRunner.query("DROP TABLE \"readings\"");
    await queryRunner.query("DROP TABLE \"instruments\"");
    await queryRunner.query("DROP TABLE \"sensors\"");
  }
}
