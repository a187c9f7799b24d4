import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  CreateJsonTemplateInputSchema,
  IdParamsSchema,
  type JsonSchemaCheck,
  type JsonSchemaCheckInput,
  JsonSchemaCheckInputSchema,
  JsonSchemaCheckSchema,
  type JsonTemplate,
  JsonTemplateListQuerySchema,
  JsonTemplatePageSchema,
  JsonTemplateSchema,
  type Page,
  type UpdateJsonTemplateInput,
  UpdateJsonTemplateInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../../common/auth.decorators.js';
import { JsonSchemaValidator } from './json-schema-validator.js';
import { JsonTemplatesService } from './json-templates.service.js';

type Id = { id: string };

/** JSON templates: read by whoever sees the fleet, written by who manages templates. */
@ApiTags('fleet')
@Controller('fleet/templates')
export class JsonTemplatesController {
  constructor(
    private readonly templates: JsonTemplatesService,
    private readonly validator: JsonSchemaValidator,
  ) {}

  /**
   * Checks a value against a schema with the API's own ajv, as the editors do while one types (the SPA's
   * CSP forbids the code generation ajv needs in the browser): 400 naming `schema` when it does not
   * compile, else the violations. Nothing is saved.
   */
  @Authenticated({ permission: 'fleet.view' })
  @Post('check')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: JsonSchemaCheckSchema })
  check(@Body({ schema: JsonSchemaCheckInputSchema }) input: JsonSchemaCheckInput): JsonSchemaCheck {
    return { violations: this.validator.violations(input.schema, input.value) };
  }

  /** Filtered by type, category, active and a search of name, category and description. */
  @Authenticated({ permission: 'fleet.view' })
  @Get()
  @ApiOkResponse({ standardSchema: JsonTemplatePageSchema })
  list(
    @Query({ schema: JsonTemplateListQuerySchema }) query: z.output<typeof JsonTemplateListQuerySchema>,
  ): Promise<Page<JsonTemplate>> {
    return this.templates.list(query);
  }

  @Authenticated({ permission: 'fleet.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: JsonTemplateSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<JsonTemplate> {
    return this.templates.get(params.id);
  }

  /** 400 when the schema does not compile or the defaults do not match it; 409 for a name in use. */
  @Authenticated({ permission: 'fleet.templates.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: JsonTemplateSchema })
  create(
    @Body({ schema: CreateJsonTemplateInputSchema }) input: z.output<typeof CreateJsonTemplateInputSchema>,
  ): Promise<JsonTemplate> {
    return this.templates.create(input);
  }

  /** As create; 409 when `version` is not the template's any more. */
  @Authenticated({ permission: 'fleet.templates.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: JsonTemplateSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateJsonTemplateInputSchema }) input: UpdateJsonTemplateInput,
  ): Promise<JsonTemplate> {
    return this.templates.update(params.id, input);
  }

  @Authenticated({ permission: 'fleet.templates.manage' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param({ schema: IdParamsSchema }) params: Id): Promise<void> {
    return this.templates.remove(params.id);
  }
}
