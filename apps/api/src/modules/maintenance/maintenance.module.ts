import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { KpisController } from './kpis.controller.js';
import { KpisService } from './kpis.service.js';
import { MachinesController } from './machines.controller.js';
import { MachinesService } from './machines.service.js';
import { FaultsController, MaintenanceRequestsController } from './maintenance-requests.controller.js';
import { MaintenanceRequestsService } from './maintenance-requests.service.js';
import { PortalController } from './portal.controller.js';
import { PortalService } from './portal.service.js';
import { RequestImagesService } from './request-images.service.js';
import { TeamMemberships } from './team-memberships.js';
import { TeamsController } from './teams.controller.js';
import { TeamsService } from './teams.service.js';

/**
 * Machines and their derived status, warnings, fault cases and maintenance requests with photos,
 * teams, KPIs and the public request portal (seeds 001, 004).
 */
@Module({
  imports: [IdempotencyModule],
  controllers: [
    MachinesController,
    MaintenanceRequestsController,
    FaultsController,
    TeamsController,
    KpisController,
    PortalController,
  ],
  providers: [
    MachinesService,
    MaintenanceRequestsService,
    TeamsService,
    KpisService,
    RequestImagesService,
    PortalService,
    TeamMemberships,
  ],
  exports: [MachinesService, MaintenanceRequestsService, TeamsService],
})
export class MaintenanceModule {}
