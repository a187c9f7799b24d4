import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  CreateProjectInputSchema,
  IdParamsSchema,
  type Page,
  type Project,
  type ProjectDetail,
  ProjectDetailSchema,
  ProjectListQuerySchema,
  ProjectPageSchema,
  ProjectSchema,
  type ProjectStatusInput,
  ProjectStatusInputSchema,
  type PopInput,
  PopInputSchema,
  type PopResult,
  PopResultSchema,
  type UpdateProjectInput,
  UpdateProjectInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Answer } from '../../../common/answer.decorator.js';
import { Authenticated } from '../../../common/auth.decorators.js';
import { LaserRunsService } from '../laser-runs/laser-runs.service.js';
import { PopAutomation } from '../queue/pop-automation.service.js';
import { ProjectsService } from './projects.service.js';

type Id = { id: string };

@ApiTags('production')
@Controller('production/projects')
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly pop: PopAutomation,
    private readonly laserRuns: LaserRunsService,
  ) {}

  @Authenticated({ permission: 'production.view' })
  @Get()
  @Answer(ProjectPageSchema)
  list(
    @Query({ schema: ProjectListQuerySchema }) query: z.output<typeof ProjectListQuerySchema>,
  ): Promise<Page<Project>> {
    return this.projects.list(query);
  }

  /** One project, with the minutes its laser runs took and its efficiency. */
  @Authenticated({ permission: 'production.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: ProjectDetailSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<ProjectDetail> {
    return this.laserRuns.projectDetail(params.id);
  }

  @Authenticated({ permission: 'production.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: ProjectSchema })
  create(
    @Body({ schema: CreateProjectInputSchema }) input: z.output<typeof CreateProjectInputSchema>,
  ): Promise<Project> {
    return this.projects.create(input);
  }

  @Authenticated({ permission: 'production.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: ProjectSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateProjectInputSchema }) input: UpdateProjectInput,
  ): Promise<Project> {
    return this.projects.update(params.id, input);
  }

  /** Changes the status where the lifecycle allows it; anything else is 400 naming both statuses. */
  @Authenticated({ permission: 'production.manage' })
  @Post(':id/status')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: ProjectSchema })
  changeStatus(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: ProjectStatusInputSchema }) input: ProjectStatusInput,
  ): Promise<Project> {
    return this.projects.changeStatus(params.id, input);
  }

  /**
   * The proof of payment arrived: the project is approved and queued (at the end, scheduled the next
   * business day), and the client's confirmation email is queued, all in one transaction. Twice: 409.
   */
  @Authenticated({ permission: 'production.manage' })
  @Post(':id/pop')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: PopResultSchema })
  markPop(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: PopInputSchema }) input: PopInput,
  ): Promise<PopResult> {
    return this.pop.markReceived(params.id, input);
  }
}
