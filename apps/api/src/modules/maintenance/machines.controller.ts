import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  CreateFaultInputSchema,
  CreateMachineInputSchema,
  CreateWarningInputSchema,
  IdParamsSchema,
  type Machine,
  type MachineHistory,
  MachineHistorySchema,
  MachineListQuerySchema,
  MachineListSchema,
  MachineSchema,
  type MachineSummary,
  MachineSummarySchema,
  type MaintenanceRequest,
  MaintenanceRequestListSchema,
  MaintenanceRequestSchema,
  type MaintenanceRequestSummary,
  type Page,
  type UpdateMachineInput,
  UpdateMachineInputSchema,
  type Warning,
  WarningSchema,
} from '@factoryops/contracts';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest as Request } from 'fastify';
import { z } from 'zod';
import { Answer } from '../../common/answer.decorator.js';
import { Authenticated, CurrentPrincipal } from '../../common/auth.decorators.js';
import type { Principal } from '../../common/principal.js';
import { IDEMPOTENCY_HEADER } from '../idempotency/idempotency.service.js';
import { MachinesService } from './machines.service.js';
import { MaintenanceRequestsService } from './maintenance-requests.service.js';

const WarningParamsSchema = z.strictObject({ id: z.uuid(), warningId: z.uuid() });
const WarningQuerySchema = z.strictObject({ active: z.enum(['true', 'false']).optional() });
/** The request's path without its query: what an idempotency key is bound to. */
const pathOf = (request: Request) => request.url.split('?')[0];

const idempotencyHeader = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Makes a retried post safe: the same key answers the first result and creates nothing new',
});

/** Seed 001's machine surface: statuses for everyone, machines for managers, warnings and faults from people and systems. */
@ApiTags('maintenance')
@Controller('machines')
export class MachinesController {
  constructor(
    private readonly machines: MachinesService,
    private readonly requests: MaintenanceRequestsService,
  ) {}

  @Authenticated({ permission: 'maintenance.view' })
  @Get()
  @Answer(MachineListSchema)
  list(
    @Query({ schema: MachineListQuerySchema }) query: z.output<typeof MachineListQuerySchema>,
  ): Promise<Page<Machine>> {
    return this.machines.list(query);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get('summary')
  @ApiOkResponse({ standardSchema: MachineSummarySchema })
  summary(): Promise<MachineSummary> {
    return this.machines.summary();
  }

  @Authenticated({ permission: 'maintenance.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: MachineSchema })
  create(
    @Body({ schema: CreateMachineInputSchema }) input: z.output<typeof CreateMachineInputSchema>,
  ): Promise<Machine> {
    return this.machines.create(input);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: MachineSchema })
  get(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<Machine> {
    return this.machines.get(params.id);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get(':id/history')
  @ApiOkResponse({ standardSchema: MachineHistorySchema })
  history(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @CurrentPrincipal() principal: Principal,
  ): Promise<MachineHistory> {
    return this.machines.history(principal, params.id);
  }

  /** A printable label with a QR code of the machine's request-portal link. */
  @Authenticated({ permission: 'maintenance.view' })
  @Get(':id/label')
  @Header('content-type', 'image/svg+xml; charset=utf-8')
  @ApiProduces('image/svg+xml')
  label(@Param({ schema: IdParamsSchema }) params: { id: string }, @Req() request: Request): Promise<string> {
    return this.machines.label(params.id, `${request.protocol}://${request.host}`);
  }

  @Authenticated({ permission: 'maintenance.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: MachineSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateMachineInputSchema }) input: UpdateMachineInput,
  ): Promise<Machine> {
    return this.machines.update(params.id, input);
  }

  @Authenticated({ permission: 'maintenance.manage' })
  @Post(':id/archive')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: MachineSchema, description: 'Hidden from lists; its history stays' })
  archive(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<Machine> {
    return this.machines.archive(params.id);
  }

  @Authenticated({ permission: 'maintenance.manage' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; a machine with history answers 409 (archive it)' })
  remove(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<void> {
    return this.machines.remove(params.id);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get(':id/faults')
  @ApiOkResponse({
    standardSchema: MaintenanceRequestListSchema,
    description: "The machine's corrective requests",
  })
  faults(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<MaintenanceRequestSummary>> {
    return this.requests.list(principal, {
      machineId: params.id,
      type: 'Corrective',
      page: 1,
      pageSize: 500,
    });
  }

  @Authenticated({ permission: 'maintenance.status.report' })
  @Post(':id/faults')
  @idempotencyHeader
  @ApiCreatedResponse({ standardSchema: MaintenanceRequestSchema })
  reportFault(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: CreateFaultInputSchema }) input: z.output<typeof CreateFaultInputSchema>,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ): Promise<MaintenanceRequest> {
    return this.machines.reportFault(params.id, input, {
      principal,
      key,
      method: 'POST',
      path: pathOf(request),
      body: input,
    });
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get(':id/warnings')
  @ApiOkResponse({ standardSchema: z.object({ items: z.array(WarningSchema), total: z.number().int() }) })
  async warnings(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Query({ schema: WarningQuerySchema }) query: z.output<typeof WarningQuerySchema>,
  ): Promise<Page<Warning>> {
    const items = await this.machines.warnings(
      params.id,
      query.active === undefined ? undefined : query.active === 'true',
    );
    return { items, total: items.length };
  }

  @Authenticated({ permission: 'maintenance.status.report' })
  @Post(':id/warnings')
  @idempotencyHeader
  @ApiCreatedResponse({ standardSchema: WarningSchema })
  raiseWarning(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: CreateWarningInputSchema }) input: z.output<typeof CreateWarningInputSchema>,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ): Promise<Warning> {
    return this.machines.raiseWarning(params.id, input, {
      principal,
      key,
      method: 'POST',
      path: pathOf(request),
      body: input,
    });
  }

  @Authenticated({ permission: 'maintenance.status.report' })
  @Delete(':id/warnings/:warningId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Cleared; the warning stays in the history' })
  clearWarning(
    @Param({ schema: WarningParamsSchema }) params: { id: string; warningId: string },
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.machines.clearWarning(params.id, params.warningId, principal);
  }
}
