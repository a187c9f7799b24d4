import { Controller, Get, Query } from '@nestjs/common';
import { type Analytics, AnalyticsQuerySchema, AnalyticsSchema } from '@factoryops/contracts';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../common/auth.decorators.js';
import { AnalyticsService } from './analytics.service.js';

@ApiTags('measurements')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  /** Time out of limits, excursions, mean kinetic temperature, daily bands, distribution and a summary. */
  @Authenticated({ permission: 'measurements.view' })
  @Get()
  @ApiOkResponse({ standardSchema: AnalyticsSchema })
  analyse(
    @Query({ schema: AnalyticsQuerySchema }) query: z.output<typeof AnalyticsQuerySchema>,
  ): Promise<Analytics> {
    return this.analytics.analyse(query);
  }
}
