import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  type ClientsReport,
  ClientsReportSchema,
  type EfficiencyReport,
  EfficiencyReportSchema,
  type InventoryReport,
  InventoryReportSchema,
  type ProductionReport,
  ProductionReportSchema,
  type ReportName,
  type ReportRangeQuery,
  ReportRangeQuerySchema,
} from '@factoryops/contracts';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { dispositionOf } from '../../../common/attachment.js';
import { Authenticated } from '../../../common/auth.decorators.js';
import { ProductionReportsService } from './production-reports.service.js';

/**
 * The reports over `?from&to` (days in the site's time zone, the current month by default), each also
 * as CSV for those who may export. The clients report shows revenue: it is for those who see invoices.
 */
@ApiTags('production')
@Controller('production/reports')
export class ProductionReportsController {
  constructor(private readonly reports: ProductionReportsService) {}

  @Authenticated({ permission: 'production.reports.view' })
  @Get('production')
  @ApiOkResponse({ standardSchema: ProductionReportSchema })
  production(@Query({ schema: ReportRangeQuerySchema }) query: ReportRangeQuery): Promise<ProductionReport> {
    return this.reports.production(query);
  }

  @Authenticated({ permission: 'production.reports.view' })
  @Get('efficiency')
  @ApiOkResponse({ standardSchema: EfficiencyReportSchema })
  efficiency(@Query({ schema: ReportRangeQuerySchema }) query: ReportRangeQuery): Promise<EfficiencyReport> {
    return this.reports.efficiency(query);
  }

  @Authenticated({ permission: 'production.reports.view' })
  @Get('inventory')
  @ApiOkResponse({ standardSchema: InventoryReportSchema })
  inventory(@Query({ schema: ReportRangeQuerySchema }) query: ReportRangeQuery): Promise<InventoryReport> {
    return this.reports.inventory(query);
  }

  @Authenticated({ permission: 'production.billing.view' })
  @Get('clients')
  @ApiOkResponse({ standardSchema: ClientsReportSchema })
  clients(@Query({ schema: ReportRangeQuerySchema }) query: ReportRangeQuery): Promise<ClientsReport> {
    return this.reports.clients(query);
  }

  @Authenticated({ permission: 'production.reports.export' })
  @Get('production.csv')
  @ApiProduces('text/csv')
  productionCsv(@Query({ schema: ReportRangeQuerySchema }) query: ReportRangeQuery): Promise<StreamableFile> {
    return this.csv('production', query);
  }

  @Authenticated({ permission: 'production.reports.export' })
  @Get('efficiency.csv')
  @ApiProduces('text/csv')
  efficiencyCsv(@Query({ schema: ReportRangeQuerySchema }) query: ReportRangeQuery): Promise<StreamableFile> {
    return this.csv('efficiency', query);
  }

  @Authenticated({ permission: 'production.reports.export' })
  @Get('inventory.csv')
  @ApiProduces('text/csv')
  inventoryCsv(@Query({ schema: ReportRangeQuerySchema }) query: ReportRangeQuery): Promise<StreamableFile> {
    return this.csv('inventory', query);
  }

  /** Exporters (managers and admins) see invoices too, so the clients' CSV needs only the export permission. */
  @Authenticated({ permission: 'production.reports.export' })
  @Get('clients.csv')
  @ApiProduces('text/csv')
  clientsCsv(@Query({ schema: ReportRangeQuerySchema }) query: ReportRangeQuery): Promise<StreamableFile> {
    return this.csv('clients', query);
  }

  private async csv(name: ReportName, query: ReportRangeQuery): Promise<StreamableFile> {
    const file = await this.reports.csv(name, query);
    return new StreamableFile(file.content, {
      type: 'text/csv; charset=utf-8',
      disposition: dispositionOf('attachment', file.name),
      length: file.content.length,
    });
  }
}
