import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Maintenance1795438118255 implements MigrationInterface {
  name = 'Maintenance1795438118255';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"idempotency_keys\" (\"caller\" text NOT NULL, \"key\" text NOT NULL, \"fingerprint\" text NOT NULL, \"response\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a661c9488678a6eb48ebb65eb63\" PRIMARY KEY (\"caller\", \"key\"))");
    await queryRunner.query("CREATE TABLE \"maintenance_teams\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"UQ_8eebea757a7ec06b0a7af556c51\" UNIQUE (\"name\"), CONSTRAINT \"PK_a2cb6d071ad24c0e2cb00914bea\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"machines\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"code\" text NOT NULL, \"building\" text NOT NULL DEFAULT '', \"area\" text NOT NULL DEFAULT '', \"category\" text NOT NULL DEFAULT '', \"importance\" integer NOT NULL DEFAULT '3', \"team_id\" uuid, \"portal_token\" text NOT NULL, \"archived_at\" TIMESTAMP WITH TIME ZONE, \"scrapped_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"UQ_dafffa18dcdfbab2fb17ea2bd86\" UNIQUE (\"code\"), CONSTRAINT \"UQ_a7793e78fe717edbd2a28713d19\" UNIQUE (\"portal_token\"), CONSTRAINT \"PK_7b0817c674bb984650c5274e713\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"machine_warnings\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"machine_id\" uuid NOT NULL, \"code\" text NOT NULL DEFAULT '', \"message\" text NOT NULL, \"severity\" text NOT NULL, \"source\" text NOT NULL, \"raised_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"cleared_at\" TIMESTAMP WITH TIME ZONE, \"cleared_by\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d2e0c68ca56138f5c175a3b4227\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_4f56e12dc1c8bb9acadcf1946f\" ON \"machine_warnings\"  (\"machine_id\", \"raised_at\") ");
    await queryRunner.query("CREATE TABLE \"maintenance_request_notes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"request_id\" uuid NOT NULL, \"author\" text NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2273a3df5bc943b4b6c7c2a8b9d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"maintenance_requests\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"number\" SERIAL NOT NULL, \"type\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'New', \"subject\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"severity\" text NOT NULL DEFAULT 'Medium', \"machine_id\" uuid NOT NULL, \"team_id\" uuid, \"technician_id\" uuid, \"scheduled_date\" date, \"recurrence_every\" integer, \"recurrence_unit\" text, \"recurrence_until\" date, \"follows_request_id\" uuid, \"estimated_hours\" double precision, \"duration_hours\" double precision, \"source\" text NOT NULL DEFAULT 'app', \"reporter_name\" text, \"reporter_contact\" text, \"created_by_user_id\" uuid, \"created_by\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"started_at\" TIMESTAMP WITH TIME ZONE, \"repaired_at\" TIMESTAMP WITH TIME ZONE, \"scrapped_at\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL, CONSTRAINT \"UQ_f7bc7c13d25f46708d203ba794f\" UNIQUE (\"number\"), CONSTRAINT \"UQ_a258635a9700e2512e59196df60\" UNIQUE (\"follows_request_id\"), CONSTRAINT \"PK_c1521eb67c471accae8c531f9fe\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c68897daf6d7184c76cbe04ad2\" ON \"maintenance_requests\"  (\"scheduled_date\") ");
    await queryRunner.query("CREATE INDEX \"IDX_088719b74df30927d1d1b44923\" ON \"maintenance_requests\"  (\"technician_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5526ab9f3fc46af056e8807813\" ON \"maintenance_requests\"  (\"team_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2564a511865389c2c4bd3a4342\" ON \"maintenance_requests\"  (\"machine_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"maintenance_team_members\" (\"team_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, CONSTRAINT \"PK_071f39d85a80dc2a50bf243af86\" PRIMARY KEY (\"team_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_23843944c32889d87ddf71f9ce\" ON \"maintenance_team_members\"  (\"team_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4942a8b7ec4904a788455d0425\" ON \"maintenance_team_members\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"machine_responsibles\" (\"machine_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, CONSTRAINT \"PK_9a07fd81a0a722a14ddeaba9ae2\" PRIMARY KEY (\"machine_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_5e3a7695812e13e835af9e016d\" ON \"machine_responsibles\"  (\"machine_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e5cecdf8764fc8bbd8eee8af5d\" ON \"machine_responsibles\"  (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"machines\" ADD CONSTRAINT \"FK_5c445b2a5ab448774bc68807080\" FOREIGN KEY (\"team_id\") REFERENCES \"maintenance_teams\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"machine_warnings\" ADD CONSTRAINT \"FK_fce938bd59470ffe85123c895c4\" FOREIGN KEY (\"machine_id\") REFERENCES \"machines\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"maintenance_request_notes\" ADD CONSTRAINT \"FK_22b048a47087b3f205b1e287899\" FOREIGN KEY (\"request_id\") REFERENCES \"maintenance_requests\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"maintenance_requests\" ADD CONSTRAINT \"FK_3b9ed7346f79119e4212ad151fb\" FOREIGN KEY (\"machine_id\") REFERENCES \"machines\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"maintenance_requests\" ADD CONSTRAINT \"FK_81a33b95374c1791224475fa926\" FOREIGN KEY (\"team_id\") REFERENCES \"maintenance_teams\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"maintenance_requests\" ADD CONSTRAINT \"FK_088719b74df30927d1d1b449235\" FOREIGN KEY (\"technician_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"maintenance_team_members\" ADD CONSTRAINT \"FK_23843944c32889d87ddf71f9cea\" FOREIGN KEY (\"team_id\") REFERENCES \"maintenance_teams\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"maintenance_team_members\" ADD CONSTRAINT \"FK_4942a8b7ec4904a788455d0425d\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"machine_responsibles\" ADD CONSTRAINT \"FK_5e3a7695812e13e835af9e016d5\" FOREIGN KEY (\"machine_id\") REFERENCES \"machines\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"machine_responsibles\" ADD CONSTRAINT \"FK_e5cecdf8764fc8bbd8eee8af5da\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"machine_responsibles\" DROP CONSTRAINT \"FK_e5cecdf8764fc8bbd8eee8af5da\"");
    await queryRunner.query("ALTER TABLE \"machine_responsibles\" DROP CONSTRAINT \"FK_5e3a7695812e13e835af9e016d5\"");
    await queryRunner.query("ALTER TABLE \"maintenance_team_members\" DROP CONSTRAINT \"FK_4942a8b7ec4904a788455d0425d\"");
    await queryRunner.query("ALTER TABLE \"maintenance_team_members\" DROP CONSTRAINT \"FK_23843944c32889d87ddf71f9cea\"");
    await queryRunner.query("ALTER TABLE \"maintenance_requests\" DROP CONSTRAINT \"FK_088719b74df30927d1d1b449235\"");
    await queryRunner.query("ALTER TABLE \"maintenance_requests\" DROP CONSTRAINT \"FK_81a33b95374c1791224475fa926\"");
    await queryRunner.query("ALTER TABLE \"maintenance_requests\" DROP CONSTRAINT \"FK_3b9ed7346f79119e4212ad151fb\"");
    await queryRunner.query("ALTER TABLE \"maintenance_request_notes\" DROP CONSTRAINT \"FK_22b048a47087b3f205b1e287899\"");
    await queryRunner.query("ALTER TABLE \"machine_warnings\" DROP CONSTRAINT \"FK_fce938bd59470ffe85123c895c4\"");
    await queryRunner.query("ALTER TABLE \"machines\" DROP CONSTRAINT \"FK_5c445b2a5ab448774bc68807080\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e5cecdf8764fc8bbd8eee8af5d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5e3a7695812e13e835af9e016d\"");
    await queryRunner.query("DROP TABLE \"machine_responsibles\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4942a8b7ec4904a788455d0425\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_23843944c32889d87ddf71f9ce\"");
    await queryRunner.query("DROP TABLE \"maintenance_team_members\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2564a511865389c2c4bd3a4342\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5526ab9f3fc46af056e8807813\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_088719b74df30927d1d1b44923\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c68897daf6d7184c76cbe04ad2\"");
    await queryRunner.query("DROP TABLE \"maintenance_requests\"");
    await queryRunner.query("DROP TABLE \"maintenance_request_notes\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4f56e12dc1c8bb9acadcf1946f\"");
    await queryRunner.query("DROP TABLE \"machine_warnings\"");
    await queryRunner.query("DROP TABLE \"machines\"");
    await queryRunner.query("DROP TABLE \"maintenance_teams\"");
    await queryRunner.query("DROP TABLE \"idempotency_keys\"");
  }
}
