import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  CreateOperatorInputSchema,
  IdParamsSchema,
  type Page,
  type Operator,
  type OperatorDetail,
  OperatorDetailSchema,
  OperatorListQuerySchema,
  OperatorListSchema,
  OperatorSchema,
  type UpdateOperatorInput,
  UpdateOperatorInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../../common/auth.decorators.js';
import { LaserRunsService } from '../laser-runs/laser-runs.service.js';
import { OperatorsService } from './operators.service.js';

@ApiTags('production')
@Controller('production/operators')
export class OperatorsController {
  constructor(
    private readonly operators: OperatorsService,
    private readonly laserRuns: LaserRunsService,
  ) {}

  @Authenticated({ permission: 'production.view' })
  @Get()
  @ApiOkResponse({ standardSchema: OperatorListSchema })
  list(
    @Query({ schema: OperatorListQuerySchema }) query: z.output<typeof OperatorListQuerySchema>,
  ): Promise<Page<Operator>> {
    return this.operators.list(query);
  }

  /** One operator, with their production totals and 10 latest runs. */
  @Authenticated({ permission: 'production.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: OperatorDetailSchema })
  get(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<OperatorDetail> {
    return this.laserRuns.operatorDetail(params.id);
  }

  @Authenticated({ permission: 'production.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: OperatorSchema })
  create(
    @Body({ schema: CreateOperatorInputSchema }) input: z.output<typeof CreateOperatorInputSchema>,
  ): Promise<Operator> {
    return this.operators.create(input);
  }

  /** Edits an operator: its account link, or (`active: false`) takes it off the run form. */
  @Authenticated({ permission: 'production.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: OperatorSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateOperatorInputSchema }) input: UpdateOperatorInput,
  ): Promise<Operator> {
    return this.operators.update(params.id, input);
  }
}
