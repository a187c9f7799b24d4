import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  CreateOperatorInputSchema,
  IdParamsSchema,
  type Page,
  type Operator,
  OperatorListQuerySchema,
  OperatorListSchema,
  OperatorSchema,
  type UpdateOperatorInput,
  UpdateOperatorInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../../common/auth.decorators.js';
import { OperatorsService } from './operators.service.js';

@ApiTags('production')
@Controller('production/operators')
export class OperatorsController {
  constructor(private readonly operators: OperatorsService) {}

  @Authenticated({ permission: 'production.view' })
  @Get()
  @ApiOkResponse({ standardSchema: OperatorListSchema })
  list(
    @Query({ schema: OperatorListQuerySchema }) query: z.output<typeof OperatorListQuerySchema>,
  ): Promise<Page<Operator>> {
    return this.operators.list(query);
  }

  @Authenticated({ permission: 'production.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: OperatorSchema })
  get(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<Operator> {
    return this.operators.get(params.id);
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
