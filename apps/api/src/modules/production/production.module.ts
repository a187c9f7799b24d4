import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ClientsController } from './clients/clients.controller.js';
import { ClientsService } from './clients/clients.service.js';
import { ProjectsController } from './projects/projects.controller.js';
import { ProjectsService } from './projects/projects.service.js';
import { PopAutomation } from './queue/pop-automation.service.js';

/** The laser job shop (seed 002): clients, projects, the POP that queues a project; products, the queue pages and runs follow. */
@Module({
  imports: [CustomersModule, NotificationsModule],
  controllers: [ClientsController, ProjectsController],
  providers: [ClientsService, ProjectsService, PopAutomation],
  exports: [ProjectsService],
})
export class ProductionModule {}
