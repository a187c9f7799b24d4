import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  type Communication,
  CommunicationPageSchema,
  CommunicationQuerySchema,
  CommunicationSchema,
  IdParamsSchema,
  type MessageAutomation,
  type MessageAutomationKey,
  MessageAutomationParamsSchema,
  MessageAutomationSchema,
  type Page,
  type SendCommunicationInput,
  SendCommunicationInputSchema,
  type UpdateMessageAutomationInput,
  UpdateMessageAutomationInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Authenticated } from '../../../common/auth.decorators.js';
import { CommunicationsService } from './communications.service.js';
import { MessageAutomations } from './message-automations.service.js';

type Id = { id: string };

/** Messages to clients, and the automated ones switched on or off. */
@ApiTags('production')
@Controller('production/communications')
export class CommunicationsController {
  constructor(
    private readonly communications: CommunicationsService,
    private readonly automations: MessageAutomations,
  ) {}

  /** Newest first; by client, project, status, or text in the recipient, subject, client or project code. */
  @Authenticated({ permission: 'production.communications.view' })
  @Get()
  @ApiOkResponse({ standardSchema: CommunicationPageSchema })
  list(
    @Query({ schema: CommunicationQuerySchema }) query: z.output<typeof CommunicationQuerySchema>,
  ): Promise<Page<Communication>> {
    return this.communications.list(query);
  }

  /** Sends a message to a client through the outbox (Pending until the mail server took it). */
  @Authenticated({ permission: 'production.communications.send' })
  @Post()
  @ApiCreatedResponse({ standardSchema: CommunicationSchema })
  send(
    @Body({ schema: SendCommunicationInputSchema }) input: SendCommunicationInput,
  ): Promise<Communication> {
    return this.communications.send(input);
  }

  @Authenticated({ permission: 'production.communications.view' })
  @Get('automations')
  @ApiOkResponse({ standardSchema: z.array(MessageAutomationSchema) })
  automationList(): Promise<MessageAutomation[]> {
    return this.automations.list();
  }

  @Authenticated({ permission: 'production.communications.send' })
  @Patch('automations/:key')
  @ApiOkResponse({ standardSchema: MessageAutomationSchema })
  updateAutomation(
    @Param({ schema: MessageAutomationParamsSchema }) params: { key: MessageAutomationKey },
    @Body({ schema: UpdateMessageAutomationInputSchema }) input: UpdateMessageAutomationInput,
  ): Promise<MessageAutomation> {
    return this.automations.update(params.key, input);
  }

  @Authenticated({ permission: 'production.communications.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: CommunicationSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<Communication> {
    return this.communications.get(params.id);
  }
}
