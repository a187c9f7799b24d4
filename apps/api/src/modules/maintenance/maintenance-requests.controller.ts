import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  type AddNoteInput,
  AddNoteInputSchema,
  type AssignInput,
  AssignInputSchema,
  type CompleteInput,
  CompleteInputSchema,
  CreateRequestInputSchema,
  IdParamsSchema,
  type MaintenanceRequest,
  MaintenanceRequestListSchema,
  MaintenanceRequestSchema,
  type MaintenanceRequestSummary,
  type Page,
  type RequestActions,
  RequestActionsSchema,
  RequestListQuerySchema,
  type ScrapInput,
  ScrapInputSchema,
  type StartInput,
  StartInputSchema,
  type WorkflowState,
  WorkflowStateSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated, CurrentPrincipal, CurrentUser } from '../../common/auth.decorators.js';
import type { Principal, UserPrincipal } from '../../common/principal.js';
import { creatorOf, MaintenanceRequestsService } from './maintenance-requests.service.js';

type Id = { id: string };

/**
 * The request workflow (seed 004). Endpoints need `maintenance.view`; who may do what to a request
 * (manager, the request's team, the assigned technician) is decided by the workflow rules.
 */
@ApiTags('maintenance')
@Controller('maintenance/requests')
export class MaintenanceRequestsController {
  constructor(private readonly requests: MaintenanceRequestsService) {}

  @Authenticated({ permission: 'maintenance.view' })
  @Get()
  @ApiOkResponse({ standardSchema: MaintenanceRequestListSchema })
  list(
    @Query({ schema: RequestListQuerySchema }) query: z.output<typeof RequestListQuerySchema>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<MaintenanceRequestSummary>> {
    return this.requests.list(principal, query);
  }

  @Authenticated({ permission: 'maintenance.request.create' })
  @Post()
  @ApiCreatedResponse({ standardSchema: MaintenanceRequestSchema })
  create(
    @Body({ schema: CreateRequestInputSchema }) input: z.output<typeof CreateRequestInputSchema>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MaintenanceRequest> {
    return this.requests.create(input, creatorOf(principal));
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: MaintenanceRequestSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id, @CurrentPrincipal() principal: Principal) {
    return this.requests.get(principal, params.id);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get(':id/actions')
  @ApiOkResponse({ standardSchema: RequestActionsSchema })
  actions(
    @Param({ schema: IdParamsSchema }) params: Id,
    @CurrentUser() user: UserPrincipal,
  ): Promise<RequestActions> {
    return this.requests.actions(user, params.id);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get(':id/state')
  @ApiOkResponse({ standardSchema: WorkflowStateSchema })
  state(
    @Param({ schema: IdParamsSchema }) params: Id,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WorkflowState> {
    return this.requests.state(principal, params.id);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Post(':id/assign')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: MaintenanceRequestSchema })
  assign(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: AssignInputSchema }) input: AssignInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MaintenanceRequest> {
    return this.requests.assign(user, params.id, input);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Post(':id/start')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: MaintenanceRequestSchema })
  start(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: StartInputSchema }) input: StartInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MaintenanceRequest> {
    return this.requests.start(user, params.id, input);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Post(':id/complete')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: MaintenanceRequestSchema })
  complete(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: CompleteInputSchema }) input: CompleteInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MaintenanceRequest> {
    return this.requests.complete(user, params.id, input);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Post(':id/scrap')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: MaintenanceRequestSchema })
  scrap(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: ScrapInputSchema }) input: ScrapInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MaintenanceRequest> {
    return this.requests.scrap(user, params.id, input);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Post(':id/notes')
  @ApiCreatedResponse({ standardSchema: MaintenanceRequestSchema })
  addNote(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: AddNoteInputSchema }) input: AddNoteInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MaintenanceRequest> {
    return this.requests.addNote(user, params.id, input.body);
  }
}

/** Seed 001's resolve: completing a fault case (the same workflow action as `complete`). */
@ApiTags('maintenance')
@Controller('faults')
export class FaultsController {
  constructor(private readonly requests: MaintenanceRequestsService) {}

  @Authenticated({ permission: 'maintenance.request.work' })
  @Patch(':id/resolve')
  @ApiOkResponse({ standardSchema: MaintenanceRequestSchema })
  resolve(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: CompleteInputSchema }) input: CompleteInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MaintenanceRequest> {
    return this.requests.complete(user, params.id, input);
  }
}
