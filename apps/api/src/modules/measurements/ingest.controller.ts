import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  type IngestReadingsInput,
  IngestReadingsInputSchema,
  type IngestResult,
  IngestResultSchema,
} from '@factoryops/contracts';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth.decorators.js';
import { PushIngestService } from './push-ingest.service.js';

@ApiTags('measurements')
@Controller('ingest')
export class IngestController {
  constructor(private readonly pushIngest: PushIngestService) {}

  @Authenticated({ permission: 'measurements.ingest' })
  @Post('readings')
  @HttpCode(202)
  @ApiAcceptedResponse({
    standardSchema: IngestResultSchema,
    description: 'Good readings are queued for storage and broadcast; bad ones are listed with their index',
  })
  accept(@Body({ schema: IngestReadingsInputSchema }) input: IngestReadingsInput): Promise<IngestResult> {
    return this.pushIngest.accept(input.readings);
  }
}
