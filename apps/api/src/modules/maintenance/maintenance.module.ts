import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { KpisController } from './kpis.controller.js';
import { KpisService } from './kpis.service.js';
import { MachinesController } from './machines.controller.js';
import { MachinesService } from './machines.service.js';
import { FaultsController, MaintenanceRequestsController } from './maintenance-requests.controller.js';
import { MaintenanceRequestsService } from './maintenance-requests.service.js';
import { TeamsController } from './teams.controller.js';
import { TeamsService } from './teams.service.js';

/** Machines and their derived status, warnings, fault cases and maintenance requests, teams (seeds 001, 004). */
@Module({
  imports: [IdempotencyModule],
  controllers: [
    MachinesController,
    MaintenanceRequestsController,
    FaultsController,
    TeamsController,
    KpisController,
  ],
  providers: [MachinesService, MaintenanceRequestsService, TeamsService, KpisService],
  exports: [MachinesService, MaintenanceRequestsService, TeamsService],
})
export class MaintenanceModule {}
