import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { IngestController } from './ingest.controller.js';
import { IngestService } from './ingest.service.js';
import { LiveGateway } from './live.gateway.js';
import { PushIngestService } from './push-ingest.service.js';
import { ReadingWriter } from './reading-writer.js';

@Module({
  imports: [RealtimeModule],
  controllers: [IngestController],
  providers: [IngestService, ReadingWriter, LiveGateway, PushIngestService],
  exports: [IngestService],
})
export class MeasurementsModule {}
