import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  CreateInstrumentInputSchema,
  IdParamsSchema,
  type Instrument,
  InstrumentListSchema,
  InstrumentSchema,
  type UpdateInstrumentInput,
  UpdateInstrumentInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../common/auth.decorators.js';
import { InstrumentsService } from './instruments.service.js';

@ApiTags('instruments')
@Controller('instruments')
export class InstrumentsController {
  constructor(private readonly instruments: InstrumentsService) {}

  @Authenticated({ permission: 'measurements.view' })
  @Get()
  @ApiOkResponse({ standardSchema: InstrumentListSchema })
  async list(): Promise<{ items: Instrument[]; total: number }> {
    const items = await this.instruments.list();
    return { items, total: items.length };
  }

  @Authenticated({ permission: 'measurements.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: InstrumentSchema })
  get(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<Instrument> {
    return this.instruments.get(params.id);
  }

  @Authenticated({ permission: 'instruments.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: InstrumentSchema })
  create(
    @Body({ schema: CreateInstrumentInputSchema }) input: z.output<typeof CreateInstrumentInputSchema>,
  ): Promise<Instrument> {
    return this.instruments.create(input);
  }

  @Authenticated({ permission: 'instruments.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: InstrumentSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateInstrumentInputSchema }) input: UpdateInstrumentInput,
  ): Promise<Instrument> {
    return this.instruments.update(params.id, input);
  }

  @Authenticated({ permission: 'instruments.manage' })
  @Post(':id/retire')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: InstrumentSchema, description: 'Disabled for good; its history stays' })
  retire(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<Instrument> {
    return this.instruments.retire(params.id);
  }

  @Authenticated({ permission: 'instruments.manage' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Deleted; an instrument with stored readings answers 409 (retire it)',
  })
  remove(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<void> {
    return this.instruments.remove(params.id);
  }
}
