import { Controller, Get } from '@nestjs/common';
import { type ProductionDashboard, ProductionDashboardSchema } from '@factoryops/contracts';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/auth.decorators.js';
import { ProductionDashboardService } from './production-dashboard.service.js';

@ApiTags('production')
@Controller('production/dashboard')
export class ProductionDashboardController {
  constructor(private readonly dashboard: ProductionDashboardService) {}

  @Authenticated({ permission: 'production.view' })
  @Get()
  @ApiOkResponse({ standardSchema: ProductionDashboardSchema })
  summary(): Promise<ProductionDashboard> {
    return this.dashboard.summary();
  }
}
