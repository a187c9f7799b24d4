import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  CreateTeamInputSchema,
  IdParamsSchema,
  type Page,
  type PersonRef,
  PersonRefSchema,
  type Team,
  TeamListSchema,
  TeamSchema,
  type UpdateTeamInput,
  UpdateTeamInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Authenticated } from '../../common/auth.decorators.js';
import { TeamsService } from './teams.service.js';

@ApiTags('maintenance')
@Controller('maintenance')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Authenticated({ permission: 'maintenance.view' })
  @Get('teams')
  @ApiOkResponse({ standardSchema: TeamListSchema })
  async list(): Promise<Page<Team>> {
    const items = await this.teams.list();
    return { items, total: items.length };
  }

  @Authenticated({ permission: 'maintenance.manage' })
  @Post('teams')
  @ApiCreatedResponse({ standardSchema: TeamSchema })
  create(
    @Body({ schema: CreateTeamInputSchema }) input: z.output<typeof CreateTeamInputSchema>,
  ): Promise<Team> {
    return this.teams.create(input);
  }

  @Authenticated({ permission: 'maintenance.manage' })
  @Patch('teams/:id')
  @ApiOkResponse({ standardSchema: TeamSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateTeamInputSchema }) input: UpdateTeamInput,
  ): Promise<Team> {
    return this.teams.update(params.id, input);
  }

  @Authenticated({ permission: 'maintenance.manage' })
  @Delete('teams/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; a team with requests answers 409' })
  remove(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<void> {
    return this.teams.remove(params.id);
  }

  /** Active users, to pick team members and responsible people from. */
  @Authenticated({ permission: 'maintenance.view' })
  @Get('people')
  @ApiOkResponse({ standardSchema: z.object({ items: z.array(PersonRefSchema), total: z.number().int() }) })
  async people(): Promise<Page<PersonRef>> {
    const items = await this.teams.people();
    return { items, total: items.length };
  }
}
