import { Module } from '@nestjs/common';
import { JsonSchemaValidator } from './templates/json-schema-validator.js';
import { JsonTemplatesController } from './templates/json-templates.controller.js';
import { JsonTemplatesService } from './templates/json-templates.service.js';
import { TemplateValidation } from './templates/template-validation.service.js';

/**
 * The fleet of customers' devices (seed 003): JSON templates with their schemas, and the validation of
 * JSON values against them that the other fleet parts use (TemplateValidation). Exports its services for
 * the demo and for those parts.
 */
@Module({
  controllers: [JsonTemplatesController],
  providers: [JsonSchemaValidator, JsonTemplatesService, TemplateValidation],
  exports: [JsonSchemaValidator, JsonTemplatesService, TemplateValidation],
})
export class FleetModule {}
