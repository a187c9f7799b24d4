import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  CreateLaserRunInputSchema,
  IdParamsSchema,
  type LaserRun,
  LaserRunListQuerySchema,
  LaserRunPageSchema,
  LaserRunSchema,
  type Page,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated, CurrentPrincipal } from '../../../common/auth.decorators.js';
import type { Principal } from '../../../common/principal.js';
import { LaserRunsService } from './laser-runs.service.js';

type Id = { id: string };

@ApiTags('production')
@Controller('production/laser-runs')
export class LaserRunsController {
  constructor(private readonly runs: LaserRunsService) {}

  /** Newest first by default; `from`/`to` are run days, both included. */
  @Authenticated({ permission: 'production.view' })
  @Get()
  @ApiOkResponse({ standardSchema: LaserRunPageSchema })
  list(
    @Query({ schema: LaserRunListQuerySchema }) query: z.output<typeof LaserRunListQuerySchema>,
  ): Promise<Page<LaserRun>> {
    return this.runs.list(query);
  }

  @Authenticated({ permission: 'production.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: LaserRunSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<LaserRun> {
    return this.runs.get(params.id);
  }

  @Authenticated({ permission: 'production.run.record' })
  @Post()
  @ApiCreatedResponse({ standardSchema: LaserRunSchema })
  create(
    @Body({ schema: CreateLaserRunInputSchema }) input: z.output<typeof CreateLaserRunInputSchema>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LaserRun> {
    return this.runs.create(input, principal);
  }

  @Authenticated({ permission: 'production.manage' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The run is deleted, and the sheets it took are back in stock' })
  remove(
    @Param({ schema: IdParamsSchema }) params: Id,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.runs.remove(params.id, principal);
  }
}
