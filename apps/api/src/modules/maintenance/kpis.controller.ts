import { Controller, Get, Header, Query } from '@nestjs/common';
import { type KpiReport, KpiQuerySchema, KpiReportSchema } from '@factoryops/contracts';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../common/auth.decorators.js';
import { KpisService } from './kpis.service.js';

@ApiTags('maintenance')
@Controller('maintenance/kpis')
export class KpisController {
  constructor(private readonly kpis: KpisService) {}

  @Authenticated({ permission: 'maintenance.view' })
  @Get()
  @ApiOkResponse({ standardSchema: KpiReportSchema })
  report(@Query({ schema: KpiQuerySchema }) query: z.output<typeof KpiQuerySchema>): Promise<KpiReport> {
    return this.kpis.report(query);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get('export')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="maintenance-kpis.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The same figures as CSV, one line per group and an overall line' })
  csv(@Query({ schema: KpiQuerySchema }) query: z.output<typeof KpiQuerySchema>): Promise<string> {
    return this.kpis.csv(query);
  }
}
