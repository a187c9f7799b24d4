import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  CreateInventoryItemInputSchema,
  CreateInventoryTransactionInputSchema,
  IdParamsSchema,
  type InventoryItem,
  type InventoryItemDetail,
  InventoryItemDetailQuerySchema,
  InventoryItemDetailSchema,
  InventoryItemListQuerySchema,
  InventoryItemPageSchema,
  InventoryItemSchema,
  type InventoryTransaction,
  InventoryTransactionListQuerySchema,
  InventoryTransactionPageSchema,
  InventoryTransactionSchema,
  type InventoryValuation,
  InventoryValuationSchema,
  type Page,
  RecordUsageInputSchema,
  type UpdateInventoryItemInput,
  UpdateInventoryItemInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated, CurrentPrincipal } from '../../../common/auth.decorators.js';
import type { Principal } from '../../../common/principal.js';
import { InventoryService } from './inventory.service.js';

type Id = { id: string };

@ApiTags('production')
@Controller('production/inventory')
export class InventoryController {
  constructor(private readonly inventory: InventoryService) {}

  /** Items by code; `lowStock=true` keeps those at or under their reorder level. */
  @Authenticated({ permission: 'production.view' })
  @Get('items')
  @ApiOkResponse({ standardSchema: InventoryItemPageSchema })
  list(
    @Query({ schema: InventoryItemListQuerySchema }) query: z.output<typeof InventoryItemListQuerySchema>,
  ): Promise<Page<InventoryItem>> {
    return this.inventory.list(query);
  }

  /** An item with a page of its transactions, newest first. */
  @Authenticated({ permission: 'production.view' })
  @Get('items/:id')
  @ApiOkResponse({ standardSchema: InventoryItemDetailSchema })
  get(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Query({ schema: InventoryItemDetailQuerySchema }) query: z.output<typeof InventoryItemDetailQuerySchema>,
  ): Promise<InventoryItemDetail> {
    return this.inventory.get(params.id, query);
  }

  @Authenticated({ permission: 'production.inventory.manage' })
  @Post('items')
  @ApiCreatedResponse({ standardSchema: InventoryItemSchema })
  create(
    @Body({ schema: CreateInventoryItemInputSchema }) input: z.output<typeof CreateInventoryItemInputSchema>,
  ): Promise<InventoryItem> {
    return this.inventory.create(input);
  }

  @Authenticated({ permission: 'production.inventory.manage' })
  @Patch('items/:id')
  @ApiOkResponse({ standardSchema: InventoryItemSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateInventoryItemInputSchema }) input: UpdateInventoryItemInput,
  ): Promise<InventoryItem> {
    return this.inventory.update(params.id, input);
  }

  @Authenticated({ permission: 'production.inventory.manage' })
  @Delete('items/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The item is deleted (one without transactions)' })
  remove(@Param({ schema: IdParamsSchema }) params: Id): Promise<void> {
    return this.inventory.remove(params.id);
  }

  /** A purchase, usage, adjustment or return. */
  @Authenticated({ permission: 'production.inventory.manage' })
  @Post('items/:id/transactions')
  @ApiCreatedResponse({ standardSchema: InventoryTransactionSchema })
  record(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: CreateInventoryTransactionInputSchema })
    input: z.output<typeof CreateInventoryTransactionInputSchema>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InventoryTransaction> {
    return this.inventory.record(params.id, input, principal);
  }

  /** Material taken from stock by hand (operators may; a laser run takes its sheets itself). */
  @Authenticated({ permission: 'production.run.record' })
  @Post('items/:id/usage')
  @ApiCreatedResponse({ standardSchema: InventoryTransactionSchema })
  recordUsage(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: RecordUsageInputSchema }) input: z.output<typeof RecordUsageInputSchema>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InventoryTransaction> {
    return this.inventory.record(params.id, { ...input, type: 'Usage', unitCost: null }, principal);
  }

  /** Every transaction, newest first; `from`/`to` are days, both included. */
  @Authenticated({ permission: 'production.view' })
  @Get('transactions')
  @ApiOkResponse({ standardSchema: InventoryTransactionPageSchema })
  transactions(
    @Query({ schema: InventoryTransactionListQuerySchema })
    query: z.output<typeof InventoryTransactionListQuerySchema>,
  ): Promise<Page<InventoryTransaction>> {
    return this.inventory.transactions(query);
  }

  /** On hand × unit cost per item, per category and in all. */
  @Authenticated({ permission: 'production.view' })
  @Get('valuation')
  @ApiOkResponse({ standardSchema: InventoryValuationSchema })
  valuation(): Promise<InventoryValuation> {
    return this.inventory.valuation();
  }
}
