import { Module } from '@nestjs/common';
import { CalibrationModule } from '../calibration/calibration.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { AlarmMonitor } from './alarm-monitor.js';
import { AlarmsController } from './alarms.controller.js';
import { AlarmsService } from './alarms.service.js';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsService } from './analytics.service.js';
import { HistoryController } from './history.controller.js';
import { HistoryService } from './history.service.js';
import { IngestController } from './ingest.controller.js';
import { IngestService } from './ingest.service.js';
import { LiveGateway } from './live.gateway.js';
import { PushIngestService } from './push-ingest.service.js';
import { ReadingRecorrection } from './reading-recorrection.js';
import { ReadingWriter } from './reading-writer.js';
import { ReadingsController } from './readings.controller.js';
import { ReadingsExportService } from './readings-export.service.js';
import { RecentReadingsService } from './recent-readings.service.js';
import { SummaryRewriter } from './summary-rewriter.js';

@Module({
  imports: [RealtimeModule, CalibrationModule, JobsModule, NotificationsModule],
  controllers: [
    IngestController,
    ReadingsController,
    HistoryController,
    AnalyticsController,
    AlarmsController,
  ],
  providers: [
    IngestService,
    ReadingWriter,
    ReadingRecorrection,
    HistoryService,
    AnalyticsService,
    AlarmsService,
    AlarmMonitor,
    SummaryRewriter,
    ReadingsExportService,
    LiveGateway,
    PushIngestService,
    RecentReadingsService,
  ],
  exports: [IngestService, AlarmsService],
})
export class MeasurementsModule {}
