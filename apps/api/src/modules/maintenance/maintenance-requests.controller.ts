import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
} from '@nestjs/common';
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
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Answer } from '../../common/answer.decorator.js';
import { Authenticated, CurrentPrincipal, CurrentUser } from '../../common/auth.decorators.js';
import type { Principal, UserPrincipal } from '../../common/principal.js';
import { creatorOf, MaintenanceRequestsService } from './maintenance-requests.service.js';
import { FileUpload, type ReceivedFile } from '../../common/file-upload.js';
import { IMAGE_MAX_BYTES, RequestImagesService } from './request-images.service.js';

type Id = { id: string };
const ImageParamsSchema = z.strictObject({ id: z.uuid(), imageId: z.uuid() });

/**
 * The request workflow (seed 004). Endpoints need `maintenance.view`; who may do what to a request
 * (manager, the request's team, the assigned technician) is decided by the workflow rules.
 */
@ApiTags('maintenance')
@Controller('maintenance/requests')
export class MaintenanceRequestsController {
  constructor(
    private readonly requests: MaintenanceRequestsService,
    private readonly images: RequestImagesService,
  ) {}

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
  @Answer(RequestActionsSchema)
  actions(
    @Param({ schema: IdParamsSchema }) params: Id,
    @CurrentUser() user: UserPrincipal,
  ): Promise<RequestActions> {
    return this.requests.actions(user, params.id);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get(':id/state')
  @Answer(WorkflowStateSchema)
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

  /** A photo (JPEG, PNG, WebP or GIF, at most 10 MB) as the multipart field `image`; a thumbnail is made. */
  @Authenticated({ permission: 'maintenance.view' })
  @Post(':id/images')
  @FileUpload('image', IMAGE_MAX_BYTES)
  @ApiCreatedResponse({ standardSchema: MaintenanceRequestSchema })
  addImage(
    @Param({ schema: IdParamsSchema }) params: Id,
    @UploadedFile() file: ReceivedFile | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MaintenanceRequest> {
    return this.images.add(principal, params.id, file);
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get(':id/images/:imageId')
  @ApiProduces('image/*')
  async image(
    @Param({ schema: ImageParamsSchema }) params: { id: string; imageId: string },
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const image = await this.images.open(principal, params.id, params.imageId, 'original');
    return new StreamableFile(image.stream, {
      type: image.contentType,
      disposition: `inline; filename="${encodeURIComponent(image.fileName)}"`,
    });
  }

  @Authenticated({ permission: 'maintenance.view' })
  @Get(':id/images/:imageId/thumbnail')
  @ApiProduces('image/webp')
  async thumbnail(
    @Param({ schema: ImageParamsSchema }) params: { id: string; imageId: string },
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const image = await this.images.open(principal, params.id, params.imageId, 'thumbnail');
    return new StreamableFile(image.stream, { type: image.contentType });
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
