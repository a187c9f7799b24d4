import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  EXPORT_ROWS_HEADER,
  ExportQuerySchema,
  type History,
  HistoryQuerySchema,
  HistorySchema,
  IdParamsSchema,
  type Page,
  ReadingPageQuerySchema,
  ReadingPageSchema,
  type ReadingRow,
} from '@factoryops/contracts';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { Authenticated } from '../../common/auth.decorators.js';
import { HistoryService } from './history.service.js';
import { ReadingsExportService } from './readings-export.service.js';

type Id = { id: string };

@ApiTags('measurements')
@Controller()
export class HistoryController {
  constructor(
    private readonly history: HistoryService,
    private readonly exports: ReadingsExportService,
  ) {}

  @Authenticated({ permission: 'measurements.view' })
  @Get('sensors/:id/history')
  @ApiOkResponse({ standardSchema: HistorySchema })
  sensorHistory(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Query({ schema: HistoryQuerySchema }) query: z.output<typeof HistoryQuerySchema>,
  ): Promise<History> {
    return this.history.history(params.id, query);
  }

  @Authenticated({ permission: 'measurements.view' })
  @Get('sensors/:id/readings')
  @ApiOkResponse({ standardSchema: ReadingPageSchema })
  sensorReadings(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Query({ schema: ReadingPageQuerySchema }) query: z.output<typeof ReadingPageQuerySchema>,
  ): Promise<Page<ReadingRow>> {
    return this.history.readings(params.id, query);
  }

  /** Streams the CSV; a client that goes away stops the query. */
  @Authenticated({ permission: 'measurements.export' })
  @Get('readings/export.csv')
  @ApiProduces('text/csv')
  async export(
    @Query({ schema: ExportQuerySchema }) query: z.output<typeof ExportQuerySchema>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const csv = await this.exports.open(query);
    // Fastify pipes the stream with backpressure, and destroys it (ending the query) if the client goes.
    reply
      .headers({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${csv.fileName}"`,
        [EXPORT_ROWS_HEADER]: String(csv.rows),
        'Access-Control-Expose-Headers': EXPORT_ROWS_HEADER,
      })
      .send(csv.stream);
  }
}
