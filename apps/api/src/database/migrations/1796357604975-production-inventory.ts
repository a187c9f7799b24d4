import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductionInventory1796357604975 implements MigrationInterface {
  name = 'ProductionInventory1796357604975';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"production_inventory_items\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"code\" text NOT NULL, \"name\" text NOT NULL, \"category\" text NOT NULL, \"material_type\" text NOT NULL DEFAULT '', \"thickness\" numeric(10,2), \"unit\" text NOT NULL, \"quantity_on_hand\" numeric(12,3) NOT NULL DEFAULT '0', \"reorder_level\" numeric(12,3) NOT NULL DEFAULT '0', \"reorder_quantity\" numeric(12,3), \"unit_cost\" numeric(12,2), \"supplier_name\" text NOT NULL DEFAULT '', \"supplier_contact\" text NOT NULL DEFAULT '', \"location\" text NOT NULL DEFAULT '', \"notes\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"CHK_b3d1904a6cff882df451d01b2d\" CHECK (\"quantity_on_hand\" >= 0), CONSTRAINT \"PK_e6a6ca6e9772b80b3a618ab0aed\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_production_inventory_items_code\" ON \"production_inventory_items\"  (\"code\") ");
    await queryRunner.query("CREATE TABLE \"production_inventory_transactions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"item_id\" uuid NOT NULL, \"type\" text NOT NULL, \"quantity\" numeric(12,3) NOT NULL, \"balance_after\" numeric(12,3) NOT NULL, \"unit_cost\" numeric(12,2), \"reference\" text NOT NULL DEFAULT '', \"notes\" text NOT NULL DEFAULT '', \"date\" date NOT NULL, \"laser_run_id\" uuid, \"recorded_by_user_id\" uuid, \"recorded_by\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_36a1dadf9f2e91b43634f7d49ef\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_7f1706ef297eb1d5d74f433158\" ON \"production_inventory_transactions\"  (\"laser_run_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_21ca8291ee1577b5660fe169ca\" ON \"production_inventory_transactions\"  (\"date\") ");
    await queryRunner.query("CREATE INDEX \"IDX_711a10be6e1db0966526a87d59\" ON \"production_inventory_transactions\"  (\"item_id\", \"date\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"production_inventory_transactions\" ADD CONSTRAINT \"FK_db841923e0654fefe7afb2928df\" FOREIGN KEY (\"item_id\") REFERENCES \"production_inventory_items\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_inventory_transactions\" ADD CONSTRAINT \"FK_7f1706ef297eb1d5d74f433158c\" FOREIGN KEY (\"laser_run_id\") REFERENCES \"production_laser_runs\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"production_inventory_transactions\" DROP CONSTRAINT \"FK_7f1706ef297eb1d5d74f433158c\"");
    await queryRunner.query("ALTER TABLE \"production_inventory_transactions\" DROP CONSTRAINT \"FK_db841923e0654fefe7afb2928df\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_711a10be6e1db0966526a87d59\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_21ca8291ee1577b5660fe169ca\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7f1706ef297eb1d5d74f433158\"");
    await queryRunner.query("DROP TABLE \"production_inventory_transactions\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_production_inventory_items_code\"");
    await queryRunner.query("DROP TABLE \"production_inventory_items\"");
  }
}
