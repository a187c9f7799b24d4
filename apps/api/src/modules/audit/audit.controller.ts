import { Controller, Get, Query } from '@nestjs/common';
import { AuditPageSchema, AuditQuerySchema } from '@factoryops/contracts';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../common/auth.decorators.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Authenticated({ permission: 'audit.view' })
  @Get()
  @ApiOkResponse({ standardSchema: AuditPageSchema })
  list(@Query({ schema: AuditQuerySchema }) query: z.output<typeof AuditQuerySchema>) {
    return this.audit.list(query);
  }
}
