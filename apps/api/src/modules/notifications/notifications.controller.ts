import { Controller, Get, Query } from '@nestjs/common';
import { type OutboxPage, OutboxPageSchema, OutboxQuerySchema } from '@factoryops/contracts';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../common/auth.decorators.js';
import { Outbox } from './outbox.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly outbox: Outbox) {}

  /** Sent and waiting mail, newest first: where an SMTP outage shows. */
  @Authenticated({ permission: 'alarms.manage' })
  @Get('outbox')
  @ApiOkResponse({ standardSchema: OutboxPageSchema })
  list(@Query({ schema: OutboxQuerySchema }) query: z.output<typeof OutboxQuerySchema>): Promise<OutboxPage> {
    return this.outbox.list(query);
  }
}
