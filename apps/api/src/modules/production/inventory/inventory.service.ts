import { Injectable } from '@nestjs/common';
import {
  type CreateInventoryItemInputSchema,
  type CreateInventoryTransactionInputSchema,
  type InventoryItem,
  type InventoryItemDetail,
  type InventoryItemListQuerySchema,
  type InventoryTransaction,
  type InventoryTransactionListQuerySchema,
  type InventoryTransactionType,
  type InventoryValuation,
  type LowStockSummary,
  type Page,
  quantityLabel,
  type UpdateInventoryItemInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  ConflictError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '../../../common/domain-errors.js';
import { containsPattern } from '../../../common/like-pattern.js';
import { fetchPage } from '../../../common/paging.js';
import { applyPatch } from '../../../common/patch.js';
import { type Principal, principalLabel } from '../../../common/principal.js';
import { lockForChange } from '../../../database/locked-row.js';
import { refusingDuplicate } from '../../../database/unique-violation.js';
import { UnitOfWork, type Work } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import type { AuditRecord } from '../../audit/audit-writer.js';
import type { LaserRunEntity } from '../laser-runs/laser-run.entity.js';
import { announceProductionChange } from '../production-changes.js';
import { ProjectsService } from '../projects/projects.service.js';
import { INVENTORY_CODE_INDEX, InventoryItemEntity } from './inventory-item.entity.js';
import { InventoryTransactionEntity } from './inventory-transaction.entity.js';
import {
  inventoryItemAuditSnapshot,
  toInventoryItemDto,
  toInventoryTransactionDto,
} from './inventory.mapper.js';
import {
  costAfterPurchase,
  isLowStock,
  stockAfter,
  stockChange,
  storedQuantity,
  valuation,
} from './stock-arithmetic.js';

type ItemListQuery = z.output<typeof InventoryItemListQuerySchema>;
type TransactionListQuery = z.output<typeof InventoryTransactionListQuerySchema>;
type TransactionInput = z.output<typeof CreateInventoryTransactionInputSchema>;

const SORT_COLUMNS: Record<string, string> = {
  code: 'i.code',
  name: 'i.name',
  category: 'i.category',
  quantityOnHand: 'i.quantity_on_hand',
};
/** SQL: the item aliased `i` is at or under its reorder level. */
const LOW = 'i.quantity_on_hand <= i.reorder_level';

/** A movement of stock, beside the item it moves. */
interface Movement {
  type: InventoryTransactionType;
  /** As given: above 0, or signed for an adjustment. */
  quantity: string;
  /** A purchase's price per unit (the others are valued at the item's cost). */
  unitCost: string | null;
  reference: string;
  notes: string;
  date: string;
  laserRunId: string | null;
  /** The field a refusal names: `quantity`, or a run's `sheets`. */
  field: string;
}

/** The sheet item a run takes from, and the items of its material and thickness when none was chosen. */
export interface RunStock {
  item: InventoryItemEntity | null;
  matches: InventoryItemEntity[];
}

const codeTaken = (code: string) => new ConflictError(`Item code ${code} is already used`, 'code');

/**
 * The stock of the shop (seed module 8): items, and the transactions that alone move their stock — each
 * with the item's row locked, in the transaction that writes it, so that concurrent usages take exactly
 * the stock there is and never more. Laser runs take their sheets through `takeForRun`.
 */
@Injectable()
export class InventoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly projects: ProjectsService,
  ) {}

  list(query: ItemListQuery): Promise<Page<InventoryItem>> {
    const builder = this.dataSource.getRepository(InventoryItemEntity).createQueryBuilder('i');
    if (query.q)
      builder.andWhere(
        '(i.code ILIKE :q OR i.name ILIKE :q OR i.material_type ILIKE :q OR i.supplier_name ILIKE :q)',
        { q: containsPattern(query.q) },
      );
    if (query.category) builder.andWhere('i.category = :category', { category: query.category });
    if (query.materialType)
      builder.andWhere('lower(i.material_type) = lower(:materialType)', { materialType: query.materialType });
    if (query.thickness) builder.andWhere('i.thickness = :thickness', { thickness: query.thickness });
    if (query.lowStock) builder.andWhere(query.lowStock === 'true' ? LOW : `NOT (${LOW})`);
    builder
      .orderBy(SORT_COLUMNS[query.sort.replace('-', '')], query.sort.startsWith('-') ? 'DESC' : 'ASC')
      .addOrderBy('i.code', 'ASC');
    return fetchPage(builder, query, toInventoryItemDto);
  }

  /** An item with a page of its transactions, newest first. */
  async get(id: string, page: { page: number; pageSize: number }): Promise<InventoryItemDetail> {
    const item = await this.dataSource.getRepository(InventoryItemEntity).findOneBy({ id });
    if (!item) throw new NotFoundError('Inventory item', id);
    return { ...toInventoryItemDto(item), transactions: await this.transactions({ ...page, itemId: id }) };
  }

  transactions(query: TransactionListQuery): Promise<Page<InventoryTransaction>> {
    const builder = this.dataSource
      .getRepository(InventoryTransactionEntity)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.item', 'i');
    if (query.itemId) builder.andWhere('t.item_id = :itemId', { itemId: query.itemId });
    if (query.type) builder.andWhere('t.type = :type', { type: query.type });
    if (query.from) builder.andWhere('t.date >= :from', { from: query.from });
    if (query.to) builder.andWhere('t.date <= :to', { to: query.to });
    builder.orderBy('t.date', 'DESC').addOrderBy('t.created_at', 'DESC').addOrderBy('t.id', 'DESC');
    return fetchPage(builder, query, toInventoryTransactionDto);
  }

  create(input: z.output<typeof CreateInventoryItemInputSchema>): Promise<InventoryItem> {
    return this.unitOfWork.run(async (work) => {
      const { id } = await refusingDuplicate(
        work.manager.save(work.manager.create(InventoryItemEntity, input)),
        { [INVENTORY_CODE_INDEX]: () => codeTaken(input.code) },
      );
      const item = await work.manager.findOneByOrFail(InventoryItemEntity, { id });
      await work.audit({
        entityType: 'inventory_item',
        entityId: id,
        action: 'create',
        changes: createdFields(inventoryItemAuditSnapshot(item)),
      });
      announceProductionChange(work, 'inventory_item', id, 'create');
      return toInventoryItemDto(item);
    });
  }

  update(id: string, input: UpdateInventoryItemInput): Promise<InventoryItem> {
    return this.unitOfWork.run(async (work) => {
      const item = await lockForChange(
        work.manager,
        InventoryItemEntity,
        id,
        input.version,
        'Inventory item',
      );
      const before = inventoryItemAuditSnapshot(item);
      const wasLow = isLowStock(item.quantityOnHand, item.reorderLevel);
      const { version: _, ...changes } = input;
      applyPatch(item, changes);
      await refusingDuplicate(work.manager.save(item), {
        [INVENTORY_CODE_INDEX]: () => codeTaken(changes.code ?? item.code),
      });
      const stored = await work.manager.findOneByOrFail(InventoryItemEntity, { id });
      const changed = diffFields(before, inventoryItemAuditSnapshot(stored));
      if (Object.keys(changed).length > 0) {
        await work.audit({ entityType: 'inventory_item', entityId: id, action: 'update', changes: changed });
        const low = isLowStock(stored.quantityOnHand, stored.reorderLevel);
        announceProductionChange(work, 'inventory_item', id, low === wasLow ? 'update' : 'status');
      }
      return toInventoryItemDto(stored);
    });
  }

  /** Only an item without transactions goes (one created by mistake): the history of stock stays. */
  remove(id: string): Promise<void> {
    return this.unitOfWork.run(async (work) => {
      const item = await lockForChange(work.manager, InventoryItemEntity, id, undefined, 'Inventory item');
      const transactions = await work.manager.countBy(InventoryTransactionEntity, { itemId: id });
      if (transactions > 0)
        throw new ConflictError(
          `${item.code} has ${transactions} transaction${transactions === 1 ? '' : 's'}: its history stays, so it cannot be deleted`,
        );
      await work.manager.delete(InventoryItemEntity, { id });
      await work.audit({
        entityType: 'inventory_item',
        entityId: id,
        action: 'delete',
        changes: diffFields(inventoryItemAuditSnapshot(item), {}),
      });
      announceProductionChange(work, 'inventory_item', id, 'delete');
    });
  }

  /** Records a purchase, usage, adjustment or return, dated today (site zone) unless it says otherwise. */
  record(itemId: string, input: TransactionInput, principal: Principal): Promise<InventoryTransaction> {
    const today = this.projects.today();
    if (input.date !== undefined && input.date > today)
      throw new ValidationError([{ path: 'date', message: 'A transaction cannot be dated after today' }]);
    return this.unitOfWork.run(async (work) => {
      const item = await this.lock(work.manager, itemId);
      const transaction = await this.move(
        work,
        item,
        { ...input, date: input.date ?? today, laserRunId: null, field: 'quantity' },
        principal,
      );
      return toInventoryTransactionDto(transaction);
    });
  }

  /**
   * The sheet item a run names (404 when there is none), or when it names none (`undefined`) the sheet
   * items of its material (any case) and thickness, taken when there is exactly one. `null`: not from stock.
   */
  async stockForRun(
    manager: EntityManager,
    run: { material: string; thickness: string; inventoryItemId?: string | null },
  ): Promise<RunStock> {
    if (run.inventoryItemId === null) return { item: null, matches: [] };
    if (run.inventoryItemId !== undefined) {
      const item = await manager.findOneBy(InventoryItemEntity, { id: run.inventoryItemId });
      if (!item) throw new NotFoundError('Inventory item', run.inventoryItemId);
      return { item, matches: [] };
    }
    const matches = await manager
      .getRepository(InventoryItemEntity)
      .createQueryBuilder('i')
      .where("i.unit = 'sheets' AND lower(i.material_type) = lower(:material) AND i.thickness = :thickness", {
        material: run.material,
        thickness: run.thickness,
      })
      .orderBy('i.code')
      .getMany();
    return { item: matches.length === 1 ? matches[0] : null, matches };
  }

  /** A run's sheets taken from `itemId`, in the run's transaction, its project's code as reference. */
  async takeForRun(
    work: Work,
    itemId: string,
    run: LaserRunEntity,
    projectCode: string,
    principal: Principal,
  ) {
    const item = await this.lock(work.manager, itemId);
    await this.move(
      work,
      item,
      {
        type: 'Usage',
        quantity: String(run.sheets),
        unitCost: null,
        reference: projectCode,
        notes: 'Laser run',
        date: run.runDate,
        laserRunId: run.id,
        field: 'sheets',
      },
      principal,
    );
  }

  /** A deleted run's sheets go back to stock: a return of each usage it recorded, in the deletion's transaction. */
  async returnRunSheets(work: Work, runId: string, principal: Principal): Promise<void> {
    const usages = await work.manager.findBy(InventoryTransactionEntity, {
      laserRunId: runId,
      type: 'Usage',
    });
    for (const usage of usages)
      await this.move(
        work,
        await this.lock(work.manager, usage.itemId),
        {
          type: 'Return',
          quantity: stockChange('Usage', usage.quantity).toString(),
          unitCost: null,
          reference: usage.reference,
          notes: 'Laser run deleted: its sheets are back in stock',
          date: this.projects.today(),
          laserRunId: null,
          field: 'sheets',
        },
        principal,
      );
  }

  /** Every item, what it is worth, and the sums per category and in all. */
  async valuation(): Promise<InventoryValuation> {
    const items = await this.dataSource.getRepository(InventoryItemEntity).find({ order: { code: 'ASC' } });
    const figures = valuation(items);
    return {
      ...figures,
      items: figures.items.map(({ id, code, name, category, unit, quantityOnHand, unitCost, value }) => ({
        id,
        code,
        name,
        category,
        unit,
        quantityOnHand,
        unitCost,
        value,
      })),
    };
  }

  /** How many items are at or under their reorder level, and the first `limit` of them by code. */
  async lowStock(limit?: number): Promise<LowStockSummary> {
    const [items, total] = await this.dataSource
      .getRepository(InventoryItemEntity)
      .createQueryBuilder('i')
      .where(LOW)
      .orderBy('i.code')
      .take(limit)
      .getManyAndCount();
    return { total, items: items.map(toInventoryItemDto) };
  }

  private lock(manager: EntityManager, id: string): Promise<InventoryItemEntity> {
    return lockForChange(manager, InventoryItemEntity, id, undefined, 'Inventory item');
  }

  /**
   * Moves the stock of `item` (locked by the caller) and records the transaction, audited and announced;
   * refused (400 naming `movement.field`, saying what is left) when it would take the stock below zero.
   * A purchase with a price moves the item's unit cost to the average of its stock.
   */
  private async move(
    work: Work,
    item: InventoryItemEntity,
    movement: Movement,
    principal: Principal,
  ): Promise<InventoryTransactionEntity> {
    const { manager } = work;
    const change = stockChange(movement.type, movement.quantity);
    const after = stockAfter(item.quantityOnHand, change);
    if (after.isNegative())
      throw new RuleViolationError(
        `Only ${quantityLabel(item.quantityOnHand, item.unit)} of ${item.code} left: taking ${quantityLabel(change.negated().toString(), item.unit)} would leave less than none`,
        movement.field,
      );
    const wasLow = isLowStock(item.quantityOnHand, item.reorderLevel);
    const purchase = movement.type === 'Purchase';
    const unitCost = purchase
      ? costAfterPurchase(item.quantityOnHand, item.unitCost, movement.quantity, movement.unitCost)
      : item.unitCost;
    const balanceAfter = storedQuantity(after);
    // Neither the version nor the update time: they are the editable fields', which stock moving leaves alone.
    await manager.query(
      'UPDATE production_inventory_items SET quantity_on_hand = $2, unit_cost = $3 WHERE id = $1',
      [item.id, balanceAfter, unitCost],
    );
    const transaction = await manager.save(
      manager.create(InventoryTransactionEntity, {
        itemId: item.id,
        type: movement.type,
        quantity: storedQuantity(change),
        balanceAfter,
        unitCost: purchase ? movement.unitCost : item.unitCost,
        reference: movement.reference,
        notes: movement.notes,
        date: movement.date,
        laserRunId: movement.laserRunId,
        recordedByUserId: principal.kind === 'user' ? principal.id : null,
        recordedBy: principalLabel(principal),
      }),
    );
    const audits: AuditRecord[] = [
      {
        entityType: 'inventory_transaction',
        entityId: transaction.id,
        action: 'create',
        changes: createdFields({
          itemId: item.id,
          code: item.code,
          type: transaction.type,
          quantity: transaction.quantity,
          balanceAfter,
          unitCost: transaction.unitCost,
          reference: transaction.reference,
          date: transaction.date,
          laserRunId: transaction.laserRunId,
        }),
      },
    ];
    if (unitCost !== item.unitCost)
      audits.push({
        entityType: 'inventory_item',
        entityId: item.id,
        action: 'update',
        changes: diffFields({ unitCost: item.unitCost }, { unitCost }),
      });
    await work.audit(...audits);
    announceProductionChange(work, 'inventory_transaction', transaction.id, 'create');
    if (isLowStock(balanceAfter, item.reorderLevel) !== wasLow)
      announceProductionChange(work, 'inventory_item', item.id, 'status');
    transaction.item = Object.assign(item, { quantityOnHand: balanceAfter, unitCost });
    return transaction;
  }
}
