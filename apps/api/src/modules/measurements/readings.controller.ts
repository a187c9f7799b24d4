import { Controller, Get, Query } from '@nestjs/common';
import { RecentReadingsQuerySchema, RecentReadingsSchema, type SensorSeries } from '@factoryops/contracts';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../common/auth.decorators.js';
import { RecentReadingsService } from './recent-readings.service.js';

@ApiTags('measurements')
@Controller('readings')
export class ReadingsController {
  constructor(private readonly readings: RecentReadingsService) {}

  @Authenticated({ permission: 'measurements.view' })
  @Get('recent')
  @ApiOkResponse({ standardSchema: RecentReadingsSchema })
  async recent(
    @Query({ schema: RecentReadingsQuerySchema }) query: z.output<typeof RecentReadingsQuerySchema>,
  ): Promise<{ items: SensorSeries[] }> {
    return { items: await this.readings.recent(query.minutes) };
  }
}
