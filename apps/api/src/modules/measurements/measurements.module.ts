import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { IngestController } from './ingest.controller.js';
import { IngestService } from './ingest.service.js';
import { LiveGateway } from './live.gateway.js';
import { PushIngestService } from './push-ingest.service.js';
import { ReadingWriter } from './reading-writer.js';
import { ReadingsController } from './readings.controller.js';
import { RecentReadingsService } from './recent-readings.service.js';

@Module({
  imports: [RealtimeModule],
  controllers: [IngestController, ReadingsController],
  providers: [IngestService, ReadingWriter, LiveGateway, PushIngestService, RecentReadingsService],
  exports: [IngestService],
})
export class MeasurementsModule {}
