import { Controller, Get, Res } from '@nestjs/common';
import { type Health, HealthSchema } from '@factoryops/contracts';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth.decorators.js';

const startedAt = Date.now();
const VERSION = process.env.npm_package_version ?? '0.1.0';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @ApiOkResponse({ standardSchema: HealthSchema })
  @ApiServiceUnavailableResponse({
    standardSchema: HealthSchema,
    description: 'The database does not answer',
  })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const began = performance.now();
    const up = await Promise.race([
      this.dataSource.query('SELECT 1').then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000).unref()),
    ]).catch(() => false);
    if (!up) reply.status(503);
    return {
      status: up ? 'ok' : 'degraded',
      version: VERSION,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      database: {
        status: up ? 'up' : 'down',
        latencyMs: up ? Math.round((performance.now() - began) * 10) / 10 : null,
      },
    };
  }
}
