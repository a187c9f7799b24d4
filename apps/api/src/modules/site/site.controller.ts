import { Controller, Get } from '@nestjs/common';
import { type Site, SiteSchema } from '@factoryops/contracts';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth.decorators.js';
import { AppConfig } from '../../config/app-config.js';

@ApiTags('site')
@Controller('site')
export class SiteController {
  constructor(private readonly config: AppConfig) {}

  @Authenticated()
  @Get()
  @ApiOkResponse({ standardSchema: SiteSchema })
  site(): Site {
    const { SITE_TIME_ZONE, SITE_CURRENCY, VAT_RATE } = this.config.env;
    return { timeZone: SITE_TIME_ZONE, currency: SITE_CURRENCY, vatRate: VAT_RATE };
  }
}
