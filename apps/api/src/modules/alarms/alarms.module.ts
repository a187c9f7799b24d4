import { Module } from '@nestjs/common';
import { CalibrationModule } from '../calibration/calibration.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { AlarmMonitor } from './alarm-monitor.js';
import { AlarmsController } from './alarms.controller.js';
import { AlarmsService } from './alarms.service.js';

@Module({
  imports: [RealtimeModule, CalibrationModule, NotificationsModule],
  controllers: [AlarmsController],
  providers: [AlarmsService, AlarmMonitor],
  exports: [AlarmMonitor, AlarmsService],
})
export class AlarmsModule {}
