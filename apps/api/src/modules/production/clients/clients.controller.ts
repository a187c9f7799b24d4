import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  type Client,
  type ClientDetail,
  ClientDetailSchema,
  ClientListQuerySchema,
  ClientPageSchema,
  ClientSchema,
  CreateClientInputSchema,
  DeleteClientQuerySchema,
  IdParamsSchema,
  type Page,
  type UpdateClientInput,
  UpdateClientInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../../common/auth.decorators.js';
import { ClientsService } from './clients.service.js';

type Id = { id: string };

@ApiTags('production')
@Controller('production/clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Authenticated({ permission: 'production.view' })
  @Get()
  @ApiOkResponse({ standardSchema: ClientPageSchema })
  list(
    @Query({ schema: ClientListQuerySchema }) query: z.output<typeof ClientListQuerySchema>,
  ): Promise<Page<Client>> {
    return this.clients.list(query);
  }

  @Authenticated({ permission: 'production.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: ClientDetailSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<ClientDetail> {
    return this.clients.get(params.id);
  }

  @Authenticated({ permission: 'production.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: ClientSchema })
  create(
    @Body({ schema: CreateClientInputSchema }) input: z.output<typeof CreateClientInputSchema>,
  ): Promise<Client> {
    return this.clients.create(input);
  }

  @Authenticated({ permission: 'production.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: ClientSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateClientInputSchema }) input: UpdateClientInput,
  ): Promise<Client> {
    return this.clients.update(params.id, input);
  }

  /** A client with projects answers 409 unless `cascade=true` confirms they are deleted too. */
  @Authenticated({ permission: 'production.manage' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted (with its projects when cascade=true)' })
  remove(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Query({ schema: DeleteClientQuerySchema }) query: z.output<typeof DeleteClientQuerySchema>,
  ): Promise<void> {
    return this.clients.remove(params.id, query.cascade === 'true');
  }
}
