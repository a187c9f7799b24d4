import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  IdParamsSchema,
  type Instrument,
  InstrumentListSchema,
  InstrumentSchema,
  TestConnectionInputSchema,
  type TestConnectionResult,
  TestConnectionResultSchema,
} from '@factoryops/contracts';
import type { z } from 'zod';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth.decorators.js';
import { ConflictError } from '../../common/domain-errors.js';
import { ConnectionManager } from './connection-manager.js';
import { InstrumentsService } from './instruments.service.js';

/** Run-time connection commands: they do not change the instrument's settings. */
@ApiTags('instruments')
@Controller('instruments')
export class InstrumentConnectionsController {
  constructor(
    private readonly connections: ConnectionManager,
    private readonly instruments: InstrumentsService,
  ) {}

  @Authenticated({ permission: 'instruments.operate' })
  @Post('connect-all')
  @HttpCode(200)
  @ApiOkResponse({
    standardSchema: InstrumentListSchema,
    description: 'Every enabled instrument is being connected',
  })
  async connectAll(): Promise<{ items: Instrument[]; total: number }> {
    await this.connections.connectAll();
    const items = await this.instruments.list();
    return { items, total: items.length };
  }

  @Authenticated({ permission: 'instruments.manage' })
  @Post('test-connection')
  @HttpCode(200)
  @ApiOkResponse({
    standardSchema: TestConnectionResultSchema,
    description: 'Reachable or not, with the reason',
  })
  testConnection(
    @Body({ schema: TestConnectionInputSchema }) input: z.output<typeof TestConnectionInputSchema>,
  ): Promise<TestConnectionResult> {
    return this.connections.testConnection(input.host, input.port);
  }

  @Authenticated({ permission: 'instruments.operate' })
  @Post(':id/connect')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: InstrumentSchema })
  async connect(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<Instrument> {
    const instrument = await this.instruments.get(params.id);
    if (instrument.retiredAt) throw new ConflictError(`${instrument.name} is retired`);
    if (!(await this.connections.connect(params.id))) {
      throw new ConflictError(
        `${instrument.name} is polled by another server process, or polling is off here`,
      );
    }
    return this.instruments.get(params.id);
  }

  @Authenticated({ permission: 'instruments.operate' })
  @Post(':id/disconnect')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: InstrumentSchema })
  async disconnect(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<Instrument> {
    await this.instruments.get(params.id);
    await this.connections.disconnect(params.id);
    return this.instruments.get(params.id);
  }

  @Authenticated({ permission: 'instruments.operate' })
  @Post(':id/reconnect')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: InstrumentSchema })
  async reconnect(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<Instrument> {
    const instrument = await this.instruments.get(params.id);
    if (!this.connections.reconnect(params.id) && !(await this.connections.connect(params.id))) {
      throw new ConflictError(`${instrument.name} is not polled by this server process`);
    }
    return this.instruments.get(params.id);
  }
}
