import type { InventoryCategory, InventoryUnit } from '@factoryops/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The unique index on the code (stored upper case), whose violation is a 409 naming `code`. */
export const INVENTORY_CODE_INDEX = 'UQ_production_inventory_items_code';

/**
 * A stock item (seed module 8): sheets of a material and thickness, a gas, a nozzle. Its code is unique,
 * kept in upper case. The stock on hand changes only with a transaction, in the same database
 * transaction, and never goes below zero (checked here as well). `version` guards the editable fields:
 * stock moving does not change it, so an edit is never refused because a sheet was used meanwhile.
 */
@Entity({ name: 'production_inventory_items' })
@Check('"quantity_on_hand" >= 0')
@Index(INVENTORY_CODE_INDEX, ['code'], { unique: true })
export class InventoryItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  category: InventoryCategory;

  @Column({ name: 'material_type', type: 'text', default: '' })
  materialType: string;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true })
  thickness: string | null;

  @Column({ type: 'text' })
  unit: InventoryUnit;

  @Column({ name: 'quantity_on_hand', type: 'numeric', precision: 12, scale: 3, default: 0 })
  quantityOnHand: string;

  @Column({ name: 'reorder_level', type: 'numeric', precision: 12, scale: 3, default: 0 })
  reorderLevel: string;

  @Column({ name: 'reorder_quantity', type: 'numeric', precision: 12, scale: 3, nullable: true })
  reorderQuantity: string | null;

  @Column({ name: 'unit_cost', type: 'numeric', precision: 12, scale: 2, nullable: true })
  unitCost: string | null;

  @Column({ name: 'supplier_name', type: 'text', default: '' })
  supplierName: string;

  @Column({ name: 'supplier_contact', type: 'text', default: '' })
  supplierContact: string;

  @Column({ type: 'text', default: '' })
  location: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
