import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  CreatePresetInputSchema,
  IdParamsSchema,
  type Page,
  type Preset,
  PresetListQuerySchema,
  PresetListSchema,
  PresetSchema,
  type UpdatePresetInput,
  UpdatePresetInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../../common/auth.decorators.js';
import { PresetsService } from './presets.service.js';

@ApiTags('production')
@Controller('production/presets')
export class PresetsController {
  constructor(private readonly presets: PresetsService) {}

  @Authenticated({ permission: 'production.view' })
  @Get()
  @ApiOkResponse({ standardSchema: PresetListSchema })
  list(
    @Query({ schema: PresetListQuerySchema }) query: z.output<typeof PresetListQuerySchema>,
  ): Promise<Page<Preset>> {
    return this.presets.list(query);
  }

  @Authenticated({ permission: 'production.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: PresetSchema })
  get(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<Preset> {
    return this.presets.get(params.id);
  }

  @Authenticated({ permission: 'production.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: PresetSchema })
  create(
    @Body({ schema: CreatePresetInputSchema }) input: z.output<typeof CreatePresetInputSchema>,
  ): Promise<Preset> {
    return this.presets.create(input);
  }

  /** Edits, activates (`active: true`) or deactivates a preset. */
  @Authenticated({ permission: 'production.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: PresetSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdatePresetInputSchema }) input: UpdatePresetInput,
  ): Promise<Preset> {
    return this.presets.update(params.id, input);
  }
}
