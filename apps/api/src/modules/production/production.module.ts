import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ClientsController } from './clients/clients.controller.js';
import { ClientsService } from './clients/clients.service.js';
import { DesignFilesController } from './design-files/design-files.controller.js';
import { DesignFilesService } from './design-files/design-files.service.js';
import { OperatorsController } from './operators/operators.controller.js';
import { OperatorsService } from './operators/operators.service.js';
import { PresetsController } from './presets/presets.controller.js';
import { PresetsService } from './presets/presets.service.js';
import { ProductsController, ProjectProductsController } from './products/products.controller.js';
import { ProductsService } from './products/products.service.js';
import { ProjectProductsService } from './products/project-products.service.js';
import { ProjectsController } from './projects/projects.controller.js';
import { ProjectsService } from './projects/projects.service.js';
import { PopAutomation } from './queue/pop-automation.service.js';
import { QueueController } from './queue/queue.controller.js';
import { QueueService } from './queue/queue.service.js';

/** The laser job shop (seed 002): clients, projects, the POP that queues a project, the queue's actions and order, presets and operators, products and the design files of projects and products. */
@Module({
  imports: [CustomersModule, NotificationsModule],
  controllers: [
    ClientsController,
    ProjectsController,
    QueueController,
    PresetsController,
    OperatorsController,
    ProductsController,
    ProjectProductsController,
    DesignFilesController,
  ],
  providers: [
    ClientsService,
    ProjectsService,
    PopAutomation,
    QueueService,
    PresetsService,
    OperatorsService,
    ProductsService,
    ProjectProductsService,
    DesignFilesService,
  ],
  exports: [
    ClientsService,
    ProjectsService,
    PopAutomation,
    QueueService,
    PresetsService,
    OperatorsService,
    ProductsService,
    ProjectProductsService,
    DesignFilesService,
  ],
})
export class ProductionModule {}
