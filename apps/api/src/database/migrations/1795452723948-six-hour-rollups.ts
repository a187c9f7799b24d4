import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SixHourRollups1795452723948 implements MigrationInterface {
  name = 'SixHourRollups1795452723948';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"readings_6h\" (\"sensor_id\" uuid NOT NULL, \"bucket\" TIMESTAMP WITH TIME ZONE NOT NULL, \"count\" integer NOT NULL, \"temperature_min\" double precision NOT NULL, \"temperature_max\" double precision NOT NULL, \"temperature_sum\" double precision NOT NULL, \"humidity_min\" double precision NOT NULL, \"humidity_max\" double precision NOT NULL, \"humidity_sum\" double precision NOT NULL, \"temperature_raw_min\" double precision NOT NULL, \"temperature_raw_max\" double precision NOT NULL, \"temperature_raw_sum\" double precision NOT NULL, \"humidity_raw_min\" double precision NOT NULL, \"humidity_raw_max\" double precision NOT NULL, \"humidity_raw_sum\" double precision NOT NULL, CONSTRAINT \"PK_3ecbae57eb61a3f6fbbcf5b7914\" PRIMARY KEY (\"sensor_id\", \"bucket\"))");
    // The hour buckets stored so far are rolled up once here; the batch writer keeps it from now on.
    await queryRunner.query("INSERT INTO readings_6h (sensor_id, bucket, count, temperature_min, temperature_max, temperature_sum, humidity_min, humidity_max, humidity_sum, temperature_raw_min, temperature_raw_max, temperature_raw_sum, humidity_raw_min, humidity_raw_max, humidity_raw_sum) SELECT sensor_id, date_bin(interval '6 hours', bucket, TIMESTAMPTZ '1970-01-01'), sum(count), min(temperature_min), max(temperature_max), sum(temperature_sum), min(humidity_min), max(humidity_max), sum(humidity_sum), min(temperature_raw_min), max(temperature_raw_max), sum(temperature_raw_sum), min(humidity_raw_min), max(humidity_raw_max), sum(humidity_raw_sum) FROM readings_1h GROUP BY 1, 2");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"readings_6h\"");
  }
}
