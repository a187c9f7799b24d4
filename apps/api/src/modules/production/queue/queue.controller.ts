import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  IdParamsSchema,
  type Page,
  QUEUE_ACTIONS,
  type QueueItem,
  QueueItemSchema,
  type QueueReorderInput,
  QueueReorderInputSchema,
  type UpdateQueueItemInput,
  UpdateQueueItemInputSchema,
  pageOf,
} from '@factoryops/contracts';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Answer } from '../../../common/answer.decorator.js';
import { Authenticated } from '../../../common/auth.decorators.js';
import { QueueService } from './queue.service.js';

const QueueQuerySchema = z.strictObject({
  /** `active` (default): items still to cut or being cut; `all`: completed and cancelled ones too. */
  scope: z.enum(['active', 'all']).default('active'),
});
const QueueActionInputSchema = z.strictObject({ version: z.number().int().optional() });
type Id = { id: string };
const QueuePageSchema = pageOf(QueueItemSchema);

@ApiTags('production')
@Controller('production/queue')
export class QueueController {
  constructor(private readonly queue: QueueService) {}

  @Authenticated({ permission: 'production.view' })
  @Get()
  @Answer(QueuePageSchema)
  list(
    @Query({ schema: QueueQuerySchema }) query: z.output<typeof QueueQuerySchema>,
  ): Promise<Page<QueueItem>> {
    return this.queue.list(query.scope);
  }

  /** Moves active items; a caller whose view of the queue is stale gets 409 with the current order. */
  @Authenticated({ permission: 'production.queue.reorder' })
  @Post('reorder')
  @HttpCode(200)
  @Answer(QueuePageSchema)
  reorder(@Body({ schema: QueueReorderInputSchema }) input: QueueReorderInput): Promise<Page<QueueItem>> {
    return this.queue.reorder(input);
  }

  /** Priority and scheduled date of an active item. */
  @Authenticated({ permission: 'production.queue.reorder' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: QueueItemSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateQueueItemInputSchema }) input: UpdateQueueItemInput,
  ): Promise<QueueItem> {
    return this.queue.update(params.id, input);
  }

  /** Cutting begins: the item and its project go In Progress. */
  @Authenticated({ permission: QUEUE_ACTIONS.start.permission })
  @Post(':id/start')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: QueueItemSchema })
  start(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: QueueActionInputSchema }) input: z.output<typeof QueueActionInputSchema>,
  ): Promise<QueueItem> {
    return this.queue.act(params.id, 'start', input.version);
  }

  /** Cutting is done: the item and its project are Completed, the project with today's completion date. */
  @Authenticated({ permission: QUEUE_ACTIONS.complete.permission })
  @Post(':id/complete')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: QueueItemSchema })
  complete(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: QueueActionInputSchema }) input: z.output<typeof QueueActionInputSchema>,
  ): Promise<QueueItem> {
    return this.queue.act(params.id, 'complete', input.version);
  }

  @Authenticated({ permission: QUEUE_ACTIONS.cancel.permission })
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: QueueItemSchema })
  cancel(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: QueueActionInputSchema }) input: z.output<typeof QueueActionInputSchema>,
  ): Promise<QueueItem> {
    return this.queue.act(params.id, 'cancel', input.version);
  }
}
