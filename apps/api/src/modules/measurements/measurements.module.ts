import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { IngestService } from './ingest.service.js';
import { LiveGateway } from './live.gateway.js';
import { ReadingWriter } from './reading-writer.js';

@Module({
  imports: [RealtimeModule],
  providers: [IngestService, ReadingWriter, LiveGateway],
  exports: [IngestService],
})
export class MeasurementsModule {}
