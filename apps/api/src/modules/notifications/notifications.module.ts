import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller.js';
import { Outbox } from './outbox.js';

@Module({
  controllers: [NotificationsController],
  providers: [Outbox],
  exports: [Outbox],
})
export class NotificationsModule {}
