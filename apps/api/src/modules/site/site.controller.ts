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
    return { timeZone: this.config.env.SITE_TIME_ZONE };
  }
}
