import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795419902848 implements MigrationInterface {
  name = 'Foundation1795419902848';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_entries\" (\"id\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"actor_kind\" text NOT NULL, \"actor_id\" text, \"actor_name\" text NOT NULL, \"entity_type\" text NOT NULL, \"entity_id\" text NOT NULL, \"action\" text NOT NULL, \"changes\" jsonb NOT NULL DEFAULT '{}', \"request_id\" text, CONSTRAINT \"PK_6b1623bcad4d04530b76548d619\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b12f87335630edfd1294cf349b\" ON \"audit_entries\"  (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c2d369a2e8a9e3773f1682b8ac\" ON \"audit_entries\"  (\"actor_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_72fa5f8031d03379af0a0bb9cc\" ON \"audit_entries\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"display_name\" text NOT NULL, \"password_hash\" text NOT NULL, \"roles\" text array NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"last_login_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"UQ_97672ac88f789774dd47f7c8be3\" UNIQUE (\"email\"), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"api_keys\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"prefix\" text NOT NULL, \"key_hash\" text NOT NULL, \"permissions\" text array NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"created_by_id\" uuid, \"last_used_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"expires_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_6f6105c8efe05b310d046cbdb3d\" UNIQUE (\"prefix\"), CONSTRAINT \"PK_5c8a79801b44bd27b79228e1dad\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"auth_sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_used_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"revoked_reason\" text, \"address\" text NOT NULL, \"user_agent\" text, CONSTRAINT \"PK_641507381f32580e8479efc36cd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_50ccaa6440288a06f0ba693ccc\" ON \"auth_sessions\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"login_attempts\" (\"id\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"email\" text NOT NULL, \"user_id\" uuid, \"address\" text NOT NULL, \"user_agent\" text, \"outcome\" text NOT NULL, CONSTRAINT \"PK_070e613c8f768b1a70742705c5b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_2325daa1b6591a36a705dcd1ae\" ON \"login_attempts\"  (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d8c2bbf8182e6d53815ad78bd7\" ON \"login_attempts\"  (\"address\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_512d984cd8c46275eba9b54ce2\" ON \"login_attempts\"  (\"email\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"refresh_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_a7838d2ba25be1342091b6695f1\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_7d8bee0204106019488c4c50ffa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3bf308fa93da3966f9e76fcfba\" ON \"refresh_tokens\"  (\"session_id\") ");
    await queryRunner.query("ALTER TABLE \"api_keys\" ADD CONSTRAINT \"FK_3afd227c6cb003779abe2a88b4e\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"auth_sessions\" ADD CONSTRAINT \"FK_50ccaa6440288a06f0ba693ccc6\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" ADD CONSTRAINT \"FK_3bf308fa93da3966f9e76fcfba4\" FOREIGN KEY (\"session_id\") REFERENCES \"auth_sessions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" DROP CONSTRAINT \"FK_3bf308fa93da3966f9e76fcfba4\"");
    await queryRunner.query("ALTER TABLE \"auth_sessions\" DROP CONSTRAINT \"FK_50ccaa6440288a06f0ba693ccc6\"");
    await queryRunner.query("ALTER TABLE \"api_keys\" DROP CONSTRAINT \"FK_3afd227c6cb003779abe2a88b4e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3bf308fa93da3966f9e76fcfba\"");
    await queryRunner.query("DROP TABLE \"refresh_tokens\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_512d984cd8c46275eba9b54ce2\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d8c2bbf8182e6d53815ad78bd7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2325daa1b6591a36a705dcd1ae\"");
    await queryRunner.query("DROP TABLE \"login_attempts\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_50ccaa6440288a06f0ba693ccc\"");
    await queryRunner.query("DROP TABLE \"auth_sessions\"");
    await queryRunner.query("DROP TABLE \"api_keys\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_72fa5f8031d03379af0a0bb9cc\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c2d369a2e8a9e3773f1682b8ac\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b12f87335630edfd1294cf349b\"");
    await queryRunner.query("DROP TABLE \"audit_entries\"");
  }
}
