import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  type CreateMessageTemplateInput,
  CreateMessageTemplateInputSchema,
  IdParamsSchema,
  type MessagePreview,
  type MessagePreviewInput,
  MessagePreviewInputSchema,
  MessagePreviewSchema,
  type MessageTemplate,
  MessageTemplatePageSchema,
  MessageTemplateQuerySchema,
  MessageTemplateSchema,
  type Page,
  type UpdateMessageTemplateInput,
  UpdateMessageTemplateInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../../common/auth.decorators.js';
import { MessageTemplatesService } from './message-templates.service.js';

type Id = { id: string };

/** Message templates: read with the messages, written by who sends them. */
@ApiTags('production')
@Controller('production/message-templates')
export class MessageTemplatesController {
  constructor(private readonly templates: MessageTemplatesService) {}

  /** By name; `active=true` keeps those offered when writing a message. */
  @Authenticated({ permission: 'production.communications.view' })
  @Get()
  @ApiOkResponse({ standardSchema: MessageTemplatePageSchema })
  list(
    @Query({ schema: MessageTemplateQuerySchema }) query: z.output<typeof MessageTemplateQuerySchema>,
  ): Promise<Page<MessageTemplate>> {
    return this.templates.list(query);
  }

  /** A subject and body with the variables filled in for a client or project (nothing is saved). */
  @Authenticated({ permission: 'production.communications.view' })
  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: MessagePreviewSchema })
  preview(@Body({ schema: MessagePreviewInputSchema }) input: MessagePreviewInput): Promise<MessagePreview> {
    return this.templates.preview(input);
  }

  @Authenticated({ permission: 'production.communications.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: MessageTemplateSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<MessageTemplate> {
    return this.templates.get(params.id);
  }

  @Authenticated({ permission: 'production.communications.send' })
  @Post()
  @ApiCreatedResponse({ standardSchema: MessageTemplateSchema })
  create(
    @Body({ schema: CreateMessageTemplateInputSchema }) input: CreateMessageTemplateInput,
  ): Promise<MessageTemplate> {
    return this.templates.create(input);
  }

  @Authenticated({ permission: 'production.communications.send' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: MessageTemplateSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateMessageTemplateInputSchema }) input: UpdateMessageTemplateInput,
  ): Promise<MessageTemplate> {
    return this.templates.update(params.id, input);
  }

  /** 409 while an automation sends with it. */
  @Authenticated({ permission: 'production.communications.send' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param({ schema: IdParamsSchema }) params: Id): Promise<void> {
    return this.templates.remove(params.id);
  }
}
