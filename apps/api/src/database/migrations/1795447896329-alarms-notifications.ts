import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AlarmsNotifications1795447896329 implements MigrationInterface {
  name = 'AlarmsNotifications1795447896329';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"alarms\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"sensor_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"level\" text NOT NULL, \"direction\" text, \"threshold\" double precision, \"message\" text NOT NULL, \"raised_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"raised_value\" double precision, \"worst_value\" double precision, \"worst_at\" TIMESTAMP WITH TIME ZONE, \"cleared_at\" TIMESTAMP WITH TIME ZONE, \"acknowledged_at\" TIMESTAMP WITH TIME ZONE, \"acknowledged_by\" uuid, \"comment\" text, \"escalated_at\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL, CONSTRAINT \"PK_b776da486fb19d38b4f7777a6da\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d3f3760eb33641ce716d3e1fac\" ON \"alarms\"  (\"sensor_id\", \"raised_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_73992e678df2c6f698e8218f8c\" ON \"alarms\"  (\"raised_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"alarms_one_open_per_kind\" ON \"alarms\"  (\"sensor_id\", \"kind\") WHERE cleared_at IS NULL");
    await queryRunner.query("CREATE TABLE \"alarm_rules\" (\"sensor_id\" uuid NOT NULL, \"enabled\" boolean NOT NULL DEFAULT true, \"temperature\" jsonb NOT NULL, \"humidity\" jsonb NOT NULL, \"delay_seconds\" integer NOT NULL DEFAULT '0', \"communication_loss_intervals\" integer, \"calibration_due\" boolean NOT NULL DEFAULT true, \"recipients\" text array NOT NULL DEFAULT '{}', \"escalation_recipients\" text array NOT NULL DEFAULT '{}', \"escalate_after_minutes\" integer, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_791c4e4821734c299c5d63919d0\" PRIMARY KEY (\"sensor_id\"))");
    await queryRunner.query("CREATE TABLE \"notification_outbox\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" text NOT NULL, \"dedupe_key\" text NOT NULL, \"recipients\" text array NOT NULL, \"subject\" text NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP WITH TIME ZONE, \"attempts\" integer NOT NULL DEFAULT '0', \"next_attempt_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_error\" text, CONSTRAINT \"PK_83d47c7dba1da2d038749fe757e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_7aca065692361ff545afc9b6d6\" ON \"notification_outbox\"  (\"dedupe_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c1baab5f320a8b54f2a0fc7087\" ON \"notification_outbox\"  (\"next_attempt_at\") WHERE sent_at IS NULL");
    await queryRunner.query("ALTER TABLE \"alarms\" ADD CONSTRAINT \"FK_ad093b2d5eb1aa337f3f99e6f59\" FOREIGN KEY (\"sensor_id\") REFERENCES \"sensors\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"alarms\" ADD CONSTRAINT \"FK_733f764bbe8a9f94ad017446144\" FOREIGN KEY (\"acknowledged_by\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"alarm_rules\" ADD CONSTRAINT \"FK_791c4e4821734c299c5d63919d0\" FOREIGN KEY (\"sensor_id\") REFERENCES \"sensors\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"alarm_rules\" DROP CONSTRAINT \"FK_791c4e4821734c299c5d63919d0\"");
    await queryRunner.query("ALTER TABLE \"alarms\" DROP CONSTRAINT \"FK_733f764bbe8a9f94ad017446144\"");
    await queryRunner.query("ALTER TABLE \"alarms\" DROP CONSTRAINT \"FK_ad093b2d5eb1aa337f3f99e6f59\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c1baab5f320a8b54f2a0fc7087\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7aca065692361ff545afc9b6d6\"");
    await queryRunner.query("DROP TABLE \"notification_outbox\"");
    await queryRunner.query("DROP TABLE \"alarm_rules\"");
    await queryRunner.query("DROP INDEX \"public\".\"alarms_one_open_per_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_73992e678df2c6f698e8218f8c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d3f3760eb33641ce716d3e1fac\"");
    await queryRunner.query("DROP TABLE \"alarms\"");
  }
}
