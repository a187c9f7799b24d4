import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module.js';
import { ClientsController } from './clients/clients.controller.js';
import { ClientsService } from './clients/clients.service.js';
import { ProjectsController } from './projects/projects.controller.js';
import { ProjectsService } from './projects/projects.service.js';

/** The laser job shop (seed 002): clients and projects so far; products, the queue and runs follow. */
@Module({
  imports: [CustomersModule],
  controllers: [ClientsController, ProjectsController],
  providers: [ClientsService, ProjectsService],
  exports: [ProjectsService],
})
export class ProductionModule {}
